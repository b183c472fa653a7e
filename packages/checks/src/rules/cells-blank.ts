import {
  APPLICANT_COLUMNS,
  cellPath,
  getCell,
  REVIEW_FIELDS,
  type Finding,
  type FormatDef,
  type Report,
} from '@xxgk/model';
import { blockLabel } from '../cells.js';
import type { Rule } from '../types.js';

interface Row {
  label: string;
  cells: { path: string; label: string }[];
}

/** Quick scan before any label is built: most reports have no blank at all. */
function hasBlank(
  rows: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>,
): boolean {
  for (const row of Object.values(rows))
    if (row) for (const v of Object.values(row)) if (v === null) return true;
  return false;
}

function rowsOf(report: Report, format: FormatDef): Row[] {
  const rows: Row[] = [];
  for (const table of format.proactive)
    for (const row of table.rows)
      if (report.proactive[row.key])
        rows.push({
          label: `二 ${row.label}`,
          cells: table.fields.map((f) => ({
            path: cellPath('proactive', row.key, f.key),
            label: f.label,
          })),
        });
  for (const row of format.applicationRows)
    if (report.applications[row.key])
      rows.push({
        label: row.fullLabel,
        cells: APPLICANT_COLUMNS.map((c) => ({
          path: cellPath('applications', row.key, c.key),
          label: c.label,
        })),
      });
  for (const [block, values] of Object.entries(report.review))
    if (values)
      rows.push({
        label: `四 ${blockLabel(block)}`,
        cells: REVIEW_FIELDS.map((f) => ({
          path: cellPath('review', block, f.key),
          label: f.label,
        })),
      });
  return rows;
}

/**
 * Blank cells (null: empty, a dash, "/", "无"…) in rows the document contains. The format expects
 * 0 where there is nothing to report, and a blank cannot be told from a forgotten figure.
 * @see docs/domain.md §5.3 i
 */
export const cellsBlank: Rule = {
  id: 'cells.blank',
  severity: 'warning',
  title: '空白单元格',
  description:
    '表格中留空（或填“—”“/”“无”等非数字）的单元格：格式要求没有数据时填写 0，空白无法与漏填区分。每行一条提示，列出空白的列；文档未包含的行不提示。',
  see: ['国办公开办函〔2021〕30号 附件（统计表）', '年报审查实践：无数据填 0，不留空'],
  examples: [
    { name: 'a table filled with zeros passes', input: {}, expect: [] },
    {
      name: 'blank cells in one row give one warning naming the columns and the printed text',
      input: {
        cells: { 'applications.granted.commercial': null, 'applications.granted.research': null },
        notes: { 'applications.granted.commercial': '/' },
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.granted.commercial', 'applications.granted.research'],
          message: ['三（一）予以公开', '商业企业（“/”）', '科研机构', '0'],
        },
      ],
    },
    {
      name: 'a blank fee cell in table 二 is a warning',
      input: { cells: { 'proactive.fees.amountWanYuan': null } },
      expect: [{ severity: 'warning', cells: ['proactive.fees.amountWanYuan'] }],
    },
    {
      name: 'rows a partial document does not contain are not blanks',
      input: { remove: ['review', 'applications.carriedForward'] },
      expect: [],
    },
  ],
  run({ report, format }) {
    if (!hasBlank(report.proactive) && !hasBlank(report.applications) && !hasBlank(report.review))
      return [];
    const findings: Finding[] = [];
    for (const row of rowsOf(report, format)) {
      const blank = row.cells.filter((c) => getCell(report, c.path) === null);
      if (blank.length === 0) continue;
      const names = blank
        .map((c) => {
          const raw = report.notes[c.path]?.trim();
          return raw ? `${c.label}（“${raw}”）` : c.label;
        })
        .join('、');
      findings.push({
        rule: 'cells.blank',
        severity: 'warning',
        message: `${row.label}：${names}${blank.length > 1 ? `共 ${blank.length} 个单元格` : ''}未填数字；没有数据时格式要求填 0，空白无法与漏填区分`,
        cells: blank.map((c) => c.path),
      });
    }
    return findings;
  },
};
