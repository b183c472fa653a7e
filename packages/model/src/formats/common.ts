import type { ApplicationGroupDef, ApplicationRowDef, SectionDef } from './types.js';

/**
 * The six sections, common to both editions.
 * @see 条例第五十条
 */
export const SECTIONS: readonly SectionDef[] = [
  { key: 'overview', ordinal: '一', title: '总体情况', variants: ['总体概况', '概述'], narrative: true },
  {
    key: 'proactive',
    ordinal: '二',
    title: '主动公开政府信息情况',
    variants: ['主动公开政府信息'],
    narrative: false,
  },
  {
    key: 'applications',
    ordinal: '三',
    title: '收到和处理政府信息公开申请情况',
    variants: ['收到和处理政府信息公开申请'],
    narrative: false,
  },
  {
    key: 'review',
    ordinal: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: [
      '政府信息公开行政复议和行政诉讼情况',
      '政府信息公开行政复议及行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '因政府信息公开申请行政复议、提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
      '政府信息公开行政复议、行政诉讼',
    ],
    narrative: false,
  },
  {
    key: 'problems',
    ordinal: '五',
    title: '存在的主要问题及改进情况',
    variants: [
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的主要问题和改进情况',
      '存在的主要问题及改进措施',
      '存在的主要问题和改进措施',
      '政府信息公开工作存在的主要问题及改进措施',
      '存在的问题及改进情况',
      '存在问题及改进情况',
      '存在的主要问题及整改情况',
    ],
    narrative: true,
  },
  {
    key: 'other',
    ordinal: '六',
    title: '其他需要报告的事项',
    variants: ['其它需要报告的事项', '其他需要报告事项'],
    narrative: true,
  },
];

/** Row groups of table 三 that carry no data of their own. */
export const APPLICATION_GROUPS: readonly ApplicationGroupDef[] = [
  { key: 'results', label: '三、本年度办理结果', variants: ['本年度办理结果'] },
  { key: 'withheld', label: '（三）不予公开', variants: [] },
  { key: 'unableToProvide', label: '（四）无法提供', variants: [] },
  { key: 'notProcessed', label: '（五）不予处理', variants: [] },
  { key: 'otherHandling', label: '（六）其他处理', variants: [] },
];

const row = (
  key: string,
  label: string,
  fullLabel: string,
  group: string | null,
  result: boolean,
  variants: readonly string[] = [],
): ApplicationRowDef => ({ key, label, fullLabel, group, result, variants });

/** Rows of table 三 before （六）其他处理, identical in both editions. */
export const APPLICATION_ROWS_HEAD: readonly ApplicationRowDef[] = [
  row('received', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', null, false),
  row('carriedOver', '二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量', null, false),
  row('granted', '（一）予以公开', '三（一）予以公开', 'results', true),
  row(
    'partiallyGranted',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '三（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'results',
    true,
    ['（二）部分公开'],
  ),
  row('withheld.stateSecret', '1.属于国家秘密', '三（三）1.属于国家秘密', 'withheld', true),
  row(
    'withheld.prohibitedByLaw',
    '2.其他法律行政法规禁止公开',
    '三（三）2.其他法律行政法规禁止公开',
    'withheld',
    true,
  ),
  row(
    'withheld.endangersSafety',
    '3.危及“三安全一稳定”',
    '三（三）3.危及“三安全一稳定”',
    'withheld',
    true,
  ),
  row(
    'withheld.thirdPartyRights',
    '4.保护第三方合法权益',
    '三（三）4.保护第三方合法权益',
    'withheld',
    true,
  ),
  row(
    'withheld.internalAffairs',
    '5.属于三类内部事务信息',
    '三（三）5.属于三类内部事务信息',
    'withheld',
    true,
  ),
  row(
    'withheld.processInformation',
    '6.属于四类过程性信息',
    '三（三）6.属于四类过程性信息',
    'withheld',
    true,
  ),
  row(
    'withheld.enforcementFiles',
    '7.属于行政执法案卷',
    '三（三）7.属于行政执法案卷',
    'withheld',
    true,
  ),
  row('withheld.queryMatters', '8.属于行政查询事项', '三（三）8.属于行政查询事项', 'withheld', true),
  row(
    'unableToProvide.notHeld',
    '1.本机关不掌握相关政府信息',
    '三（四）1.本机关不掌握相关政府信息',
    'unableToProvide',
    true,
  ),
  row(
    'unableToProvide.needsCreation',
    '2.没有现成信息需要另行制作',
    '三（四）2.没有现成信息需要另行制作',
    'unableToProvide',
    true,
  ),
  row(
    'unableToProvide.stillUnclear',
    '3.补正后申请内容仍不明确',
    '三（四）3.补正后申请内容仍不明确',
    'unableToProvide',
    true,
  ),
  row(
    'notProcessed.petition',
    '1.信访举报投诉类申请',
    '三（五）1.信访举报投诉类申请',
    'notProcessed',
    true,
  ),
  row('notProcessed.repeated', '2.重复申请', '三（五）2.重复申请', 'notProcessed', true),
  row(
    'notProcessed.publications',
    '3.要求提供公开出版物',
    '三（五）3.要求提供公开出版物',
    'notProcessed',
    true,
  ),
  row(
    'notProcessed.excessive',
    '4.无正当理由大量反复申请',
    '三（五）4.无正当理由大量反复申请',
    'notProcessed',
    true,
  ),
  row(
    'notProcessed.confirmation',
    '5.要求行政机关确认或重新出具已获取信息',
    '三（五）5.要求行政机关确认或重新出具已获取信息',
    'notProcessed',
    true,
  ),
];

/** Rows of table 三 after （六）其他处理, identical in both editions. */
export const APPLICATION_ROWS_TAIL: readonly ApplicationRowDef[] = [
  row('totalProcessed', '（七）总计', '三（七）总计', 'results', false),
  row('carriedForward', '四、结转下年度继续办理', '四、结转下年度继续办理', null, false),
];
