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
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) continue;
    next = start + match[0].length;
    const where = narrativeAt(view, start);
    if (!where) continue;
    found.push({ p: where.p, start: where.at, end: where.at + match[0].length, match });
  }
  return found;
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
