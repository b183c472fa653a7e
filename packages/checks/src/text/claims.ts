import { COUNT_SOURCE, parseCount } from './numbers.js';
import { narrativeAt, type Paragraph, type TextView } from './text-view.js';

/** A figure the narrative states, with where it is. */
export interface Claim {
  readonly p: Paragraph;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Named groups of the pattern that matched (e.g. a year, 各). */
  readonly groups: Readonly<Record<string, string | undefined>>;
}

/** What a claim's filter sees around a match. */
export interface ClaimContext {
  /** The sentence (up to 。；！？) holding the match. */
  sentence: string;
  /** The clause (sentence part up to ，) holding the match. */
  clause: string;
  /** The part of the clause before the match. */
  before: string;
  match: RegExpExecArray;
}

/**
 * `{N}` in a pattern source stands for a count (Arabic or Chinese) captured as group `n`. White
 * space is matched within a line only (`\s` becomes `[ \t]`): the narrative is searched as one
 * text whose paragraphs are separated by line breaks.
 */
export function claimPattern(source: string): RegExp {
  return new RegExp(
    source.replaceAll('{N}', `(?<n>${COUNT_SOURCE.slice(1, -1)})`).replaceAll('\\s', '[ \\t]'),
    'gu',
  );
}

const SENTENCE_END = new Set([...'。；;！？!?\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...'，,'].map((c) => c.charCodeAt(0)));

/**
 * Every match of a claim pattern in the narrative (outside the table sections), with the
 * sentence and clause around it so that filters can look at the words near the figure. One
 * search over the whole narrative per pattern.
 */
export function findClaims(
  view: TextView,
  pattern: RegExp,
  accept: (c: ClaimContext) => boolean = () => true,
): Claim[] {
  const claims: Claim[] = [];
  const text = view.narrativeText;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    let sStart = at;
    while (sStart > 0 && !SENTENCE_END.has(text.charCodeAt(sStart - 1))) sStart--;
    let sEnd = end;
    while (sEnd < text.length && !SENTENCE_END.has(text.charCodeAt(sEnd))) sEnd++;
    if (sEnd < text.length && text[sEnd] !== '\n') sEnd++;
    let cStart = at;
    while (cStart > sStart && !CLAUSE_END.has(text.charCodeAt(cStart - 1))) cStart--;
    let cEnd = end;
    while (cEnd < sEnd && !CLAUSE_END.has(text.charCodeAt(cEnd))) cEnd++;
    const ctx: ClaimContext = {
      sentence: text.slice(sStart, sEnd),
      clause: text.slice(cStart, cEnd),
      before: text.slice(cStart, at),
      match: m,
    };
    if (!accept(ctx)) continue;
    const n = m.groups?.n;
    const value = n === undefined ? 0 : parseCount(n);
    if (value === null) continue;
    const where = narrativeAt(view, at);
    if (!where) continue;
    claims.push({
      p: where.p,
      start: where.at,
      end: where.at + m[0].length,
      value,
      groups: { ...m.groups },
    });
  }
  return claims;
}

/** Words that put a figure in another period than the report year. */
const OTHER_PERIOD = /上年|去年|上一年|前一年|同比|比上年|较上年|往年|历年/u;
/** 累计 usually means "over the years" for documents, but "in all" for the year's items. */
const CUMULATIVE = /累计/u;

/**
 * True when the text before a figure places it in another year: a comparison word (上年, 同比…)
 * or a year other than the report's; with `cumulative`, also 累计.
 */
export function otherPeriod(before: string, year: number | null, cumulative = true): boolean {
  if (OTHER_PERIOD.test(before) || (cumulative && CUMULATIVE.test(before))) return true;
  if (year === null) return false;
  for (const m of before.matchAll(/(\d{4})\s*年/gu)) if (Number(m[1]) !== year) return true;
  return false;
}
