import { foldText } from '@xxgk/model';

/** Kangxi radicals and CJK radical supplements: what browser-printed PDFs map ideographs to. */
const RADICALS = /[\u2e80-\u2fdf]/gu;
/** Characters that carry nothing: controls, zero-width marks, soft hyphens, byte-order marks. */
const INVISIBLE = /[\p{Cc}\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/**
 * Normalises the text of a PDF run: radical code points (⼈ for 人, ⺠ for 民) become the
 * ideographs they stand for (via the model's `foldText`), invisible characters go. Everything
 * else is kept as printed, so narrative text keeps its full-width punctuation.
 */
export function foldPdfText(text: string): string {
  return text.replace(INVISIBLE, '').replace(RADICALS, (ch) => foldText(ch));
}
