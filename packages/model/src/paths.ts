import { APPLICANT_COLUMNS, type ApplicantColumnKey } from './applicant-columns.js';
import { getFormat } from './formats/index.js';
import type { FormatId } from './formats/types.js';
import type { CellValue, Report, TableSection } from './report.js';
import { REVIEW_BLOCKS, REVIEW_FIELDS } from './review.js';

/** A cell address split into its parts. */
export interface CellAddress {
  section: TableSection;
  /** Row key (table 三 row keys may contain a dot). */
  row: string;
  /** Field / column key. */
  field: string;
}

/**
 * Joins a cell address into its path, e.g. `applications.withheld.stateSecret.total`.
 * Findings, provenance and the UI all use these paths.
 */
export function cellPath(section: TableSection, row: string, field: string): string {
  return `${section}.${row}.${field}`;
}

/** Splits a cell path; the row is everything between the section and the last part. */
export function parseCellPath(path: string): CellAddress | null {
  // indexOf/slice rather than split/join: compiling a region parses a path per cell per
  // agency, and this was the largest self time in its profile.
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  if (first < 0 || last === first) return null;
  const section = path.slice(0, first);
  if (section !== 'proactive' && section !== 'applications' && section !== 'review') return null;
  return { section, row: path.slice(first + 1, last), field: path.slice(last + 1) };
}

/** Every cell path of a format, in table order. */
export function allCellPaths(format: FormatId): string[] {
  const def = getFormat(format);
  const paths: string[] = [];
  for (const table of def.proactive)
    for (const row of table.rows)
      for (const field of table.fields) paths.push(cellPath('proactive', row.key, field.key));
  for (const row of def.applicationRows)
    for (const col of def.applicantColumns) paths.push(cellPath('applications', row.key, col));
  for (const block of REVIEW_BLOCKS)
    for (const field of REVIEW_FIELDS) paths.push(cellPath('review', block.key, field.key));
  return paths;
}

/**
 * The value at a cell path: a number, null for a blank cell, undefined when the report does
 * not contain that cell at all.
 */
export function getCell(report: Report, path: string): CellValue | undefined {
  const a = parseCellPath(path);
  if (!a) return undefined;
  const rows = report[a.section] as Record<string, Record<string, CellValue> | undefined>;
  return rows[a.row]?.[a.field];
}

/** Sets the value at a cell path, creating the row object if needed. */
export function setCell(report: Report, path: string, value: CellValue): void {
  const a = parseCellPath(path);
  if (!a) throw new Error(`无效的单元格路径：${path}`);
  const rows = report[a.section] as Record<string, Record<string, CellValue>>;
  const row = (rows[a.row] ??= {});
  row[a.field] = value;
}

/**
 * A human label for a cell path, e.g. `三（三）1.属于国家秘密 · 自然人` or `四 行政复议 · 总计`.
 * Used in messages and in the CLI's table of findings.
 */
export function cellLabel(format: FormatId, path: string): string {
  const a = parseCellPath(path);
  if (!a) return path;
  const def = getFormat(format);
  if (a.section === 'proactive') {
    for (const table of def.proactive) {
      const row = table.rows.find((r) => r.key === a.row);
      const field = table.fields.find((f) => f.key === a.field);
      if (row && field) return `二 ${row.label} · ${field.label}`;
    }
    return path;
  }
  if (a.section === 'applications') {
    const row = def.applicationRows.find((r) => r.key === a.row);
    const col = APPLICANT_COLUMNS.find((c) => c.key === (a.field as ApplicantColumnKey));
    if (row && col) return `${row.fullLabel} · ${col.label}`;
    return path;
  }
  const block = REVIEW_BLOCKS.find((b) => b.key === a.row);
  const field = REVIEW_FIELDS.find((f) => f.key === a.field);
  if (block && field)
    return `四 ${block.group ? `${block.group}（${block.label}）` : block.label} · ${field.label}`;
  return path;
}

/** An empty report of a format: every row present, every cell null. */
export function emptyReport(format: FormatId): Report {
  const report: Report = {
    format,
    year: null,
    agency: null,
    title: null,
    publishedOn: null,
    proactive: {},
    applications: {},
    review: {},
    sections: {},
    notes: {},
  };
  for (const path of allCellPaths(format)) setCell(report, path, null);
  return report;
}
