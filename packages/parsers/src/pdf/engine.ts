import { XxgkError } from '@xxgk/model';
import { readWithPdfJs } from './pdfjs-engine.js';
import { findPdftotext, PopplerFailure, readWithPoppler } from './poppler-engine.js';
import type { PdfEngine, PdfText } from './types.js';

/** Which engine to read positions with: a fixed one, or 'auto' (poppler when installed). */
export type PdfEngineChoice = PdfEngine | 'auto';

/** The engine asked for by `XXGK_PDF_ENGINE` (pdfjs | poppler), or 'auto'. */
export function engineFromEnv(env: NodeJS.ProcessEnv = process.env): PdfEngineChoice {
  const v = env.XXGK_PDF_ENGINE?.trim().toLowerCase();
  if (v === 'pdfjs' || v === 'pdf.js') return 'pdfjs';
  if (v === 'poppler' || v === 'pdftotext') return 'poppler';
  return 'auto';
}

/** Options of {@link readPdfText}. */
export interface ReadPdfTextOptions {
  /** Engine for positions; defaults to `XXGK_PDF_ENGINE`, else poppler when installed. */
  engine?: PdfEngineChoice;
  fileName?: string;
  /** Where `pdftotext` is (default: looked up on PATH); null acts as if poppler were absent. */
  pdftotext?: string | null;
}

/**
 * Reads the positioned text of a PDF. Poppler's `pdftotext -bbox-layout` is much faster and is
 * used when installed (or when asked for); pdf.js is the portable default. Whatever poppler
 * cannot read (no text, encryption, damage) goes to pdf.js, which explains it in Chinese.
 */
export async function readPdfText(
  bytes: Uint8Array,
  options: ReadPdfTextOptions = {},
): Promise<PdfText> {
  const choice = options.engine ?? engineFromEnv();
  if (choice !== 'pdfjs') {
    const exe = options.pdftotext === undefined ? findPdftotext() : options.pdftotext;
    if (exe) {
      try {
        return await readWithPoppler(bytes, exe);
      } catch (e) {
        if (!(e instanceof PopplerFailure)) throw e;
      }
    } else if (choice === 'poppler') {
      throw new XxgkError(
        'converter.missing',
        '未找到 pdftotext：请安装 poppler-utils（例如 apt-get install poppler-utils），或设置 XXGK_PDF_ENGINE=pdfjs 改用内置的 pdf.js',
      );
    }
  }
  return readWithPdfJs(bytes, { fileName: options.fileName });
}
