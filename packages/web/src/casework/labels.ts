import { APPLICANT_COLUMNS, FORMAT_2021 } from '@xxgk/model';
import type {
  ApplicantType,
  ApplicationView,
  CaseEventType,
  ProceduralNoticeKind,
  Channel,
  ProactiveChannel,
  ReviewKind,
  ReviewResult,
} from '../api/casework.js';

/**
 * Chinese names of the casework vocabulary. The applicant types and outcomes are read from the
 * national format data of @xxgk/model, so the form offers exactly the table's columns and rows.
 */

/** The channels in form order with their names. @see 条例第二十九条 */
export const CHANNEL_OPTIONS: readonly { value: Channel; label: string }[] = [
  { value: 'inPerson', label: '当面' },
  { value: 'post', label: '邮寄' },
  { value: 'onlinePlatform', label: '网络平台' },
  { value: 'email', label: '电子邮件' },
  { value: 'fax', label: '传真' },
  { value: 'other', label: '其他' },
];

/**
 * The six applicant columns of table 三 as choices: 自然人, then the five kinds of 法人或其他组织
 * (named with their group, since "其他" alone would be ambiguous).
 * @see 国办公开办函〔2021〕30号 附件 表三
 */
export const APPLICANT_TYPE_OPTIONS: readonly {
  value: ApplicantType;
  label: string;
  group: string | null;
}[] = APPLICANT_COLUMNS.flatMap((c) =>
  c.key === 'total' ? [] : [{ value: c.key, label: c.label, group: c.group }],
);

/** The list views of the register and their tab names. */
export const VIEW_TABS: readonly { value: ApplicationView; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'open', label: '办理中' },
  { value: 'dueSoon', label: '即将到期' },
  { value: 'overdue', label: '已超期' },
  { value: 'closed', label: '已办结' },
];

/** Names of the events a clerk records on a case. */
export const EVENT_LABELS: Readonly<Record<CaseEventType, string>> = {
  supplementRequested: '要求补正',
  supplementReceived: '收到补正',
  extensionApproved: '批准延长答复期限',
  consultationStarted: '征求意见（开始）',
  consultationEnded: '征求意见（结束）',
  feeNoticeIssued: '发出收费通知',
  feePaid: '申请人缴费',
  replied: '作出答复',
  withdrawn: '申请人撤回',
};

/** The download button of each notice a step of a case sends. */
export const NOTICE_DOWNLOAD_LABELS: Readonly<Record<ProceduralNoticeKind, string>> = {
  supplementRequest: '下载补正通知书',
  extension: '下载延期答复告知书',
  consultation: '下载征求意见函',
  feeNotice: '下载收费通知书',
};

/** True if the server's event type is one the form knows how to record. */
export function isCaseEventType(type: string): type is CaseEventType {
  return Object.hasOwn(EVENT_LABELS, type);
}

/**
 * The outcomes a reply may have: exactly the result rows of table 三 (2021), grouped by their
 * heading (三（三）不予公开 …). A split disclosure is 部分公开 only.
 * @see 条例第三十六条
 */
export const OUTCOME_OPTIONS: readonly { value: string; label: string }[] =
  FORMAT_2021.applicationRows
    .filter((r) => r.result)
    .map((r) => ({ value: r.key, label: r.fullLabel.replace(/^三/u, '') }));

/** Where proactive disclosures are published. */
export const PROACTIVE_CHANNEL_OPTIONS: readonly { value: ProactiveChannel; label: string }[] = [
  { value: 'portal', label: '门户网站' },
  { value: 'newMedia', label: '政务新媒体' },
  { value: 'gazette', label: '公报' },
  { value: 'other', label: '其他' },
];

/** Blocks of table 四. @see 条例第五十一条 */
export const REVIEW_KIND_OPTIONS: readonly { value: ReviewKind; label: string }[] = [
  { value: 'reconsideration', label: '行政复议' },
  { value: 'litigationDirect', label: '未经复议直接起诉' },
  { value: 'litigationAfterReconsideration', label: '复议后起诉' },
];

/** Results of table 四. */
export const REVIEW_RESULT_OPTIONS: readonly { value: ReviewResult; label: string }[] = [
  { value: 'upheld', label: '结果维持' },
  { value: 'corrected', label: '结果纠正' },
  { value: 'other', label: '其他结果' },
  { value: 'pending', label: '尚未审结' },
];

/** Kinds of identity document the intake form offers. */
export const IDENTITY_KINDS: readonly string[] = [
  '居民身份证',
  '统一社会信用代码',
  '护照',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '其他证件',
];
