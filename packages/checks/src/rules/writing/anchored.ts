import { narrativeAt, type NarrativeMatch, type TextView } from '../../text/text-view.js';
import { isDigit } from './chars.js';

/**
 * Where a match holding the anchor found at `at` would have to start, or -1 when no match can
 * hold it. Must be exact: the only start from which the pattern can reach that anchor.
 */
export type StartOf = (text: string, at: number) => number;

/**
 * The matches `narrativeMatches` would give for a pattern every match of which holds `anchor`
 * (a character or word), found without running the pattern along the whole narrative: the
 * anchor is looked for with indexOf, `startOf` says where a match holding it must start, and
 * the pattern — sticky (`y`) — is tried there alone. A global search returns the leftmost match
 * at or after the end of the last one; every match starts at some anchor's start, and the
 * starts come in text order, so trying them in order, skipping those inside the last match,
 * gives the same matches.
 */
export function anchoredMatches(
  view: TextView,
  pattern: RegExp,
  anchor: string,
  startOf: StartOf,
): NarrativeMatch[] {
  const text = view.narrativeText;
  const found: NarrativeMatch[] = [];
  let next = 0;
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
    const start = startOf(text, at);
    if (start < next) continue;
    const end = tryAt(view, pattern, start, found);
    if (end >= 0) next = end;
  }
  return found;
}

/**
 * The matches of a sticky pattern tried at the given starts (ascending), skipping starts inside
 * the last match: what a global search gives when every match starts at one of them.
 */
export function matchesAt(
  view: TextView,
  pattern: RegExp,
  starts: readonly number[],
): NarrativeMatch[] {
  const found: NarrativeMatch[] = [];
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    const end = tryAt(view, pattern, start, found);
    if (end >= 0) next = end;
  }
  return found;
}

/**
 * Tries the sticky pattern at `start` of the narrative: on a match, adds it to `found` (when
 * it lies in a paragraph) and returns where it ends; -1 when the pattern does not match there.
 */
function tryAt(view: TextView, pattern: RegExp, start: number, found: NarrativeMatch[]): number {
  pattern.lastIndex = start;
  const match = pattern.exec(view.narrativeText);
  if (!match) return -1;
  const where = narrativeAt(view, start);
  if (where) found.push({ p: where.p, start: where.at, end: where.at + match[0].length, match });
  return start + match[0].length;
}

/** Index of the first of the digits (`\d`) that end just before `at`. */
export function digitsBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Index of the first of the spaces and tabs (`[ \t]*`) that end just before `at`. */
export function blanksBefore(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c !== 32 && c !== 9) break;
    i--;
  }
  return i;
}

/**
 * Every match of a global pattern in the narrative paragraphs that hold one of `words`, in
 * order — what `narrativeMatches` gives for a pattern every match of which holds one of the
 * words, without running it over the paragraphs that hold none. The pattern is run on each such
 * paragraph's folded text, so it must not match across a line break nor match empty, and must
 * treat a paragraph's edges as it treats a line break (no lookaround that could tell them
 * apart). `match.index` is the index in the paragraph, not in the narrative.
 */
export function paragraphMatches(
  view: TextView,
  pattern: RegExp,
  words: readonly string[],
): NarrativeMatch[] {
  const text = view.narrativeText;
  const found: NarrativeMatch[] = [];
  /** Where each word next occurs at or after `from` (-1: nowhere), found once per paragraph. */
  const next = words.map((w) => text.indexOf(w));
  for (let from = 0; ;) {
    let at = -1;
    for (let k = 0; k < words.length; k++) {
      let i = next[k] ?? -1;
      if (i >= 0 && i < from) next[k] = i = text.indexOf(words[k] ?? '', from);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) break;
    const where = narrativeAt(view, at);
    if (!where) break;
    const p = where.p;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(p.folded); m; m = pattern.exec(p.folded))
      found.push({ p, start: m.index, end: m.index + m[0].length, match: m });
    from = at - where.at + p.folded.length + 1;
  }
  return found;
}
