import { APPLICANT_COLUMN_KEYS } from '../applicant-columns.js';
import {
  APPLICATION_GROUPS,
  APPLICATION_ROWS_HEAD,
  APPLICATION_ROWS_TAIL,
  SECTIONS,
} from './common.js';
import type { FormatDef } from './types.js';

const DECISIONS = {
  key: 'decisions',
  label: '本年处理决定数量',
  variants: ['处理决定数量', '本年度处理决定数量'],
} as const;

/**
 * The 2021 national format, in force for reports on 2021 and later years.
 * @see 国办公开办函〔2021〕30号
 */
export const FORMAT_2021: FormatDef = {
  id: '2021',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  issuedBy: '国办公开办函〔2021〕30号',
  firstYear: 2021,
  lastYear: null,
  sections: SECTIONS,
  proactive: [
    {
      item: '（一）',
      caption: '第二十条第（一）项',
      fields: [
        {
          key: 'issued',
          label: '本年制发件数',
          variants: ['本年新制发件数', '本年新制发数量', '本年制发数量', '本年发布件数'],
        },
        { key: 'repealed', label: '本年废止件数', variants: ['本年废止数量', '本年新废止数量'] },
        { key: 'inForce', label: '现行有效件数', variants: ['现行有效数量'] },
      ],
      rows: [
        { key: 'regulations', label: '规章', variants: [] },
        {
          key: 'normativeDocuments',
          label: '行政规范性文件',
          // 规范性档案: Taiwan-localised vocabulary of zh-Hant mirror sites.
          variants: ['规范性文件', '行政规范性档案', '规范性档案'],
        },
      ],
    },
    {
      item: '（五）',
      caption: '第二十条第（五）项',
      fields: [DECISIONS],
      rows: [{ key: 'licensing', label: '行政许可', variants: [] }],
    },
    {
      item: '（六）',
      caption: '第二十条第（六）项',
      fields: [DECISIONS],
      rows: [
        { key: 'punishment', label: '行政处罚', variants: [] },
        { key: 'coercion', label: '行政强制', variants: [] },
      ],
    },
    {
      item: '（八）',
      caption: '第二十条第（八）项',
      fields: [
        {
          key: 'amountWanYuan',
          label: '本年收费金额（单位：万元）',
          variants: ['本年收费金额(万元)', '本年收费金额', '收费金额（单位：万元）'],
          decimal: true,
        },
      ],
      rows: [{ key: 'fees', label: '行政事业性收费', variants: [] }],
    },
  ],
  applicationGroups: APPLICATION_GROUPS,
  applicationRows: [
    ...APPLICATION_ROWS_HEAD,
    {
      key: 'otherHandling.noCorrection',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      fullLabel: '三（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      group: 'otherHandling',
      result: true,
      variants: [],
    },
    {
      key: 'otherHandling.unpaidFee',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      fullLabel: '三（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      group: 'otherHandling',
      result: true,
      variants: [],
    },
    {
      key: 'otherHandling.other',
      label: '3.其他',
      fullLabel: '三（六）3.其他',
      group: 'otherHandling',
      result: true,
      variants: [],
    },
    ...APPLICATION_ROWS_TAIL,
  ],
  applicantColumns: APPLICANT_COLUMN_KEYS,
};
