/** Chinese numerals as printed in dates (二〇二五年一月二十日). */
const CN_DIGITS: Readonly<Record<string, number>> = Object.fromEntries(
  [...'〇零○ＯO', ...'一二三四五六七八九'].map((ch, i) => [ch, Math.max(0, i - 4)]),
);

/** A Chinese-numeral year written digit by digit (二〇二五), or null. */
export function cnYear(text: string): number | null {
  if (text.length !== 4) return null;
  let value = 0;
  for (const ch of text) {
    const digit = CN_DIGITS[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** A Chinese-numeral month or day (一 … 三十一), or null. */
function cnSmall(text: string): number | null {
  if (/^\d{1,2}$/u.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? (CN_DIGITS[text] ?? null) : null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text.slice(0, ten)] ?? null);
  const unitText = text.slice(ten + 1);
  const units = unitText === '' ? 0 : (CN_DIGITS[unitText] ?? null);
  return tens === null || units === null ? null : tens * 10 + units;
}

/** An ISO date if year/month/day form a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC_DATE = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?/u;
const CN_DATE =
  /([〇零○ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/u;

const CN_DATES = new RegExp(CN_DATE.source, 'gu');

/** Every date written in Chinese numerals in the text (二〇二三年一月一日), in order: ISO and year. */
export function chineseDates(text: string): { iso: string | null; year: number }[] {
  const out: { iso: string | null; year: number }[] = [];
  for (const m of text.matchAll(CN_DATES)) {
    const year = cnYear(m[1] ?? '');
    if (year === null) continue;
    const month = cnSmall(m[2] ?? '');
    const day = cnSmall(m[3] ?? '');
    out.push({ iso: month !== null && day !== null ? isoDate(year, month, day) : null, year });
  }
  return out;
}

/** Full-width digits and date separators (２０２４－０２－０５), as some pages print dates. */
const FULL_WIDTH_DATE = /[０-９－／．]/gu;
const HAS_FULL_WIDTH_DATE = /[０-９－／．]/u;

/** The text with full-width digits and date separators made ASCII, so \d reads them. */
function asciiDigits(text: string): string {
  if (!HAS_FULL_WIDTH_DATE.test(text)) return text;
  return text.replace(FULL_WIDTH_DATE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * The first date in the text (`2025-01-20`, `2025年1月20日`, `2025/1/20`, `二〇二五年一月二十日`,
 * full-width `２０２５－０１－２０`).
 */
export function findDate(input: string): string | null {
  const text = asciiDigits(input);
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const date = isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    if (date) return date;
  }
  const cn = CN_DATE.exec(text);
  if (cn) {
    const year = cnYear(cn[1] ?? '');
    const month = cnSmall(cn[2] ?? '');
    const day = cnSmall(cn[3] ?? '');
    if (year !== null && month !== null && day !== null) return isoDate(year, month, day);
  }
  return null;
}

const DATE_ONLY =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[〇零○ＯO一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/u;

/** The date when a whole line is nothing but a date (a signature date), else null. */
export function dateLine(text: string): string | null {
  const trimmed = asciiDigits(text.trim());
  return DATE_ONLY.test(trimmed) ? findDate(trimmed) : null;
}
