import { foldsBeyondNfkc, foldText } from '@xxgk/model';

/**
 * Folds a line like `foldText` (full-width to half-width, Traditional to Simplified) but keeps
 * every character at its index, so a match found in the folded text can be quoted from the
 * original. Characters whose fold changes the length (rare ligatures) are left as they were.
 * Fast for the usual Simplified text: native NFKC only, unless a Traditional character is there.
 */
export function foldKeepLength(raw: string): string {
  // Most lines of a report's text are table cells: ASCII digits that folding cannot change.
  if (isPrintableAscii(raw)) return raw;
  const nfkc = raw.normalize('NFKC');
  if (nfkc.length === raw.length && !foldsBeyondNfkc(nfkc)) return nfkc;
  const folded = foldText(raw);
  if (folded.length === raw.length) return folded;
  return foldEachChar(raw);
}

/** Only printable ASCII and tabs (a loop: a pattern run per line costs more in the pipeline). */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 9)) return false;
  }
  return true;
}

/**
 * What each BMP code unit folds to on its own (see `foldEachChar`): 0 not known yet, 1 itself,
 * 2 something else, kept in `CHAR_FOLDS`. `foldText` of one character is pure, so it is worked
 * out once per character instead of once per occurrence.
 */
const CHAR_STATE = new Uint8Array(65536);
const CHAR_FOLDS = new Map<string, string>();

/** One character folded alone, or the character itself when its fold changes the length. */
function foldChar(ch: string): string {
  const f = foldText(ch);
  return f.length === ch.length ? f : ch;
}

/**
 * The text folded character by character (each character code point alone, as `for…of` walks
 * it), a character whose fold changes the length left as it was. Runs of characters that fold
 * to themselves are copied as slices.
 */
function foldEachChar(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) continue; // ASCII folds to itself (NFKC leaves it, no table maps it).
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) {
      const d = raw.charCodeAt(i + 1);
      ch = d >= 0xdc00 && d <= 0xdfff ? raw.slice(i, i + 2) : (raw[i] ?? '');
    } else ch = raw[i] ?? '';
    let f: string;
    if (ch.length === 1) {
      const state = CHAR_STATE[c];
      if (state === 1) continue;
      if (state === 2) f = CHAR_FOLDS.get(ch) ?? ch;
      else {
        f = foldChar(ch);
        if (f === ch) {
          CHAR_STATE[c] = 1;
          continue;
        }
        CHAR_STATE[c] = 2;
        CHAR_FOLDS.set(ch, f);
      }
    } else {
      f = foldChar(ch);
      if (f === ch) {
        i++;
        continue;
      }
    }
    out += raw.slice(from, i) + f;
    i += ch.length - 1;
    from = i + 1;
  }
  return from === 0 ? raw : out + raw.slice(from);
}
