import { isDigitCode } from '../figure-chars.js';
import type { PdfPage } from './types.js';

/** How far past the page's edge a run may reach before its glyphs are taken to be clipped. */
const EDGE_TOLERANCE = 0.5;

/**
 * The pages with every figure that runs past the page's left or right edge marked as cut
 * (`14…`). A table wider than its page (an HTML table converted without widths) prints its last
 * column clipped at the edge: the engine keeps the digits before the edge (`14` of `14069`),
 * and a cell read from them would be wrong and raise arithmetic errors no reviewer could
 * trust. Marked, the cell reads as blank, its text kept as a note — as a figure cut at the end
 * of a partial capture is left out (cut-figure.ts).
 */
export function withClippedFiguresMarked(pages: readonly PdfPage[]): PdfPage[] {
  return pages.map((page) => {
    let marked: PdfPage['runs'] | null = null;
    page.runs.forEach((run, i) => {
      const clipped = run.x1 > page.width + EDGE_TOLERANCE || run.x0 < -EDGE_TOLERANCE;
      if (!clipped || !isDigitCode(run.text.charCodeAt(run.text.length - 1))) return;
      marked ??= [...page.runs];
      marked[i] = { ...run, text: `${run.text}…` };
    });
    return marked ? { ...page, runs: marked } : page;
  });
}
