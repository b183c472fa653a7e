/**
 * @xxgk/parsers — bytes in, report + provenance + problems out.
 *
 * Public API (stable; the CLI and server call only these):
 * - `parseDocument(bytes, { fileName })`: any supported document → ParsedDocument, or throws an
 *   XxgkError with a Chinese message naming the file and the reason.
 * - `parseText(text, { fileName })`: the same for text already decoded.
 * - `readReport(doc)`: a SourceDocument (what every reader produces) → ParsedDocument.
 * - `READERS`: the registry of document readers, tried in order.
 * - `textReader`, `textToSourceDocument(text)`: the plain-text reader and its layout, for
 *   readers that find plain text inside their container (HTML <pre>, DOCX altChunk).
 */
export type { SourceLine, SourceCell } from './source-lines.js';
export type { SourceDocument, DocumentReader, ReadOptions } from './source-document.js';
export { parseDocument, parseText } from './parse-document.js';
export { readReport } from './report-reader/index.js';
export { READERS } from './readers.js';
export { textReader, textToSourceDocument } from './text/index.js';
export * from './proactive-register/index.js';
