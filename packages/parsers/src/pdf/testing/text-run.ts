import type { TextRun } from '../types.js';

/**
 * A run of `text` whose left edge is at `x0` and whose baseline centre is at `yc`, sized as a
 * PDF text extractor reports it: ideographs and full-width forms one em wide, other
 * characters half an em. Tests lay out pages from these without writing a PDF.
 */
export function textRun(text: string, x0: number, yc: number, size: number, page = 1): TextRun {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? size : size / 2;
  return { page, text, x0, x1: x0 + w, yc, size };
}
