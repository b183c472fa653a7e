import { cellPath } from '@xxgk/model';
import type { Rule } from '../types.js';
import { valueFindings } from '../values.js';

/**
 * Table 四 counts cases (件): every cell is a non-negative integer.
 * @see 条例第五十条第（三）项; 国办公开办函〔2021〕30号 附件 表四
 */
export const reviewValues: Rule = {
  id: 'review.values',
  severity: 'error',
  title: '复议诉讼表数值',
  description: '政府信息公开行政复议、行政诉讼情况表以“件”计数，每个单元格都应为非负整数。',
  see: ['条例第五十条第（三）项', '国办公开办函〔2021〕30号 表四'],
  examples: [
    {
      name: 'whole counts pass',
      input: { cells: { 'review.reconsideration.total': 4 } },
      expect: [],
    },
    {
      name: 'a negative case count is an error',
      input: { cells: { 'review.litigationDirect.pending': -1 } },
      expect: [{ severity: 'error', cells: ['review.litigationDirect.pending'], message: ['-1'] }],
    },
  ],
  run({ report, format }) {
    const cells = Object.entries(report.review).flatMap(([block, values]) =>
      Object.keys(values ?? {}).map((field) => ({
        path: cellPath('review', block, field),
        kind: {},
      })),
    );
    return valueFindings('review.values', report, format, cells);
  },
};
