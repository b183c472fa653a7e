/** A calendar date as written `2024年1月1日` (spaces allowed between the parts). */
export const CN_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;

/** True when year-month-day is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Number of days in a month of a year (Gregorian), as `Date.UTC` counts them — years 0–99
 * included, which it reads as 1900–1999. Worked out directly for whole months 1–12 (a Date per
 * call cost more than the rest of the period's parsing).
 */
export function daysInMonth(year: number, month: number): number {
  if (
    !Number.isInteger(year) ||
    Math.abs(year) > 200_000 ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12
  )
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return DAYS[month - 1] ?? 31;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** `2024-01-05` from its parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses an ISO date `YYYY-MM-DD`; null when it is not a real date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** `2025年1月31日` for an ISO date, as messages print dates. */
export function chineseDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.year}年${d.month}月${d.day}日` : iso;
}
