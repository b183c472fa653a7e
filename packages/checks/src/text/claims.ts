import { COUNT_SOURCE, parseCount } from './numbers.js';
import { narrativeAt, narrativeWith, type Paragraph, type TextView } from './text-view.js';
import { allMatches } from './all-matches.js';
import { wrappedBlocks, type WrappedBlock } from './wrapped-lines.js';

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
  /** The part of the sentence before the match (a 其中 there makes the figure a part). */
  lead: string;
  /**
   * The text before the match back to the last full stop (。！？ or a line break), so across a
   * `；`: `收到政府信息公开申请1113件；已办结1113件` is one statement about applications.
   */
  since: string;
  /** The named groups of the pattern that matched. */
  groups: Readonly<Record<string, string | undefined>>;
}

/**
 * `{N}` in a pattern source stands for a count (Arabic or Chinese) captured as group `n`, after
 * any spaces: text taken from a PDF prints figures with a space either side (`不予公开 4 件`).
 * White space is matched within a line only (`\s` becomes `[ \t]`): the narrative is searched
 * as one text whose paragraphs are separated by line breaks.
 */
export function claimPattern(source: string): RegExp {
  return new RegExp(expand(source), 'gu');
}

function expand(source: string): string {
  return source
    .replaceAll('{N}', `[ \\t]*(?<n>${COUNT_SOURCE.slice(1, -1)})`)
    .replaceAll('\\s', '[ \\t]');
}

const SENTENCE_END = new Set([...'。；;！？!?\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...'，,'].map((c) => c.charCodeAt(0)));
const FULL_STOP = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)));

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
  for (const m of allMatches(pattern, view.narrativeText)) {
    const claim = claimAt(
      view.narrativeText,
      m.index ?? 0,
      m[0].length,
      { ...m.groups },
      accept,
      view,
    );
    if (claim) claims.push(claim);
  }
  // Lines a page width cut: searched joined, their claims replace those of the lines alone.
  let out = claims;
  for (const b of wrappedBlocks(view)) {
    const joined: Claim[] = [];
    for (const m of allMatches(pattern, b.p.folded)) {
      const claim = claimAt(b.p.folded, m.index ?? 0, m[0].length, { ...m.groups }, accept, b.p);
      if (claim) joined.push(claim);
    }
    const lines = new Set(b.members.map((x) => x.line));
    out = [...out.filter((c) => !lines.has(c.p)), ...joined];
  }
  return out === claims ? claims : out.sort((a, b) => a.p.line - b.p.line || a.start - b.start);
}

/** The claim a match makes, if its filter accepts it and its figure reads as a number. */
function claimAt(
  text: string,
  at: number,
  length: number,
  groups: Record<string, string | undefined>,
  accept: (c: ClaimContext) => boolean,
  source: TextView | Paragraph,
): Claim | null {
  const end = at + length;
  let sStart = at;
  while (sStart > 0 && !SENTENCE_END.has(text.charCodeAt(sStart - 1))) sStart--;
  let sEnd = end;
  while (sEnd < text.length && !SENTENCE_END.has(text.charCodeAt(sEnd))) sEnd++;
  if (sEnd < text.length && text[sEnd] !== '\n') sEnd++;
  let cStart = at;
  while (cStart > sStart && !CLAUSE_END.has(text.charCodeAt(cStart - 1))) cStart--;
  let cEnd = end;
  while (cEnd < sEnd && !CLAUSE_END.has(text.charCodeAt(cEnd))) cEnd++;
  let fStart = sStart;
  while (fStart > 0 && !FULL_STOP.has(text.charCodeAt(fStart - 1))) fStart--;
  const ctx: ClaimContext = {
    sentence: text.slice(sStart, sEnd),
    clause: text.slice(cStart, cEnd),
    before: text.slice(cStart, at),
    lead: text.slice(sStart, at),
    since: text.slice(fStart, at),
    groups,
  };
  if (!accept(ctx)) return null;
  // `cn`: a Chinese numeral a pattern reads in another place than `n` (one name per group).
  const n = groups.n ?? groups.cn;
  const value = n === undefined ? 0 : parseCount(n);
  if (value === null) return null;
  // The view's narrative text, or one paragraph's (lines a page width cut, joined).
  const where = 'narrativeText' in source ? narrativeAt(source, at) : { p: source, at };
  if (!where) return null;
  return { p: where.p, start: where.at, end: where.at + length, value, groups };
}

