import type { DocumentReader } from './source-document.js';
import { docxReader } from './docx/index.js';
import { htmlReader } from './html/index.js';
import { pdfReader } from './pdf/index.js';
import { textReader } from './text/index.js';

/** How far into a file the PDF reader looks for its `%PDF-` signature (see isPdf). */
const PDF_SIGNATURE_WINDOW = 1024;

/** `PDF-`, the bytes after the `%` that opens a PDF's signature. */
const PDF_AFTER_PERCENT = [0x50, 0x44, 0x46, 0x2d];

/** True when some `%` in the signature window is followed by `PDF-`. */
function hasPdfSignature(bytes: Uint8Array): boolean {
  for (
    let at = bytes.indexOf(0x25);
    at >= 0 && at <= PDF_SIGNATURE_WINDOW;
    at = bytes.indexOf(0x25, at + 1)
  )
    if (PDF_AFTER_PERCENT.every((b, i) => bytes[at + 1 + i] === b)) return true;
  return false;
}

/**
 * The PDF reader, asked only about bytes with `%PDF-` where its signature could start. Its
 * own sniff compares the signature at each of the first 1,024 offsets, a cost every text and
 * HTML document paid before being read (an HTML page's CSS has a `%` in its first kilobyte:
 * `width: 100%`); native searches for `%` rule nearly all of them out, and any file they let
 * through is judged by the PDF reader exactly as before.
 */
const pdfFirst: DocumentReader = {
  kind: pdfReader.kind,
  sniff(bytes, fileName) {
    return hasPdfSignature(bytes) && pdfReader.sniff(bytes, fileName);
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
