import type { DocumentReader } from './source-document.js';
import { docxReader } from './docx/index.js';
import { htmlReader } from './html/index.js';
import { pdfReader } from './pdf/index.js';
import { textReader } from './text/index.js';

/** How far into a file the PDF reader looks for its `%PDF-` signature (see isPdf). */
const PDF_SIGNATURE_WINDOW = 1024;

/**
 * The PDF reader, asked only about bytes with a `%` where its `%PDF-` signature could start.
 * Its own sniff compares the signature at each of the first 1,024 offsets, a cost every text
 * and HTML document paid before being read; one native search for `%` rules nearly all of
 * them out, and any file it lets through is judged by the PDF reader exactly as before.
 */
const pdfFirst: DocumentReader = {
  kind: pdfReader.kind,
  sniff(bytes, fileName) {
    const percent = bytes.indexOf(0x25);
    return percent >= 0 && percent <= PDF_SIGNATURE_WINDOW && pdfReader.sniff(bytes, fileName);
  },
  read: (bytes, options) => pdfReader.read(bytes, options),
};

/**
 * The document readers, tried in order: the first whose `sniff` accepts the bytes reads them.
 * Readers of container formats (HTML, DOCX, PDF) register here, one line each, above the text
 * reader; plain text accepts any bytes that are not binary, so it must stay last.
 */
export const READERS: readonly DocumentReader[] = [
  // ↓ register container-format readers here (html/, docx/, pdf/), most specific first
  pdfFirst,
  docxReader,
  htmlReader,
  textReader,
];
