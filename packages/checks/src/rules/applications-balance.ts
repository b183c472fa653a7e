import type { ApplicantColumnKey, Finding, Report } from '@xxgk/model';
import { appTerm, columnLabel } from '../cells.js';
import { checkIdentity } from '../identity.js';
import { formatNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';

const LEFT = ['received', 'carriedOver'] as const;
const RIGHT = ['totalProcessed', 'carriedForward'] as const;

/**
 * The usual case, decided without building terms (paths and arrays for 7 columns): every cell
 * filled and both sides exactly equal, which `checkIdentity` would call holding.
 */
function quickHolds(report: Report, col: ApplicantColumnKey): boolean {
  let left = 0;
  let right = 0;
  for (const row of LEFT) {
    const v = report.applications[row]?.[col];
    if (typeof v !== 'number') return false;
    left += v;
  }
  for (const row of RIGHT) {
    const v = report.applications[row]?.[col];
    if (typeof v !== 'number') return false;
    right += v;
  }
  return left === right;
}

/**
 * Table 三, every column: 一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度）.
 * The table's own header states this identity.
 * @see 国办公开办函〔2021〕30号 附件 表三表头（本列数据的勾稽关系）
 */
export const applicationsBalance: Rule = {
  id: 'applications.balance',
  severity: 'error',
  title: '申请情况表勾稽关系',
  description:
    '收到和处理政府信息公开申请情况表的每一列都应满足：第一项（本年新收）加第二项（上年结转）之和，等于第三项（七）总计加第四项（结转下年度继续办理）之和。空白单元格不按 0 计；只有空白无论填何数都无法平衡时才报错。',
  see: ['国办公开办函〔2021〕30号 表三表头', '国办公开办函〔2019〕60号 表三表头'],
  examples: [
    {
      name: 'a column whose received and carried-over add up to processed and carried-forward passes',
      input: {
        cells: {
          'applications.received.total': 12,
          'applications.carriedOver.total': 3,
          'applications.totalProcessed.total': 13,
          'applications.carriedForward.total': 2,
        },
      },
      expect: [],
    },
    {
      name: 'the 淮安 2024 worked example (3119 + 34 = 3050 + 103) passes',
      input: {
        cells: {
          'applications.received.naturalPerson': 3119,
          'applications.carriedOver.naturalPerson': 34,
          'applications.totalProcessed.naturalPerson': 3050,
          'applications.carriedForward.naturalPerson': 103,
        },
      },
      expect: [],
    },
    {
      name: 'a total column off by one is an error naming both sums and the four cells',
      input: {
        cells: {
          'applications.received.total': 3119,
          'applications.carriedOver.total': 34,
          'applications.totalProcessed.total': 3050,
          'applications.carriedForward.total': 104,
        },
      },
      expect: [
        {
          severity: 'error',
          cells: [
            'applications.received.total',
            'applications.carriedOver.total',
            'applications.totalProcessed.total',
            'applications.carriedForward.total',
          ],
          message: ['总计列', '3153', '3154'],
        },
      ],
    },
    {
      name: 'a blank carried-forward cell that could still balance the column is not an error',
      input: {
        cells: {
          'applications.received.commercial': 5,
          'applications.totalProcessed.commercial': 4,
          'applications.carriedForward.commercial': null,
        },
      },
      expect: [],
    },
    {
      name: 'a blank cell that no number could fill to balance the column is an error',
      input: {
        cells: {
          'applications.received.research': 2,
          'applications.totalProcessed.research': 5,
          'applications.carriedForward.research': null,
        },
      },
      expect: [{ severity: 'error', message: ['科研机构列', '空白'] }],
    },
    {
      name: 'a document cut off before row 四 gives no balance finding',
      input: {
        cells: { 'applications.received.total': 9 },
        remove: ['applications.carriedForward'],
      },
      expect: [],
    },
  ],
  run({ report, format }) {
    const findings: Finding[] = [];
    for (const col of format.applicantColumns) {
      if (quickHolds(report, col)) continue;
      const left = LEFT.map((row) => appTerm(report, row, col));
      const right = RIGHT.map((row) => appTerm(report, row, col));
      const result = checkIdentity(left, right);
      if (result.status !== 'broken') continue;
      const show = (terms: typeof left) =>
        terms.map((t) => (typeof t.value === 'number' ? formatNumber(t.value) : '空白')).join('+');
      const blanks = result.withBlanks ? '；空白单元格无论填何数都无法使两边相等' : '';
      findings.push({
        rule: 'applications.balance',
        severity: 'error',
        message: `${columnLabel(col)}列：第一项加第二项之和（${show(left)}=${formatNumber(result.left)}）不等于第三项加第四项之和（${show(right)}=${formatNumber(result.right)}）${blanks}`,
        cells: [...left, ...right].map((t) => t.path),
      });
    }
    return findings;
  },
};
