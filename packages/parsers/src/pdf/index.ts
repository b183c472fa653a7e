/**
 * The PDF reader. `pdfReader` registers with the document readers; `readPdfLines` is the
 * same reading as a function (the benchmark calls it with a fixed engine).
 */
export { pdfReader, readPdfLines, isPdf, type ReadPdfOptions } from './pdf-reader.js';
export {
  readPdfText,
  engineFromEnv,
  type PdfEngineChoice,
  type ReadPdfTextOptions,
} from './engine.js';
export { findPdftotext } from './poppler-engine.js';
export type { PdfEngine, PdfPage, PdfText, TextRun } from './types.js';
