/**
 * @xxgk/parsers — bytes in, report + provenance + problems out.
 *
 * Public API (stable; the CLI and server call only these):
 * - `parseDocument(bytes, { fileName })`: any supported document → ParsedDocument, or throws an
 *   XxgkError with a Chinese message naming the file and the reason.
 */
export type { SourceLine, SourceCell } from './source-lines.js';
export type { SourceDocument, DocumentReader, ReadOptions } from './source-document.js';
