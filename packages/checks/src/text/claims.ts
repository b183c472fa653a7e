import { COUNT_SOURCE, parseCount } from './numbers.js';
import { splitSentences, type Sentence } from './sentences.js';
import { narrativeParagraphs, type Paragraph, type TextView } from './text-view.js';

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

const CLAUSE_BREAK = /[，,]/u;

/** `{N}` in a pattern source stands for a count (Arabic or Chinese) captured as group `n`. */
export function claimPattern(source: string): RegExp {
  return new RegExp(source.replaceAll('{N}', `(?<n>${COUNT_SOURCE.slice(1, -1)})`), 'gu');
}

/**
 * Every match of a claim pattern in the narrative (outside the table sections), one sentence at a
 * time so that filters can look at the sentence and clause around the figure. A `prefilter`
 * (a word every match contains) skips paragraphs cheaply.
 */
export function findClaims(
  view: TextView,
  pattern: RegExp,
  accept: (c: ClaimContext) => boolean = () => true,
  prefilter?: RegExp,
): Claim[] {
  const claims: Claim[] = [];
  for (const p of narrativeParagraphs(view)) {
    if (prefilter && !prefilter.test(p.folded)) continue;
    for (const s of sentencesOf(p)) {
      const sentence = s.text;
      const sStart = s.start;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
        const at = m.index;
        const clauseStart = lastBreak(sentence, at);
        const clauseEnd = nextBreak(sentence, at + m[0].length);
        const ctx: ClaimContext = {
          sentence,
          clause: sentence.slice(clauseStart, clauseEnd),
          before: sentence.slice(clauseStart, at),
          match: m,
        };
        if (!accept(ctx)) continue;
        const n = m.groups?.n;
        const value = n === undefined ? 0 : parseCount(n);
        if (value === null) continue;
        claims.push({
          p,
          start: sStart + at,
          end: sStart + at + m[0].length,
          value,
          groups: { ...m.groups },
        });
      }
    }
  }
  return claims;
}

const SENTENCES = new WeakMap<Paragraph, Sentence[]>();

/** The sentences of a paragraph, split once and shared by every claim pattern. */
function sentencesOf(p: Paragraph): Sentence[] {
  let list = SENTENCES.get(p);
  if (!list) {
    list = splitSentences(p.folded);
    SENTENCES.set(p, list);
  }
  return list;
}

function lastBreak(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i] ?? '')) return i + 1;
  return 0;
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLAUSE_BREAK.test(text[i] ?? '')) return i;
  return text.length;
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
