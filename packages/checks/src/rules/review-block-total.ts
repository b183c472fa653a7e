import { REVIEW_BLOCKS, REVIEW_PARTS, type Finding } from '@xxgk/model';
import { blockLabel, reviewTerm, sumText } from '../cells.js';
import { checkIdentity } from '../identity.js';
import { formatNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';

/**
 * Table 四, each block (行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉):
 * 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 * @see 条例第五十条第（三）项; docs/domain.md §1.8 e
 */
export const reviewBlockTotal: Rule = {
  id: 'review.block-total',
  severity: 'error',
  title: '复议诉讼总计',
  description:
    '政府信息公开行政复议、行政诉讼情况表中，行政复议、未经复议直接起诉、复议后起诉三栏的“总计”都应等于结果维持、结果纠正、其他结果、尚未审结四项之和。',
  see: ['条例第五十条第（三）项', '国办公开办函〔2021〕30号 表四'],
  examples: [
    {
      name: 'the 淮安 2024 reconsideration block (72+64+178+37 = 351) passes',
      input: {
        cells: {
          'review.reconsideration.upheld': 72,
          'review.reconsideration.corrected': 64,
          'review.reconsideration.other': 178,
          'review.reconsideration.pending': 37,
          'review.reconsideration.total': 351,
        },
      },
      expect: [],
    },
    {
      name: 'a block total that differs from its four results is an error on the five cells',
      input: {
        cells: {
          'review.litigationAfterReconsideration.upheld': 12,
          'review.litigationAfterReconsideration.other': 1,
          'review.litigationAfterReconsideration.total': 12,
        },
      },
      expect: [
        {
          severity: 'error',
          cells: [
            'review.litigationAfterReconsideration.total',
            'review.litigationAfterReconsideration.upheld',
            'review.litigationAfterReconsideration.corrected',
            'review.litigationAfterReconsideration.other',
            'review.litigationAfterReconsideration.pending',
          ],
          message: ['复议后起诉', '总计（12）', '13'],
        },
      ],
    },
    {
      name: 'a block cut off by a partial document gives no finding',
      input: {
        cells: { 'review.reconsideration.total': 3 },
        remove: ['review.reconsideration.pending'],
      },
      expect: [],
    },
  ],
  run({ report }) {
    const findings: Finding[] = [];
    for (const block of REVIEW_BLOCKS) {
      if (!report.review[block.key]) continue;
      const parts = REVIEW_PARTS.map((f) => reviewTerm(report, block.key, f));
      const total = reviewTerm(report, block.key, 'total');
      const result = checkIdentity([total], parts);
      if (result.status !== 'broken') continue;
      findings.push({
        rule: 'review.block-total',
        severity: 'error',
        message: `四 ${blockLabel(block.key)}：总计（${formatNumber(result.left)}）不等于结果维持、结果纠正、其他结果、尚未审结之和（${sumText(
          report,
          parts.map((p) => p.path),
        )}=${formatNumber(result.right)}）`,
        cells: [total.path, ...parts.map((p) => p.path)],
      });
    }
    return findings;
  },
};
