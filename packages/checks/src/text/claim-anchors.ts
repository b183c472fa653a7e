import type { TextView } from './text-view.js';

/**
 * Claim kinds' anchors (see `ClaimKind.anchors`) as bits, and which of them each narrative
 * paragraph holds: one pass over the narrative tells every claim set which of its kinds can
 * match in which paragraph, so each paragraph is searched only with the kinds that can. V8
 * tries every alternative of a pattern at every index it reads; the applications set has
 * twenty, of which a paragraph can match three or four at most.
 */

/** Per distinct anchor string, its bit. */
const BITS = new Map<string, number>();
/** Per UTF-16 code unit, the bits of the anchor strings that hold it. */
const CHAR_BITS = new Int32Array(0x10000);
/** More anchor strings than bits: kinds beyond are searched in every paragraph. */
const MAX_BITS = 31;

/** The bits of a kind that may match anywhere (no anchors, or none left to give). */
export const EVERYWHERE = -1;

/**
 * The bit of an anchor string (each of its characters sets it in a paragraph), given once per
 * distinct string; {@link EVERYWHERE} when the bits are used up or a character is outside the
 * Basic Multilingual Plane (a paragraph's code units would not show it).
 */
export function anchorBit(anchors: string): number {
  const known = BITS.get(anchors);
  if (known !== undefined) return known;
  if (BITS.size >= MAX_BITS || [...anchors].some((ch) => ch.length !== 1)) return EVERYWHERE;
  const bit = 1 << BITS.size;
  BITS.set(anchors, bit);
  for (let i = 0; i < anchors.length; i++) {
    const c = anchors.charCodeAt(i);
    CHAR_BITS[c] = (CHAR_BITS[c] ?? 0) | bit;
  }
  return bit;
}

/** The anchor bits of a text: the OR of its characters'. */
export function anchorsIn(text: string): number {
  const bits = CHAR_BITS;
  let m = 0;
  for (let i = 0; i < text.length; i++) m |= bits[text.charCodeAt(i)] ?? 0;
  return m;
}

/** Per view, its narrative paragraphs' anchor bits, and how many strings had bits then. */
const CACHE = new WeakMap<TextView, { strings: number; bits: Int32Array }>();

/**
 * The anchor bits each narrative paragraph holds (by index in `view.narrative`), worked out
 * once per view for every claim set: one read of the narrative instead of one search per set.
 */
export function paragraphAnchors(view: TextView): Int32Array {
  const cached = CACHE.get(view);
  // A set made after the view was read (tests make their own) has bits the cache lacks.
  if (cached && cached.strings === BITS.size) return cached.bits;
  const text = view.narrativeText;
  const starts = view.narrativeStarts;
  const out = new Int32Array(starts.length);
  const bits = CHAR_BITS;
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? (starts[k + 1] ?? 0) - 1 : text.length;
    let m = 0;
    for (let i = starts[k] ?? 0; i < end; i++) m |= bits[text.charCodeAt(i)] ?? 0;
    out[k] = m;
  }
  CACHE.set(view, { strings: BITS.size, bits: out });
  return out;
}
