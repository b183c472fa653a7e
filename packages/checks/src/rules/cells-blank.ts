import {
  APPLICANT_COLUMNS,
  cellPath,
  REVIEW_FIELDS,
  type Finding,
  type FormatDef,
  type Report,
} from '@xxgk/model';
import { blockLabel } from '../cells.js';
import type { Rule } from '../types.js';

/** A row of the document with at least one blank cell: its label and the blank cells. */
interface BlankRow {
  label: string;
  blank: { path: string; label: string }[];
}

type Cells = Readonly<Record<string, unknown>> | undefined;

/** Quick scan before any label is built: most reports have no blank at all. */
function hasBlank(rows: Readonly<Record<string, Cells>>): boolean {
  // for…in rather than Object.values: no array per row (a report has some 200 cells).
  for (const key in rows) {
    const row = rows[key];
    if (row) for (const col in row) if (row[col] === null) return true;
  }
  return false;
}

/**
 * The blank cells of one row, in column order; paths and labels are built only for blanks (the
 * row is read directly, where a path per cell cost a build and a parse for every cell).
 */
function blanksOf(
  section: 'proactive' | 'applications' | 'review',
  key: string,
  row: Readonly<Record<string, unknown>>,
  columns: readonly { key: string; label: string }[],
): { path: string; label: string }[] {
  const blank: { path: string; label: string }[] = [];
  for (const c of columns)
    if (row[c.key] === null) blank.push({ path: cellPath(section, key, c.key), label: c.label });
  return blank;
}

function blankRows(report: Report, format: FormatDef): BlankRow[] {
  const rows: BlankRow[] = [];
  const proactive = report.proactive as Readonly<Record<string, Cells>>;
  for (const table of format.proactive)
    for (const row of table.rows) {
      const cells = proactive[row.key];
      if (!cells) continue;
      const blank = blanksOf('proactive', row.key, cells, table.fields);
      if (blank.length > 0) rows.push({ label: `二 ${row.label}`, blank });
    }
  const applications = report.applications as Readonly<Record<string, Cells>>;
  for (const row of format.applicationRows) {
    const cells = applications[row.key];
    if (!cells) continue;
    const blank = blanksOf('applications', row.key, cells, APPLICANT_COLUMNS);
    if (blank.length > 0) rows.push({ label: row.fullLabel, blank });
  }
  for (const [block, values] of Object.entries(report.review)) {
    if (!values) continue;
    const blank = blanksOf('review', block, values, REVIEW_FIELDS);
    if (blank.length > 0) rows.push({ label: `四 ${blockLabel(block)}`, blank });
  }
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
    for (const { label, blank } of blankRows(report, format)) {
      const names = blank
        .map((c) => {
          const raw = report.notes[c.path]?.trim();
          return raw ? `${c.label}（“${raw}”）` : c.label;
        })
        .join('、');
      findings.push({
        rule: 'cells.blank',
        severity: 'warning',
        message: `${label}：${names}${blank.length > 1 ? `共 ${blank.length} 个单元格` : ''}未填数字；没有数据时格式要求填 0，空白无法与漏填区分`,
        cells: blank.map((c) => c.path),
      });
    }
    return findings;
  },
};
