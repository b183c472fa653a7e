/** Days from 1970-01-01 back to Excel's day 0 in the 1900 system (1899-12-30, Lotus bug included). */
const EPOCH_1900 = -25569;
/** Days from 1970-01-01 back to day 0 of the 1904 system. */
const EPOCH_1904 = -24107;
const DAY_MS = 86_400_000;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * An Excel serial date → `YYYY-MM-DD` (the time of day dropped), or null outside 1900–9999.
 */
export function serialDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A date as clerks type it → `YYYY-MM-DD`, or null: 2025-03-01, 2025/3/1, 2025.3.1,
 * 2025年3月1日, 20250301 (full-width too), each optionally followed by a time of day. Impossible dates
 * (2025-02-30) are null.
 */
export function textDate(text: string): string | null {
  // NFKC: full-width digits and punctuation (２０２５／３／１) as typed with a Chinese IME.
  const t = text.normalize('NFKC').trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?$/u.exec(
      t,
    ) ?? /^(\d{4})(\d{2})(\d{2})$/u.exec(t);
  if (!m) return null;
  return iso(Number(m[1]), Number(m[2]), Number(m[3]));
}
