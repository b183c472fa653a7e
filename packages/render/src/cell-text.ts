import { getCell, type Report } from '@xxgk/model';

/**
 * Prints a number the way a report table does: integers plainly, decimals (万元 amounts)
 * without exponent notation or float noise, never with thousands separators (real tables
 * print none, and readers would take a comma for a cell boundary).
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
}

/**
 * The text of a data cell as the document printed it: the raw text kept in `notes` when the
 * cell was not a plain number (a dash, "/", "22（其中修订16件）") and still agrees with the value,
 * else the number, else empty (blank or absent cell).
 */
export function cellText(report: Report, path: string): string {
  const value = getCell(report, path);
  const note = report.notes[path];
  if (value === undefined || value === null) return note ?? '';
  const printed = formatNumber(value);
  if (note !== undefined && note.includes(printed)) return note;
  return printed;
}
