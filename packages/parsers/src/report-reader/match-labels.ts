import type { FormatId } from '@xxgk/model';
import { keyOf } from './label-key.js';
import {
  labelIndex,
  lookupKey,
  type LabelIndex,
  type LabelMeaning,
  type MeaningsByFormat,
} from './label-index.js';
import { startsNumeric, type TokenStream } from './tokens.js';

/** A table label found in the document, possibly spread over several consecutive lines. */
export interface LabelMatch {
  /** Index of its first token. */
  start: number;
  /** Index of its last token (equal to `start` unless the label wraps over lines). */
  end: number;
  /** The key it matched. */
  key: string;
  meanings: MeaningsByFormat;
}

/** Every table label of the document, and for each token the match that covers it. */
export interface LabelMatches {
  matches: LabelMatch[];
  /** Per token: index into `matches`, or -1. */
  at: Int32Array;
}

/** Cells longer than this are never a whole label (the longest label key has 41 characters). */
const MAX_LABEL_CHARS = 48;
/** Pieces longer than this are not the continuation of a wrapped label. */
const MAX_PIECE_CHARS = 48;
/** A label broken one character per line spans at most this many lines. */
const MAX_PIECES = 14;
/** Meanings that a long cell with an explanatory parenthesis may carry. */
const ANNOTATED = new Set<LabelMeaning['kind']>(['proRow', 'proField', 'appRow']);

/**
 * Finds the table labels: a cell whose key is a label of either format; a label wrapped over
 * several consecutive one-cell lines (joined while the text so far is the beginning of some
 * label, longest match wins); a long cell whose text before an explanatory parenthesis is a
 * row or column label (e.g. `規範性檔案(行政機關制定發布的…)`).
 */
export function matchLabels(stream: TokenStream, index: LabelIndex = labelIndex()): LabelMatches {
  const { tokens } = stream;
  const at = new Int32Array(tokens.length).fill(-1);
  const matches: LabelMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.cls !== 'text') continue;
    if (!mayStartLabel(token.text, index)) continue;
    const found =
      token.text.length > MAX_LABEL_CHARS
        ? matchAnnotated(token.text, index, i)
        : matchFrom(stream, i, index);
    if (!found) continue;
    // A footnote mark printed apart from its label (`（一）予以公开 ①`, a PDF's superscript as a
    // cell of its own) belongs to the label: read as a value, it would shift the row's figures.
    if (isMarkOnly(tokens[found.end + 1]?.raw)) found.end += 1;
    const match: LabelMatch = {
      start: i,
      end: found.end,
      key: found.key,
      meanings: found.meanings,
    };
    for (let j = i; j <= match.end; j += 1) at[j] = matches.length;
    matches.push(match);
    i = match.end;
  }
  return { matches, at };
}

/**
 * Per first UTF-16 unit of a cell: whether a label of the reader's index can start with it
 * (after folding): 0 not yet known, 1 yes, 2 no. A table, not a Map: one read per cell.
 */
const FIRST_UNITS = new Uint8Array(65536);

/**
 * A cheap test before folding a whole cell: can its first character begin a label? Most
 * running text opens with a character no label does. A character folding to nothing (a
 * space, a quote mark) cannot tell, so it passes.
 */
function mayStartLabel(text: string, index: LabelIndex): boolean {
  if (text.length === 0 || index !== labelIndex()) return firstMayStart(text.charAt(0), index);
  const unit = text.charCodeAt(0);
  const known = FIRST_UNITS[unit];
  if (known !== 0) return known === 1;
  const may = firstMayStart(text.charAt(0), index);
  FIRST_UNITS[unit] = may ? 1 : 2;
  return may;
}

function firstMayStart(first: string, index: LabelIndex): boolean {
  const folded = keyOf(first);
  return folded === '' || index.firstChars.has(folded.charAt(0));
}

/** What the label index says about one cell text (or cells joined): all a match needs. */
interface LabelFacts {
  /** The text's comparison key. */
  key: string;
  /** The key's meanings by every lookup rule (see {@link lookupKey}), or null. */
  found: { key: string; meanings: MeaningsByFormat } | null;
  /** True when the key itself is a label (no rule needed). */
  exact: boolean;
  /** True when the key is the beginning of some label. */
  prefix: boolean;
}

