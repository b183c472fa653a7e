import { foldText } from '@xxgk/model';

/**
 * Folds a line like `foldText` (full-width to half-width, Traditional to Simplified) but keeps
 * every character at its index, so a match found in the folded text can be quoted from the
 * original. Characters whose fold changes the length (rare ligatures) are left as they were.
 */
export function foldKeepLength(raw: string): string {
  const folded = foldText(raw);
  if (folded.length === raw.length) return folded;
  let out = '';
  for (const ch of raw) {
    const f = foldText(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}