/** One kind of figure in a {@link ClaimSet}: its key, its pattern and its filter. */
export interface ClaimKind<K extends string> {
  key: K;
  /** Pattern source as for {@link claimPattern} (`{N}` for the figure; named groups allowed). */
  source: string;
  /** Whether a match is a figure of this kind, given the report year. */
  accept?: (c: ClaimContext, year: number | null) => boolean;
  /**
   * Characters at least one of which every match of this kind contains (one of its words, or
   * its measure words). When every kind of a set names some, the set is searched only in the
   * narrative paragraphs that hold one (see `narrativeWith`): most paragraphs state no figure.
   * Each paragraph is then searched alone, so the pattern must not look past its paragraph.
   */
  anchors?: string;
}

/** Several kinds of figure searched together: one pass over the narrative for all of them. */
export interface ClaimSet<K extends string> {
  /**
   * The kinds as alternatives of one pattern without capturing groups: it finds where a figure
   * is and how long it is (captures cost V8 a fifth of the search and are needed only for the
   * rare match).
   */
  readonly regex: RegExp;
  readonly kinds: readonly ClaimKind<K>[];
  /**
   * Per kind, its own pattern, sticky, with its named groups: tried in order where `regex`
   * matched, the first that matches there is the alternative `regex` took, with the same match.
   */
  readonly kindRegexes: readonly RegExp[];
  /** The kinds' anchors together, or null when a kind has none (the whole narrative is read). */
  readonly anchors: string | null;
}

/**
 * Compiles kinds of figure into one pattern: each kind an alternative (named groups made
 * non-capturing), and each kind alone. Where two kinds could match at the same place, the
 * earlier in the list wins. Patterns must not use backreferences.
 */
export function claimSet<K extends string>(kinds: readonly ClaimKind<K>[]): ClaimSet<K> {
  const source = kinds
    .map((k) => `(?:${expand(k.source).replace(/\(\?<([A-Za-z]\w*)>/gu, '(?:')})`)
    .join('|');
  const kindRegexes = kinds.map((k) => new RegExp(expand(k.source), 'uy'));
  const anchors = kinds.every((k) => k.anchors)
    ? [...new Set(kinds.flatMap((k) => [...(k.anchors ?? '')]))].join('')
    : null;
  return { regex: new RegExp(source, 'gu'), kinds, kindRegexes, anchors };
}

/**
 * Every figure of a set in the narrative, in text order, with its kind. A match its kind's
 * filter rejects does not hide a figure of another kind that starts after it.
 */
export function findClaimSet<K extends string>(
  view: TextView,
  set: ClaimSet<K>,
  year: number | null,
): { key: K; claim: Claim }[] {
  const found: { key: K; claim: Claim }[] = [];
  if (set.anchors === null) searchSet(view, set, year, view.narrativeText, 0, found);
  else
    for (const k of narrativeWith(view, set.anchors))
      searchSet(
        view,
        set,
        year,
        view.narrative[k]?.folded ?? '',
        view.narrativeStarts[k] ?? 0,
        found,
      );
  const blocks = wrappedBlocks(view);
  return blocks.length === 0 ? found : withWrapped(blocks, set, year, found);
}

/** True when the text holds one of the characters (a set's anchors). */
function holdsAny(text: string, chars: string): boolean {
  for (const ch of chars) if (text.includes(ch)) return true;
  return false;
}

