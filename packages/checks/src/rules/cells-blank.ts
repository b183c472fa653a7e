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
 * What a document writes for "nothing" in a cell: dashes, slashes, 无, 空, 不适用… Other text the
 * reader could not take as a number (`23件`, `约5`) is a filled cell, and said to be one.
 */
const PLACEHOLDER =
  /^(?:[-—–―－‐~～/／\\、.。·…*＊×\s]+|无|空|暂无|没有|不适用|不涉及|n\/?a|null)$/iu;

/**
 * Cells the reader could not take as numbers (null) in rows the document contains: blanks
 * (empty, a dash, "/", "无"…) — the format expects 0 where there is nothing to report, and a blank
 * cannot be told from a forgotten figure — and text that is not a number (`23件`), quoted as
 * such rather than called blank.
 * @see docs/domain.md §5.3 i
 */
export const cellsBlank: Rule = {
  id: 'cells.blank',
  severity: 'warning',
  title: '空白单元格',
  description:
    '表格中留空（或填“—”“/”“无”等）的单元格：格式要求没有数据时填写 0，空白无法与漏填区分；填写了无法读作数字的内容（如“23件”）的单元格无法据以核对。每行一条提示，列出这些列及其内容；文档未包含的行不提示。',
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
      name: 'a cell filled with a figure and its unit is not called blank but quoted as not a number',
      input: {
        cells: { 'proactive.punishment.decisions': null },
        notes: { 'proactive.punishment.decisions': '23件' },
      },
      expect: [
        {
          severity: 'warning',
          cells: ['proactive.punishment.decisions'],
          message: ['填写的内容“23件”不是数字'],
        },
      ],
    },
    {
      name: 'a row with both a dash and a figure with its unit says which is which',
      input: {
        cells: { 'applications.granted.commercial': null, 'applications.granted.research': null },
        notes: { 'applications.granted.commercial': '—', 'applications.granted.research': '2件' },
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.granted.commercial', 'applications.granted.research'],
          message: ['商业企业（“—”）未填数字', '科研机构填写的内容“2件”不是数字'],
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
      const empty: string[] = [];
      const filled: string[] = [];
      for (const c of blank) {
        const raw = report.notes[c.path]?.trim();
        if (!raw) empty.push(c.label);
        else if (PLACEHOLDER.test(raw)) empty.push(`${c.label}（“${raw}”）`);
        else filled.push(`${c.label}填写的内容“${raw}”`);
      }
      const parts: string[] = [];
      if (empty.length > 0)
        parts.push(
          `${empty.join('、')}${empty.length > 1 ? `共 ${empty.length} 个单元格` : ''}未填数字；没有数据时格式要求填 0，空白无法与漏填区分`,
        );
      if (filled.length > 0)
        parts.push(
          `${filled.join('、')}不是数字，无法据以核对；单元格中应只填写阿拉伯数字（单位见表头）`,
        );
      findings.push({
        rule: 'cells.blank',
        severity: 'warning',
        message: `${label}：${parts.join('；')}`,
        cells: blank.map((c) => c.path),
      });
    }
    return findings;
  },
};
