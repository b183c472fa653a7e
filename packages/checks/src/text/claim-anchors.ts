import type { TextView } from './text-view.js';
import { memoKey } from './view-memo.js';

/**
 * Claim kinds' anchors (see `ClaimKind.anchors`) as bits, and which of them each narrative
 * paragraph holds: one pass over the narrative tells every claim set which of its kinds can
 * match in which paragraph, so each paragraph is searched only with the kinds that can. V8
 * tries every alternative of a pattern at every index it reads; the applications set has
 * twenty, of which a paragraph can match three or four at most.
 */

/**
 * A kind's anchors: characters (a string), at least one of which every match holds; or words of
 * one or two characters, at least one of which every match holds. A word is rarer than either
 * of its characters (答复 against 答 and 复, which 复议 brings into every paragraph about review).
 */
export type Anchors = string | readonly string[];

/** Per distinct anchors, its bit. */
const BITS = new Map<string, number>();
/** More distinct anchors than bits: kinds beyond are searched in every paragraph. */
const MAX_BITS = 31;
/** Per UTF-16 code unit, the bits of the anchors that name it as a character or a word. */
const CHAR_BITS = new Int32Array(0x10000);

/**
 * Two-character words, hashed into a small table: a slot holds the pair it is for (its two
 * code units as one integer) and its bits, or {@link SHARED} when two words fall in it (then
 * both of their bits: a paragraph may be searched for a kind more, never for one fewer).
 * 4096 slots, not 1024: with the claim sets' hundred-odd words, 1024 left shared slots that gave
 * the seeds' narrative 33 kind searches too many for the applications set alone (86 for 53).
 */
const PAIR_SLOTS = 4096;
const PAIR_KEY = new Int32Array(PAIR_SLOTS);
const PAIR_BITS = new Int32Array(PAIR_SLOTS);
/** A slot no word has: the pair of two NULs, never a word. */
const FREE = 0;
/** A slot two words share: every pair falling in it gets its bits. */
const SHARED = -1;

function pairSlot(a: number, b: number): number {
  return (a * 31 + b) & (PAIR_SLOTS - 1);
}

function pairKey(a: number, b: number): number {
  return (a << 16) | b;
}

/** The bits of a kind that may match anywhere (no anchors, or none left to give). */
export const EVERYWHERE = -1;

/** Anchors as the characters at least one of which every match holds (a word's, all of them). */
export function anchorChars(anchors: Anchors): string {
  return typeof anchors === 'string' ? anchors : [...new Set(anchors.join(''))].join('');
}

/**
 * The bit of some anchors (a paragraph that holds one of them gets it), given once per distinct
 * anchors; {@link EVERYWHERE} when the bits are used up, or a character is outside the Basic
 * Multilingual Plane (a paragraph's code units would not show it) or is NUL, or a word is
 * empty or longer than two characters.
 */
export function anchorBit(anchors: Anchors): number {
  const id = typeof anchors === 'string' ? `c:${anchors}` : `w:${anchors.join(' ')}`;
  const known = BITS.get(id);
  if (known !== undefined) return known;
  const words = typeof anchors === 'string' ? [...anchors] : anchors;
  const usable = words.every(
    (w) => w.length >= 1 && w.length <= 2 && [...w].length === w.length && !w.includes('\0'),
  );
  if (BITS.size >= MAX_BITS || words.length === 0 || !usable) return EVERYWHERE;
  const bit = 1 << BITS.size;
  BITS.set(id, bit);
  for (const w of words) {
    const a = w.charCodeAt(0);
    if (w.length === 1) {
      CHAR_BITS[a] = (CHAR_BITS[a] ?? 0) | bit;
      continue;
    }
    const b = w.charCodeAt(1);
    const slot = pairSlot(a, b);
    const owner = PAIR_KEY[slot] ?? FREE;
    if (owner === FREE) PAIR_KEY[slot] = pairKey(a, b);
    else if (owner !== pairKey(a, b)) PAIR_KEY[slot] = SHARED;
    PAIR_BITS[slot] = (PAIR_BITS[slot] ?? 0) | bit;
  }
  return bit;
}

/** The anchor bits of text[from..to): its characters' and its pairs of characters'. */
function bitsOf(text: string, from: number, to: number): number {
  let m = 0;
  let a = 0;
  for (let i = from; i < to; i++) {
    const b = text.charCodeAt(i);
    const slot = pairSlot(a, b);
    const owner = PAIR_KEY[slot] ?? FREE;
    m |=
      (CHAR_BITS[b] ?? 0) |
      (owner === pairKey(a, b) || owner === SHARED ? (PAIR_BITS[slot] ?? 0) : 0);
    a = b;
  }
  return m;
}

/** The anchor bits of a text. */
export function anchorsIn(text: string): number {
  return bitsOf(text, 0, text.length);
}

/** Per view, its narrative paragraphs' anchor bits, and how many anchors had bits then. */
const PARAGRAPH_BITS = memoKey<{ anchors: number; bits: Int32Array }>('paragraphAnchors');

/**
 * The anchor bits each narrative paragraph holds (by index in `view.narrative`), worked out
 * once per view for every claim set: one read of the narrative instead of one search per set.
 */
export function paragraphAnchors(view: TextView): Int32Array {
  const memo = view.memo;
  const cached = memo.get(PARAGRAPH_BITS) as { anchors: number; bits: Int32Array } | undefined;
  // A set made after the view was read (tests make their own) has bits the cache lacks.
  if (cached && cached.anchors === BITS.size) return cached.bits;
  const text = view.narrativeText;
  const starts = view.narrativeStarts;
  const out = new Int32Array(starts.length);
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? (starts[k + 1] ?? 0) - 1 : text.length;
    out[k] = bitsOf(text, starts[k] ?? 0, end);
  }
  memo.set(PARAGRAPH_BITS, { anchors: BITS.size, bits: out });
  return out;
}
