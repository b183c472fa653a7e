import { isWhiteSpace, type Report } from '@xxgk/model';
import { isValidDate } from './dates.js';
import { narrativeAt, type Paragraph, type TextView } from './text-view.js';
import { allMatches } from './all-matches.js';

/** A date the 统计期限 names; `year` is null when written without one (`至12月31日`). */
export interface PeriodDate {
  year: number | null;
  month: number;
  day: number;
  raw: string;
  valid: boolean;
  /** Index in the clause. */
  at: number;
}

/** The 统计期限 sentence as found, with its dates and what is malformed in it. */
export interface FoundPeriod {
  /** The clause from the keyword to the end of the sentence. */
  text: string;
  /** Where it is, when it was found in the document text. */
  p: Paragraph | null;
  start: number;
  end: number;
  dates: PeriodDate[];
  /** Date-like pieces that are not well-formed dates, e.g. `20241月1日`. */
  malformed: string[];
  /** The years the period names (those of its two dates, or a bare year). */
  years: number[];
}

const KEYWORDS =
  /统计(?:期限|时限|期间|时间|区间|周期|截止时间|范围)|数据(?:统计)?(?:期限|时限|截止时间)/gu;
const FULL_DATE =
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/gu;
const SHORT_DATE = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const MALFORMED = [
  // The year runs into the month: 20241月1日.
  /(?<!\d)(?:19|20)\d{2}\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/gu,
  // A year of five digits or more: 20244年1月1日.
  /(?<!\d)\d{5,}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/gu,
  // A month or day with too many digits: 2024年011月, 2024年1月311日.
  /\d{4}\s*年\s*\d{3,}\s*月|月\s*\d{3,}\s*日/gu,
  // A year without its month: 2024年1日.
  /\d{4}\s*年\s*\d{1,2}\s*日/gu,
];

/** True when some 月 of the text is outside the spans (kept as start, end, start, end…). */
function monthOutside(text: string, spans: readonly number[]): boolean {
  for (let at = text.indexOf('月'); at >= 0; at = text.indexOf('月', at + 1))
    if (!inSpans(spans, at)) return true;
  return false;
}

/** True when `at` falls in one of the spans, kept as start, end, start, end… */
function inSpans(spans: readonly number[], at: number): boolean {
  for (let i = 0; i + 1 < spans.length; i += 2)
    if (at >= (spans[i] ?? 0) && at < (spans[i + 1] ?? 0)) return true;
  return false;
}

const BARE_YEAR = /(?<!\d)(\d{4})\s*年/u;

const MONTH = '月'.charCodeAt(0);
const DAY = '日'.charCodeAt(0);
const YEAR_MARK = '年'.charCodeAt(0);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * False when no {@link MALFORMED} pattern can match: each needs digits a well-formed date lacks —
 * a run of five or more, a run of three or more before 月 or 日, or a day run right after 年 —
 * so a clause of well-formed dates (nearly all) is not searched four more times.
 */
function mayBeMalformed(text: string): boolean {
  for (let i = 0; i < text.length;) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    let after = end;
    while (after < text.length && isWhiteSpace(text.charCodeAt(after))) after++;
    const next = text.charCodeAt(after);
    let before = i - 1;
    while (before >= 0 && isWhiteSpace(text.charCodeAt(before))) before--;
    if (end - i >= 5) return true;
    if (end - i >= 3 && (next === MONTH || next === DAY)) return true;
    if (next === DAY && before >= 0 && text.charCodeAt(before) === YEAR_MARK) return true;
    i = end;
  }
  return false;
}

/**
 * Parses the dates and years of a 统计期限 clause. Written with plain loops: it runs for every
 * report, and closures, destructured arrays and pairs per match cost more than the searches.
 */
export function parsePeriodText(text: string): Pick<FoundPeriod, 'dates' | 'malformed' | 'years'> {
  const dates: PeriodDate[] = [];
  /** Spans already read, as start, end, start, end… */
  const taken: number[] = [];
  for (const m of allMatches(FULL_DATE, text)) {
    // Either 2024年1月1日 (groups 1–3) or 2024.1.1 / 2024-01-01 (groups 4–6).
    const year = Number(m[1] ?? m[4]);
    const month = Number(m[2] ?? m[5]);
    const day = Number(m[3] ?? m[6]);
    dates.push({
      year,
      month,
      day,
      raw: m[0],
      valid: isValidDate(year, month, day),
      at: m.index,
    });
    taken.push(m.index, m.index + m[0].length);
  }
  const malformed: string[] = [];
  if (mayBeMalformed(text))
    for (const re of MALFORMED)
      for (const m of allMatches(re, text)) {
        const at = m.index;
        if (inSpans(taken, at)) continue;
        malformed.push(m[0]);
        taken.push(at, at + m[0].length);
      }
  // A date without its year has a 月 outside every full date (a 月 inside one has the full
  // date's month before it, so a match holding it would start in a span already read).
  if (monthOutside(text, taken))
    for (const m of allMatches(SHORT_DATE, text)) {
      const at = m.index;
      if (inSpans(taken, at)) continue;
      const month = Number(m[1]);
      const day = Number(m[2]);
      dates.push({ year: null, month, day, raw: m[0], valid: isValidDate(2000, month, day), at });
      taken.push(at, at + m[0].length);
    }
  dates.sort((a, b) => a.at - b.at);
  // The period is its first two dates; later years in the sentence (数据截至2025年…) are not it.
  const years: number[] = [];
  for (let i = 0; i < 2 && i < dates.length; i++) {
    const year = dates[i]?.year;
    if (year !== null && year !== undefined) years.push(year);
  }
  if (dates.length === 0) {
    const bare = BARE_YEAR.exec(text);
    if (bare) years.push(Number(bare[1]));
  }
  return { dates, malformed, years };
}

/**
 * The 统计期限 of a report: the sentence of the text that names it (统计期限 / 统计时限 / 统计期间
 * …), else the period the reader recorded in the report.
 */
export function findPeriod(view: TextView | null, report: Report): FoundPeriod | null {
  if (view && !view.synthetic) {
    // The period is stated in the narrative (usually the preamble): one search over it, read
    // up to the first keyword whose clause names a period (all of them were found before).
    const text = view.narrativeText;
    KEYWORDS.lastIndex = 0;
    for (let k = KEYWORDS.exec(text); k; k = KEYWORDS.exec(text)) {
      const where = narrativeAt(view, k.index ?? 0);
      if (!where) continue;
      const tail = where.p.folded.slice(where.at);
      const stop = tail.search(/[。；;]/u);
      const clause = stop < 0 ? tail : tail.slice(0, stop + 1);
      const parsed = parsePeriodText(clause);
      if (parsed.dates.length === 0 && parsed.malformed.length === 0 && parsed.years.length === 0)
        continue;
      return {
        text: clause,
        p: where.p,
        start: where.at,
        end: where.at + clause.length,
        ...parsed,
      };
    }
  }
  const period = report.period;
  if (period?.text)
    return { text: period.text, p: null, start: 0, end: 0, ...parsePeriodText(period.text) };
  return null;
}
