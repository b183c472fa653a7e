import type { ParsedDocument } from '@xxgk/model';
import type { SourceLine } from './source-lines.js';

/** A document turned into lines by one of the readers, before the report is read from it. */
export interface SourceDocument {
  source: ParsedDocument['source'];
  /** The document as lines of cells (see {@link SourceLine}). */
  lines: SourceLine[];
  /** Metadata the container states outside the text (e.g. an HTML <title>, DOCX core props). */
  hints?: { title?: string; publishedOn?: string };
}

/** Options every reader accepts. */
export interface ReadOptions {
  /** Shown in error messages; never opened (readers take bytes, never paths). */
  fileName?: string;
}

/** A reader of one kind of document: recognises its bytes and turns them into lines. */
export interface DocumentReader {
  kind: ParsedDocument['source'];
  /** True when these bytes (and name) are this reader's kind of document. */
  sniff(bytes: Uint8Array, fileName?: string): boolean;
  read(bytes: Uint8Array, options: ReadOptions): Promise<SourceDocument>;
}
