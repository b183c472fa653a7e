import { foldText } from '@xxgk/model';

/** Kangxi radicals and CJK radical supplements: what browser-printed PDFs map ideographs to. */
const RADICALS = /[\u2e80-\u2fdf]/gu;
/** Characters that carry nothing: controls, zero-width marks, soft hyphens, byte-order marks. */
const INVISIBLE = /[\p{Cc}\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/**
 * CJK Radicals Supplement code points drawn with the very glyph of an ideograph in Chinese
 * fonts (Noto/Source Han, 思源), so a PDF's text layer may name either: the ones `foldText`
 * does not know yet. NFKC folds the Kangxi block (⼈ → 人) but none of these.
 */
const WHOLE_CHARACTER_RADICALS: ReadonlyMap<string, string> = new Map([
  ['\u2e9c', '日'],
  ['\u2e9d', '月'],
  ['\u2ea9', '王'],
  ['\u2eac', '示'],
  ['\u2ec4', '西'],
  ['\u2ed1', '長'],
  ['\u2ed8', '青'],
  ['\u2ed9', '韦'],
  ['\u2ee6', '鸟'],
  ['\u2ee7', '卤'],
  ['\u2eea', '黾'],
  ['\u2eee', '齿'],
]);

/**
 * Normalises the text of a PDF run: radical code points (⼈ for 人, ⺠ for 民, ⻘ for 青) become
 * the ideographs they stand for (via the model's `foldText` and the table above), invisible
 * characters go. Everything else is kept as printed, so narrative text keeps its full-width
 * punctuation.
 */
export function foldPdfText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(RADICALS, (ch) => WHOLE_CHARACTER_RADICALS.get(ch) ?? foldText(ch));
}
