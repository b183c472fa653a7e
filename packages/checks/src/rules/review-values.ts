import { cellPath } from '@xxgk/model';
import type { Rule } from '../types.js';
import { badValue, valueFindings, type ValueKind } from '../values.js';

const NO_KIND: ValueKind = {};

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
    {
      name: 'a fraction of a case is an error saying the count must be whole',
      input: { cells: { 'review.reconsideration.other': 2.5, 'review.reconsideration.total': 2 } },
      expect: [
        { severity: 'error', cells: ['review.reconsideration.other'], message: ['2.5', '整数'] },
      ],
    },
  ],
  run({ report, format }) {
    const cells: { path: string; kind: ValueKind }[] = [];
    for (const block in report.review) {
      const values =
        (report.review as Record<string, Record<string, number | null> | undefined>)[block] ?? {};
      for (const field in values)
        if (badValue(values[field], NO_KIND))
          cells.push({ path: cellPath('review', block, field), kind: NO_KIND });
    }
    return valueFindings('review.values', report, format, cells);
  },
};