/**
 * Facts of the texts seen with the shared index, by text. The same label texts come back in
 * every report, and the lookup rules (ordinals, parentheses, groups, punctuation) each build
 * a string: once per text instead of once per cell. Bounded like the key cache.
 */
const FACTS = new Map<string, LabelFacts>();
const FACTS_LIMIT = 20_000;

function factsOf(text: string, index: LabelIndex): LabelFacts {
  const shared = index === labelIndex();
  let facts = shared ? FACTS.get(text) : undefined;
  if (facts === undefined) {
    const key = keyOf(text);
    let found = lookupKey(index, key);
    let exact = index.exact.has(key);
    const unmarked = found ? null : withoutFootnoteMark(text);
    if (unmarked !== null) {
      const unmarkedKey = keyOf(unmarked);
      found = lookupKey(index, unmarkedKey);
      exact = found !== null && index.exact.has(unmarkedKey);
    }
    facts = { key, found, exact, prefix: index.prefixes.has(key) };
    if (shared) {
      if (FACTS.size >= FACTS_LIMIT) FACTS.clear();
      FACTS.set(text, facts);
    }
  }
  return facts;
}

/**
 * A footnote mark typed after a label (`（一）予以公开*`, `…申请数量①`, `行政许可注1`, `规章[1]`):
 * a star or reference sign, a circled or superscript digit, or a digit after 注 or inside
 * brackets. A bare digit is never a mark — it may be the row's figure glued to its label.
 */
const MARK = String.raw`(?:[*＊※†‡]{1,3}|[\u2460-\u2473]|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}|注\s*(?:\d{1,2}|[\u2460-\u2473])|[[［【〔]\s*(?:注\s*)?\d{1,2}\s*[\]］】〕])`;
const FOOTNOTE_MARK = new RegExp(String.raw`[ \u3000]*${MARK}$`, 'u');
/** Last characters a footnote mark can end with: a cheap test before {@link FOOTNOTE_MARK}. */
const MARK_END = /[*＊※†‡\u2460-\u2473\u00b9\u00b2\u00b3\u2070-\u2079\d\]］】〕]$/u;

/** A footnote mark on its own (`*`, `①`, `¹`, `注1`, `[1]`), as a cell's whole text. */
const MARK_ONLY = new RegExp(`^${MARK}$`, 'u');

function isMarkOnly(raw: string | undefined): boolean {
  return raw !== undefined && raw.length <= 6 && MARK_ONLY.test(raw.trim());
}

/** The text without a footnote mark at its end, or null when it ends with none. */
function withoutFootnoteMark(text: string): string | null {
  if (!MARK_END.test(text)) return null;
  const mark = FOOTNOTE_MARK.exec(text);
  return mark && mark.index > 0 ? text.slice(0, mark.index) : null;
}

/** Index of the first `(` or `（` within the length of a label, or -1. */
function openingParen(text: string): number {
  const end = Math.min(text.length, MAX_LABEL_CHARS + 1);
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 40 || code === 0xff08) return i;
  }
  return -1;
}

function matchAnnotated(
  text: string,
  index: LabelIndex,
  at: number,
): { end: number; key: string; meanings: MeaningsByFormat } | null {
  const open = openingParen(text);
  if (open <= 0) return null;
  const { found } = factsOf(text.slice(0, open), index);
  if (!found) return null;
  const meanings: MeaningsByFormat = {};
  for (const [format, list] of Object.entries(found.meanings) as [FormatId, LabelMeaning[]][]) {
    const kept = list.filter((m) => ANNOTATED.has(m.kind));
    if (kept.length > 0) meanings[format] = kept;
  }
  return Object.keys(meanings).length > 0 ? { end: at, key: found.key, meanings } : null;
}

