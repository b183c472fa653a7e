import {
  allCellPaths,
  emptyReport,
  formatForYear,
  parseCellPath,
  setCell,
  type FormatId,
  type Report,
} from '@xxgk/model';
import type { CheckInput, ExampleInput } from './types.js';

/** Default year of an example report in each format. */
const DEFAULT_YEAR: Readonly<Record<FormatId, number>> = { '2021': 2024, '2019': 2020 };

/** A complete report of a format with every cell 0: the clean base examples start from. */
export function zeroReport(format: FormatId, year: number = DEFAULT_YEAR[format]): Report {
  const report = emptyReport(format);
  for (const path of allCellPaths(format)) setCell(report, path, 0);
  report.year = year;
  return report;
}

function removePath(report: Report, path: string): void {
  const [section, ...rest] = path.split('.');
  if (section !== 'proactive' && section !== 'applications' && section !== 'review') return;
  const rows = report[section] as Record<string, Record<string, unknown>>;
  if (rest.length === 0) {
    for (const key of Object.keys(rows)) delete rows[key];
    return;
  }
  const rowKey = rest.join('.');
  if (rowKey in rows) {
    delete rows[rowKey];
    return;
  }
  const a = parseCellPath(path);
  if (a) delete rows[a.row]?.[a.field];
}

function buildReport(ex: Omit<ExampleInput, 'previous' | 'text'>, fallbackYear?: number): Report {
  const meta = ex.report ?? {};
  const year = meta.year ?? fallbackYear;
  const format = ex.format ?? (year ? formatForYear(year) : '2021');
  const report = zeroReport(format, year ?? undefined);
  Object.assign(report, meta);
  for (const path of ex.remove ?? []) removePath(report, path);
  for (const [path, value] of Object.entries(ex.cells ?? {})) setCell(report, path, value);
  report.notes = { ...(ex.notes ?? {}) };
  return report;
}

/**
 * Builds the checker's input from an example described as data: a clean all-zero report of the
 * format (year 2024 for 2021, 2020 for 2019), with the example's metadata, cells, removed rows,
 * notes and text; last year's report likewise, for the year before.
 */
export function buildExampleInput(ex: ExampleInput): CheckInput {
  const report = buildReport({ ...ex, format: ex.format ?? '2021' });
  const input: CheckInput = { report };
  if (ex.text !== undefined) input.text = ex.text;
  if (ex.previous) input.previous = buildReport(ex.previous, (report.year ?? 2024) - 1);
  if (ex.previousSameAgency !== undefined) input.previousSameAgency = ex.previousSameAgency;
  return input;
}
