import type { DocumentReader, ReadOptions, SourceDocument } from '../source-document.js';
import type { SourceLine } from '../source-lines.js';
import { readPdfText, type ReadPdfTextOptions } from './engine.js';
import { layoutPages } from './layout.js';
import { withClippedFiguresMarked } from './clipped-figure.js';
import type { LaidLine } from './layout-types.js';

/** Options of {@link readPdfLines}: the engine (default `XXGK_PDF_ENGINE`, else auto). */
export type ReadPdfOptions = ReadPdfTextOptions;

/**
 * A PDF's text layer as SourceLines: paragraphs as `text` lines, table rows as `row` lines
 * (labels joined, values one cell per column), with provenance {page, line, table, row, col}.
 * Throws `input.scanned` for a scan, `input.unreadable` for an encrypted or damaged file.
 */
export async function readPdfLines(
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<SourceLine[]> {
  const text = await readPdfText(bytes, options);
  return toSourceLines(layoutPages(withClippedFiguresMarked(text.pages)));
}

function toSourceLines(laid: readonly LaidLine[]): SourceLine[] {
  return laid.map((l, i) => {
    const line = i + 1;
    return {
      kind: l.kind,
      line,
      cells: l.cells.map((c, col) => ({
        text: c.text,
        source: {
          page: c.page,
          line,
          ...(l.table !== undefined ? { table: l.table, row: l.row, col } : {}),
          text: c.text,
        },
        ...(c.spanned ? { spanned: true } : {}),
      })),
    };
  });
}

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True for PDF bytes: `%PDF-` within the first KiB (some files carry junk before it). */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) {
    if (MAGIC.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** The PDF reader: text layer with positions → lines and table rows. */
export const pdfReader: DocumentReader = {
  kind: 'pdf',
  sniff: (bytes) => isPdf(bytes),
  async read(bytes: Uint8Array, options: ReadOptions): Promise<SourceDocument> {
    const lines = await readPdfLines(bytes, { fileName: options.fileName });
    return { source: 'pdf', lines };
  },
};
