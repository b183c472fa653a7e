import type { ApplicantColumnKey, ApplicationRowDef, Finding, Report } from '@xxgk/model';
import { columnLabel, resultRows, sumText, appTerm } from '../cells.js';
import { checkIdentity } from '../identity.js';
import { formatNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';

/**
 * The columns of the usual case, decided without building terms: every cell filled and the sum
 * right. Read row by row (each row object looked up once, not once per column).
 */
function quickHolding(
  report: Report,
  rows: readonly ApplicationRowDef[],
  cols: readonly ApplicantColumnKey[],
): boolean[] {
  const sums = cols.map(() => 0);
  const filled = cols.map(() => true);
  for (const r of rows) {
    const values = report.applications[r.key];
    for (let c = 0; c < cols.length; c++) {
      const v = values?.[cols[c] as ApplicantColumnKey];
      if (typeof v === 'number') sums[c] = (sums[c] ?? 0) + v;
      else filled[c] = false;
    }
  }
  const total = report.applications.totalProcessed;
  return cols.map((col, c) => filled[c] === true && total?.[col] === sums[c]);
}

/**
 * Table 三, every column: （七）总计 = the sum of every result row — （一）, （二）, each numbered
 * row under （三）–（五）, and （六）: its three numbered rows in the 2021 format, its single row
 * in the 2019 format.
 * @see 国办公开办函〔2021〕30号 附件 表三; docs/domain.md §1.8 c
 */
export const applicationsTotalProcessed: Rule = {
  id: 'applications.total-processed',
  severity: 'error',
  title: '办理结果总计',
  description:
    '第三项（七）总计应等于本年度各项办理结果之和：（一）予以公开、（二）部分公开，以及（三）至（六）下的各分项（2019 年试行格式的（六）其他处理只有一行）。',
  see: ['国办公开办函〔2021〕30号 表三', '国办公开办函〔2019〕60号 表三'],
  examples: [
    {
      name: 'a total equal to the sum of the result rows passes',
      input: {
        cells: {
          'applications.granted.total': 5,
          'applications.withheld.stateSecret.total': 1,
          'applications.otherHandling.other.total': 2,
          'applications.totalProcessed.total': 8,
        },
      },
      expect: [],
    },
    {
      name: 'a total that leaves out one result row is an error naming the sum and the total',
      input: {
        cells: {
          'applications.granted.naturalPerson': 5,
          'applications.unableToProvide.notHeld.naturalPerson': 2,
          'applications.totalProcessed.naturalPerson': 5,
        },
      },
      expect: [
        {
          severity: 'error',
          message: ['自然人列', '（七）总计（5）', '7'],
        },
      ],
    },
    {
      name: 'in the 2019 format the single 其他处理 row counts towards the total',
      input: {
        format: '2019',
        cells: {
          'applications.otherHandling.total': 3,
          'applications.totalProcessed.total': 3,
        },
      },
      expect: [],
    },
    {
      name: 'in the 2019 format a total missing the 其他处理 row is an error',
      input: {
        format: '2019',
        cells: {
          'applications.otherHandling.otherOrg': 3,
          'applications.totalProcessed.otherOrg': 0,
        },
      },
      expect: [{ severity: 'error', message: ['法人或其他组织（其他）列'] }],
    },
    {
      name: 'blank result cells below the total are not an error',
      input: {
        cells: {
          'applications.granted.legalService': null,
          'applications.totalProcessed.legalService': 4,
        },
      },
      expect: [],
    },
    {
      name: 'a partial document without the total row gives no finding',
      input: {
        cells: { 'applications.granted.total': 4 },
        remove: ['applications.totalProcessed'],
      },
      expect: [],
    },
  ],
  run({ report, format }) {
    const findings: Finding[] = [];
    const rows = resultRows(format);
    const holding = quickHolding(report, rows, format.applicantColumns);
    for (const [c, col] of format.applicantColumns.entries()) {
      if (holding[c] === true) continue;
      const parts = rows.map((r) => appTerm(report, r.key, col));
      const total = appTerm(report, 'totalProcessed', col);
      const result = checkIdentity([total], parts);
      if (result.status !== 'broken') continue;
      const blanks = result.withBlanks ? '（已填写的分项之和已超过总计）' : '';
      const shown = parts.filter((p) => p.value !== 0).map((p) => p.path);
      const partsText =
        shown.length > 1
          ? `${sumText(report, shown)}=${formatNumber(result.right)}`
          : formatNumber(result.right);
      findings.push({
        rule: 'applications.total-processed',
        severity: 'error',
        message: `${columnLabel(col)}列：三（七）总计（${formatNumber(result.left)}）不等于各项办理结果之和（${partsText}）${blanks}`,
        cells: [total.path, ...parts.map((p) => p.path)],
      });
    }
    return findings;
  },
};