function matchFrom(
  stream: TokenStream,
  start: number,
  index: LabelIndex,
): { end: number; key: string; meanings: MeaningsByFormat } | null {
  const { tokens } = stream;
  const first = tokens[start];
  if (!first) return null;
  let text = first.text;
  const facts = factsOf(text, index);
  const single = facts.found;
  let best = single ? { end: start, key: single.key, meanings: single.meanings } : null;
  if (first.row) {
    if (best) return best;
    // The last cell of a row whose label wrapped onto the next row, with the numbers there.
    const next = tokens[start + 1];
    const wrapped =
      facts.prefix && next && next.line !== first.line
        ? endOnRow(tokens, start + 1, text, index)
        : null;
    return wrapped ?? wrappedInRow(facts.key, start, index);
  }
  if (!facts.prefix) return best ?? wrappedAfterGap(tokens, start, index);
  for (let j = start + 1; j < tokens.length && j - start < MAX_PIECES; j += 1) {
    const piece = tokens[j];
    if (!piece || piece.cls !== 'text' || piece.text.length > MAX_PIECE_CHARS) break;
    if (piece.row) {
      // The label's last piece opens the row that holds its numbers (text extracted from a
      // PDF puts them on a wrapped label's second line): the match ends there.
      if (tokens[j - 1]?.line !== piece.line) best = endOnRow(tokens, j, text, index) ?? best;
      break;
    }
    text += piece.text;
    const joined = factsOf(text, index);
    const found = joined.exact ? joined.found : null;
    if (found) best = { end: j, key: found.key, meanings: found.meanings };
    else if (!joined.prefix) break;
  }
  // A label whose rest never follows (the capture wraps it after its numbers, or cuts it).
  return best ?? wrappedInRow(facts.key, start, index);
}

/**
 * A label that ends in the first cell of a row (token `at`), its beginning `text` on the
 * lines before: the whole label when the two make one exactly, else null.
 */
function endOnRow(
  tokens: TokenStream['tokens'],
  at: number,
  text: string,
  index: LabelIndex,
): { end: number; key: string; meanings: MeaningsByFormat } | null {
  const piece = tokens[at];
  if (!piece?.row || piece.cls !== 'text' || piece.text.length > MAX_PIECE_CHARS) return null;
  const joined = factsOf(text + piece.text, index);
  return joined.exact && joined.found
    ? { end: at, key: joined.found.key, meanings: joined.found.meanings }
    : null;
}

/** The text after the last run of two or more spaces (a column gap), or null. */
const LAST_GAP = /(?:[ \u00a0]{2,}|\u3000+)(?!.*(?:[ \u00a0]{2,}|\u3000))(.+)$/su;

/**
 * A line of two label cells aligned by spaces (`（六）其他处理    1.申请人…不补正、行政`, too few
 * cells to be read as a row) whose last cell wrapped onto the next line, which holds the
 * label's end and the numbers: the label from that last cell to the next row's first cell.
 */
function wrappedAfterGap(
  tokens: TokenStream['tokens'],
  start: number,
  index: LabelIndex,
): { end: number; key: string; meanings: MeaningsByFormat } | null {
  const first = tokens[start];
  const next = tokens[start + 1];
  if (!first || !next?.row || next.line === first.line) return null;
  const tail = LAST_GAP.exec(first.text)?.[1];
  if (tail === undefined || !factsOf(tail, index).prefix) return null;
  return endOnRow(tokens, start + 1, tail, index);
}

/** A row or column label whose end wrapped out of its table cell, by its unique beginning. */
function wrappedInRow(
  key: string,
  at: number,
  index: LabelIndex,
): { end: number; key: string; meanings: MeaningsByFormat } | null {
  const full = index.uniquePrefixes.get(key);
  const found = full === undefined ? null : lookupKey(index, full);
  return found ? { end: at, key: found.key, meanings: found.meanings } : null;
}

/** True when a token can be a cell value: blank, a number, a dash, or text that opens with a digit. */
export function isValueLike(stream: TokenStream, labels: LabelMatches, i: number): boolean {
  const token = stream.tokens[i];
  if (!token) return false;
  if (token.cls === 'blank' || token.cls === 'number' || token.cls === 'dash') return true;
  return (
    token.cls === 'text' &&
    (labels.at[i] ?? -1) < 0 &&
    token.text.length <= 30 &&
    startsNumeric(token.text)
  );
}

/** The meanings of a match in one format (empty when the label is the other format's). */
export function meaningsIn(match: LabelMatch, format: FormatId): readonly LabelMeaning[] {
  return match.meanings[format] ?? NONE;
}

const NONE: readonly LabelMeaning[] = [];
