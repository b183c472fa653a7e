import { CHINESE_DIGIT, parseCount } from './numbers.js';
import { narrativeAt, narrativeWith, type Paragraph, type TextView } from './text-view.js';
import { allMatches } from './all-matches.js';
import { wrappedBlocks, type WrappedBlock } from './wrapped-lines.js';
import {
  anchorBit,
  anchorChars,
  anchorsIn,
  EVERYWHERE,
  paragraphAnchors,
  type Anchors,
} from './claim-anchors.js';

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
  /** The paragraph holding the match (a figure's topic may be named only there). */
  paragraph: string;
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

/**
 * The count of `{N}`: Arabic digits (with thousands commas), or a Chinese numeral that is not a
 * slogan's — one right after an opening quote (“三个一”, 「四个全面」) or followed by 个 and another
 * numeral (三个一工作机制) names a working method: 第一时间登记受理…回复申请的“三个一”工作机制 states no
 * three applications received.
 */
const CLAIM_COUNT = String.raw`\d{1,3}(?:,\d{3})+|\d+|(?<![“「『‘"'])${CHINESE_DIGIT}+(?!个${CHINESE_DIGIT})`;

function expand(source: string): string {
  return source.replaceAll('{N}', `[ \\t]*(?<n>${CLAIM_COUNT})`).replaceAll('\\s', '[ \\t]');
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
  const pStart = text.lastIndexOf('\n', sStart - 1) + 1;
  const pEnd = text.indexOf('\n', sEnd);
  const ctx: ClaimContext = {
    sentence: text.slice(sStart, sEnd),
    clause: text.slice(cStart, cEnd),
    before: text.slice(cStart, at),
    lead: text.slice(sStart, at),
    since: text.slice(fStart, at),
    groups,
    paragraph: text.slice(pStart, pEnd < 0 ? text.length : pEnd),
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
   * Characters, or words of one or two characters, at least one of which every match of this
   * kind contains (see `Anchors`). When every kind of a set names some, a narrative paragraph is
   * searched only for the kinds whose anchors it holds, and not at all when it holds none: most
   * paragraphs state no figure, and most figures are of one or two kinds. Each paragraph is
   * then searched alone, so the pattern must not look past its paragraph. (A kind may instead
   * name characters its filter requires in the paragraph, as 废止 names 规 for 规范性文件, when
   * no later kind of its set can match where it does: leaving it out then changes nothing.)
   */
  anchors?: Anchors;
}

/** Some kinds of a set, in the set's order, as one pattern: those a paragraph's anchors allow. */
interface KindSubset {
  readonly regex: RegExp;
  /** Indices in the set's kinds, ascending. */
  readonly kinds: readonly number[];
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
  /**
   * Per kind, the bit of its anchors (see `claim-anchors.ts`); null when a kind has none to
   * give (then every paragraph that holds some anchor is searched for every kind).
   */
  readonly kindBits: readonly number[] | null;
  /** Per kind, its alternative of `regex`. */
  readonly alternatives: readonly string[];
  /** Patterns of the subsets of kinds met so far, by the kinds' bits (`1 << index`). */
  readonly subsets: Map<number, KindSubset>;
}

/** At most this many kinds are searched by subset (their bits make one integer). */
const MAX_SUBSET_KINDS = 30;
/** Subsets kept per set: a few in practice; bounded should a text bring many. */
const MAX_SUBSETS = 256;

/**
 * Compiles kinds of figure into one pattern: each kind an alternative (named groups made
 * non-capturing), and each kind alone. Where two kinds could match at the same place, the
 * earlier in the list wins. Patterns must not use backreferences.
 */
export function claimSet<K extends string>(kinds: readonly ClaimKind<K>[]): ClaimSet<K> {
  const alternatives = kinds.map(
    (k) => `(?:${expand(k.source).replace(/\(\?<([A-Za-z]\w*)>/gu, '(?:')})`,
  );
  const kindRegexes = kinds.map((k) => new RegExp(expand(k.source), 'uy'));
  const anchored = kinds.every((k) => k.anchors);
  const anchors = anchored
    ? [...new Set(kinds.flatMap((k) => [...anchorChars(k.anchors ?? '')]))].join('')
    : null;
  const bits = anchored ? kinds.map((k) => anchorBit(k.anchors ?? '')) : [];
  const kindBits =
    anchored && kinds.length <= MAX_SUBSET_KINDS && !bits.includes(EVERYWHERE) ? bits : null;
  return {
    regex: new RegExp(alternatives.join('|'), 'gu'),
    kinds,
    kindRegexes,
    anchors,
    kindBits,
    alternatives,
    subsets: new Map(),
  };
}

/** Every kind of a set, in order: its whole pattern. */
function allKinds<K extends string>(set: ClaimSet<K>): KindSubset {
  return { regex: set.regex, kinds: set.kinds.map((_, i) => i) };
}

/**
 * The kinds of a set whose anchors a text holds (`bits`, see `anchorsIn`), as one pattern; null
 * when none. A kind left out cannot match there (every match holds one of its anchors), so the
 * pattern finds what the whole set's finds, at the same places, taken by the same kinds.
 */
function kindsFor<K extends string>(
  set: ClaimSet<K>,
  kindBits: readonly number[],
  bits: number,
): KindSubset | null {
  let key = 0;
  for (let i = 0; i < kindBits.length; i++) if (((kindBits[i] ?? 0) & bits) !== 0) key |= 1 << i;
  if (key === 0) return null;
  let subset = set.subsets.get(key);
  if (!subset) {
    if (set.subsets.size >= MAX_SUBSETS) set.subsets.clear();
    const kinds = kindBits.flatMap((_, i) => ((key & (1 << i)) !== 0 ? [i] : []));
    const regex =
      kinds.length === kindBits.length
        ? set.regex
        : new RegExp(kinds.map((i) => set.alternatives[i]).join('|'), 'gu');
    subset = { regex, kinds };
    set.subsets.set(key, subset);
  }
  return subset;
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
  const text = view.narrativeText;
  if (set.anchors === null) searchSet(set, allKinds(set), year, text, 0, text, view, found);
  else if (set.kindBits === null) {
    const all = allKinds(set);
    for (const k of narrativeWith(view, set.anchors))
      searchParagraph(view, k, set, all, year, found);
  } else {
    const bits = paragraphAnchors(view);
    for (let k = 0; k < bits.length; k++) {
      const bitsHere = bits[k] ?? 0;
      if (bitsHere === 0) continue;
      const subset = kindsFor(set, set.kindBits, bitsHere);
      if (subset) searchParagraph(view, k, set, subset, year, found);
    }
  }
  const blocks = wrappedBlocks(view);
  return blocks.length === 0 ? found : withWrapped(blocks, set, year, found);
}

/**
 * Searches narrative paragraph `k` of the view for some kinds of a set. A module function, not
 * a closure made per call (see {@link searchSet}).
 */
function searchParagraph<K extends string>(
  view: TextView,
  k: number,
  set: ClaimSet<K>,
  kinds: KindSubset,
  year: number | null,
  found: { key: K; claim: Claim }[],
): void {
  searchSet(
    set,
    kinds,
    year,
    view.narrative[k]?.folded ?? '',
    view.narrativeStarts[k] ?? 0,
    view.narrativeText,
    view,
    found,
  );
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
    let subset: KindSubset | null;
    if (set.anchors === null) subset = allKinds(set);
    else if (set.kindBits === null) subset = holdsAny(text, set.anchors) ? allKinds(set) : null;
    else subset = kindsFor(set, set.kindBits, anchorsIn(text));
    if (!subset) continue;
    const claims: { key: K; claim: Claim }[] = [];
    searchSet(set, subset, year, text, 0, text, b.p, claims);
    const lines = new Set(b.members.map((x) => x.line));
    out = out.filter(({ claim }) => !lines.has(claim.p));
    out.push(...claims);
  }
  return out.sort((a, b) => a.claim.p.line - b.claim.p.line || a.claim.start - b.claim.start);
}

