/**
 * The seven applicant columns of table 三 (收到和处理政府信息公开申请情况), identical in the
 * 2019 and 2021 formats.
 * @see 国办公开办函〔2021〕30号 附件 表三
 */
export const APPLICANT_COLUMNS = [
  { key: 'naturalPerson', label: '自然人', group: null },
  { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
  { key: 'research', label: '科研机构', group: '法人或其他组织' },
  { key: 'socialWelfare', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legalService', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'otherOrg', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计', group: null },
] as const;

/** Key of an applicant column, e.g. `naturalPerson` or `total`. */
export type ApplicantColumnKey = (typeof APPLICANT_COLUMNS)[number]['key'];

/** The six columns that add up to `total`, in table order. */
export const APPLICANT_PARTS: readonly Exclude<ApplicantColumnKey, 'total'>[] = [
  'naturalPerson',
  'commercial',
  'research',
  'socialWelfare',
  'legalService',
  'otherOrg',
];

/** Every applicant column key in table order. */
export const APPLICANT_COLUMN_KEYS: readonly ApplicantColumnKey[] = APPLICANT_COLUMNS.map(
  (c) => c.key,
);

/** Text of the top-left merged header cell of table 三, exactly as printed. */
export const APPLICATIONS_HEADER_NOTE =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
