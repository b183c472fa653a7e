import type { DocumentReader } from './source-document.js';
import { docxReader } from './docx/index.js';
import { htmlReader } from './html/index.js';
import { pdfReader } from './pdf/index.js';
import { textReader } from './text/index.js';

/**
 * The document readers, tried in order: the first whose `sniff` accepts the bytes reads them.
 * Readers of container formats (HTML, DOCX, PDF) register here, one line each, above the text
 * reader; plain text accepts any bytes that are not binary, so it must stay last.
 */
export const READERS: readonly DocumentReader[] = [
  // ↓ register container-format readers here (html/, docx/, pdf/), most specific first
  pdfReader,
  docxReader,
  htmlReader,
  textReader,
];