/**
 * Searches `text`, which starts at `base` in `whole` (the narrative text, or the text itself),
 * for the figures of some kinds of a set; `source` places them (the view, or a paragraph of
 * lines joined). A module function, not a closure made per call: tsx names every closure it
 * creates (a defineProperty each), which showed in the checker's profile.
 */
function searchSet<K extends string>(
  set: ClaimSet<K>,
  subset: KindSubset,
  year: number | null,
  text: string,
  base: number,
  whole: string,
  source: TextView | Paragraph,
  found: { key: K; claim: Claim }[],
): void {
  // The subset's own pattern, rewound: copying it per call cost more than the search. No
  // filter searches with the same set, so nothing else moves its lastIndex meanwhile.
  const re = subset.regex;
  const { kinds, kindRegexes } = set;
  const order = subset.kinds;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The alternative the pattern took: the first of its kinds that matches here on its own.
    let kind: ClaimKind<K> | undefined;
    let km: RegExpExecArray | null = null;
    for (let j = 0; j < order.length; j++) {
      const i = order[j] ?? 0;
      const k = kindRegexes[i];
      if (!k) continue;
      k.lastIndex = m.index;
      km = k.exec(text);
      if (km) {
        kind = kinds[i];
        break;
      }
    }
    if (!kind || !km) continue;
    // The kind's groups by name, in pattern order (a copy: the match is not kept).
    const groups: Record<string, string | undefined> = { ...km.groups };
    const accept = kind.accept;
    const claim = claimAt(
      whole,
      base + m.index,
      m[0].length,
      groups,
      (c) => !accept || accept(c, year),
      source,
    );
    if (claim) found.push({ key: kind.key, claim });
    else re.lastIndex = m.index + 1;
  }
}

/**
 * Words that put a figure in another period than the report year (上年 covers 比上年 and 较上年).
 * Looked for as strings: this runs for every figure found, and each pattern run costs its code
 * being fetched again in the checker's pipeline.
 */
const OTHER_PERIOD = ['上年', '去年', '上一年', '前一年', '同比', '往年', '历年'];
/** 累计 usually means "over the years" for documents, but "in all" for the year's items. */
const CUMULATIVE = '累计';
const YEAR = /(\d{4})\s*年/gu;

/**
 * True when the text before a figure places it in another year: a comparison word (上年, 同比…)
 * or a year other than the report's; with `cumulative`, also 累计.
 */
export function otherPeriod(before: string, year: number | null, cumulative = true): boolean {
  for (const w of OTHER_PERIOD) if (before.includes(w)) return true;
  if (cumulative && before.includes(CUMULATIVE)) return true;
  if (year === null || !before.includes('年')) return false;
  for (const m of allMatches(YEAR, before)) if (Number(m[1]) !== year) return true;
  return false;
}