/**
 * The figures of a set, with the lines a page width cut (`…申` + `请1120件`) read joined: each
 * block of cut lines is searched as one paragraph, and its figures replace those found in its
 * lines alone (`8件结转…` of `1` + `8件结转…`; a figure whose sentence began on the line before).
 * Every figure of a block has the block's paragraph (its line the block's first), so figures of
 * one sentence share their paragraph (text.review pairs a count with its results by it).
 */
function withWrapped<K extends string>(
  blocks: readonly WrappedBlock[],
  set: ClaimSet<K>,
  year: number | null,
  found: { key: K; claim: Claim }[],
): { key: K; claim: Claim }[] {
  let out = found;
  for (const b of blocks) {
    const text = b.p.folded;
    if (set.anchors !== null && !holdsAny(text, set.anchors)) continue;
    const claims: { key: K; claim: Claim }[] = [];
    const re = set.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let km: RegExpExecArray | null = null;
      let i = 0;
      for (; i < set.kindRegexes.length; i++) {
        const k = set.kindRegexes[i];
        if (!k) continue;
        k.lastIndex = m.index;
        km = k.exec(text);
        if (km) break;
      }
      const kind = set.kinds[i];
      if (!kind || !km) continue;
      const accept = kind.accept;
      const claim = claimAt(
        text,
        m.index,
        m[0].length,
        { ...km.groups },
        (c) => !accept || accept(c, year),
        b.p,
      );
      if (claim) claims.push({ key: kind.key, claim });
      else re.lastIndex = m.index + 1;
    }
    const lines = new Set(b.members.map((x) => x.line));
    out = out.filter(({ claim }) => !lines.has(claim.p));
    out.push(...claims);
  }
  return out.sort((a, b) => a.claim.p.line - b.claim.p.line || a.claim.start - b.claim.start);
}

/**
 * Searches `text`, which starts at `base` in the narrative text, for the figures of a set. A
 * module function, not a closure made per call: tsx names every closure it creates (a
 * defineProperty each), which showed in the checker's profile.
 */
function searchSet<K extends string>(
  view: TextView,
  set: ClaimSet<K>,
  year: number | null,
  text: string,
  base: number,
  found: { key: K; claim: Claim }[],
): void {
  // The set's own pattern, rewound: copying it per call cost more than the search. No filter
  // searches with the same set, so nothing else moves its lastIndex meanwhile.
  const re = set.regex;
  const { kinds, kindRegexes } = set;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The alternative the pattern took: the first kind that matches here on its own.
    let i = 0;
    let km: RegExpExecArray | null = null;
    for (; i < kindRegexes.length; i++) {
      const k = kindRegexes[i];
      if (!k) continue;
      k.lastIndex = m.index;
      km = k.exec(text);
      if (km) break;
    }
    const kind = kinds[i];
    if (!kind || !km) continue;
    // The kind's groups by name, in pattern order (a copy: the match is not kept).
    const groups: Record<string, string | undefined> = { ...km.groups };
    const accept = kind.accept;
    const claim = claimAt(
      view.narrativeText,
      base + m.index,
      m[0].length,
      groups,
      (c) => !accept || accept(c, year),
      view,
    );
    if (claim) found.push({ key: kind.key, claim });
    else re.lastIndex = m.index + 1;
  }
}

/** Words that put a figure in another period than the report year. */
const OTHER_PERIOD = /上年|去年|上一年|前一年|同比|比上年|较上年|往年|历年/u;
/** 累计 usually means "over the years" for documents, but "in all" for the year's items. */
const CUMULATIVE = /累计/u;
const YEAR = /(\d{4})\s*年/gu;

/**
 * True when the text before a figure places it in another year: a comparison word (上年, 同比…)
 * or a year other than the report's; with `cumulative`, also 累计.
 */
export function otherPeriod(before: string, year: number | null, cumulative = true): boolean {
  if (OTHER_PERIOD.test(before) || (cumulative && CUMULATIVE.test(before))) return true;
  if (year === null) return false;
  for (const m of allMatches(YEAR, before)) if (Number(m[1]) !== year) return true;
  return false;
}
