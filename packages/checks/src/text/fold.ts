import { foldText, TRADITIONAL_TO_SIMPLIFIED } from '@xxgk/model';

const ASCII = /^[\x20-\x7e\t]*$/u;
/**
 * Characters NFKC leaves alone but `foldText` changes (radical supplements, Traditional), as a
 * table indexed by UTF-16 code unit: one array read per character, where a regular expression
 * with a 1,300-character class costs a search per character.
 */
const BEYOND_NFKC = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0x2e80; c <= 0x2ef3; c++) table[c] = 1;
  for (const ch of TRADITIONAL_TO_SIMPLIFIED.keys()) table[ch.charCodeAt(0)] = 1;
  return table;
})();

function beyondNfkc(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (BEYOND_NFKC[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Folds a line like `foldText` (full-width to half-width, Traditional to Simplified) but keeps
 * every character at its index, so a match found in the folded text can be quoted from the
 * original. Characters whose fold changes the length (rare ligatures) are left as they were.
 * Fast for the usual Simplified text: native NFKC only, unless a Traditional character is there.
 */
export function foldKeepLength(raw: string): string {
  // Most lines of a report's text are table cells: ASCII digits that folding cannot change.
  if (ASCII.test(raw)) return raw;
  const nfkc = raw.normalize('NFKC');
  if (nfkc.length === raw.length && !beyondNfkc(nfkc)) return nfkc;
  const folded = foldText(raw);
  if (folded.length === raw.length) return folded;
  let out = '';
  for (const ch of raw) {
    const f = foldText(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}
