import {
  APPLICANT_COLUMNS,
  cellLabel,
  cellPath,
  getCell,
  REVIEW_BLOCKS,
  type ApplicantColumnKey,
  type ApplicationRowDef,
  type CellValue,
  type FormatDef,
  type Report,
} from '@xxgk/model';
import type { Term } from './identity.js';
import { formatNumber } from './text/numbers.js';

/** A term of an identity read from the report. */
export function term(report: Report, path: string): Term {
  return { path, value: getCell(report, path) };
}

/** A table 三 term, read directly (the checker's hot path: no path parsing). */
export function appTerm(report: Report, row: string, col: string): Term {
  return {
    path: `applications.${row}.${col}`,
    value: report.applications[row]?.[col as ApplicantColumnKey],
  };
}

/** A table 四 term, read directly. */
export function reviewTerm(report: Report, block: string, field: string): Term {
  const values = (report.review as Record<string, Record<string, CellValue> | undefined>)[block];
  return { path: `review.${block}.${field}`, value: values?.[field] };
}

/** Path of a table 三 cell. */
export function appPath(row: string, col: string): string {
  return cellPath('applications', row, col);
}

/** Chinese label of an applicant column, e.g. `自然人`. */
export function columnLabel(col: ApplicantColumnKey): string {
  const c = APPLICANT_COLUMNS.find((x) => x.key === col);
  if (!c) return col;
  // 其他 alone is ambiguous next to the rows named 其他; say which group it belongs to.
  return c.key === 'otherOrg' ? `${c.group}（${c.label}）` : c.label;
}

/** Chinese label of a review block, e.g. `行政诉讼（未经复议直接起诉）`. */
export function blockLabel(key: string): string {
  const b = REVIEW_BLOCKS.find((x) => x.key === key);
  if (!b) return key;
  return b.group ? `${b.group}（${b.label}）` : b.label;
}

/** The rows of table 三 summed into （七）总计 in a format. */
export function resultRows(format: FormatDef): readonly ApplicationRowDef[] {
  let rows = RESULT_ROWS.get(format);
  if (!rows) {
    rows = format.applicationRows.filter((r) => r.result);
    RESULT_ROWS.set(format, rows);
  }
  return rows;
}

const RESULT_ROWS = new WeakMap<FormatDef, readonly ApplicationRowDef[]>();

/** `a+b+c=12` (filled cells only, blanks shown as 空白) for messages. */
export function sumText(report: Report, paths: readonly string[]): string {
  return paths
    .map((p) => {
      const v = getCell(report, p);
      return typeof v === 'number' ? formatNumber(v) : '空白';
    })
    .join('+');
}

/** A cell's label for messages: the format's label, or the path when the format lacks it. */
export function label(format: FormatDef, path: string): string {
  return cellLabel(format.id, path);
}
