/**
 * A table 四 with fifteen distinct figures, for tests of the shapes it is printed in: the cells
 * as the reader must return them, and a text that holds one table 四 between its neighbours.
 */
export const REVIEW_CELLS = {
  reconsideration: { upheld: 5, corrected: 8, other: 7, pending: 6, total: 26 },
  litigationDirect: { upheld: 8, corrected: 9, other: 5, pending: 7, total: 29 },
  litigationAfterReconsideration: { upheld: 9, corrected: 1, other: 0, pending: 2, total: 12 },
};

/**
 * `table` (its lines) placed under the heading of section 四, after a one-row table 三 and
 * before section 五, so the reader meets it where a report prints it.
 */
export function inSectionFour(table: readonly string[]): string {
  return [
    '三、收到和处理政府信息公开申请情况',
    '一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
    '四、政府信息公开行政复议、行政诉讼情况',
    ...table,
    '五、存在的主要问题及改进情况',
    '无。',
  ].join('\n');
}
