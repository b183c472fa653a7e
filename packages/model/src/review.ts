/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): three blocks of five cells, the same in the 2019
 * and 2021 formats.
 * @see 条例第五十条第（三）项
 */
export const REVIEW_BLOCKS = [
  { key: 'reconsideration', label: '行政复议', group: null },
  { key: 'litigationDirect', label: '未经复议直接起诉', group: '行政诉讼' },
  { key: 'litigationAfterReconsideration', label: '复议后起诉', group: '行政诉讼' },
] as const;

/** The five result columns of each block, in table order. */
export const REVIEW_FIELDS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

/** Key of a review block. */
export type ReviewBlockKey = (typeof REVIEW_BLOCKS)[number]['key'];
/** Key of a review result column. */
export type ReviewFieldKey = (typeof REVIEW_FIELDS)[number]['key'];
/** The four result columns that add up to `total`. */
export const REVIEW_PARTS: readonly Exclude<ReviewFieldKey, 'total'>[] = [
  'upheld',
  'corrected',
  'other',
  'pending',
];
