const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** One character of a Chinese numeral (a pattern source). */
export const CHINESE_DIGIT = '[零〇一二两三四五六七八九十百]';

/** A count as written in text: Arabic digits (with thousands commas) or a Chinese numeral. */
export const COUNT_SOURCE = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${CHINESE_DIGIT}+)`;

/**
 * The value of a Chinese numeral below 1000 (`三`, `十二`, `二十三`, `一百零五`), or null when
 * it is not one. Reports spell small counts this way (`收到申请两件`).
 */
export function chineseNumber(text: string): number | null {
  if (text.length === 0) return null;
  const hasUnit = /[十百]/u.test(text);
  // Two digits side by side without a unit (三四件, 二〇二四) are a range or a year, not a count.
  if (!hasUnit && text.length > 1) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '十' || ch === '百') {
      total += (current === 0 ? 1 : current) * (ch === '十' ? 10 : 100);
      current = 0;
      continue;
    }
    const d = DIGITS[ch];
    if (d === undefined) return null;
    current = d;
  }
  return total + current;
}

/** One or more ASCII digits and commas, nothing else (`/^[\d,]+$/`, without running it). */
function isDigitsAndCommas(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 44) return false;
  }
  return true;
}

/** Parses a count matched by {@link COUNT_SOURCE}; null when it is not a number. */
export function parseCount(text: string): number | null {
  if (isDigitsAndCommas(text)) {
    const n = Number(text.replaceAll(',', ''));
    return Number.isFinite(n) ? n : null;
  }
  return chineseNumber(text);
}

/** Formats a number for a message: integers as is, decimals without float noise. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}
