import type { SectionKey } from './formats/types.js';
import type { Report } from './report.js';

/** Where a value or a piece of text came from in the source document, so the UI can point at it. */
export interface Provenance {
  /** 1-based line in the document's plain text (`ParsedDocument.text`). */
  line?: number;
  /** 0-based index of the table in the document (HTML, DOCX, PDF). */
  table?: number;
  /** 0-based row in the table's expanded grid. */
  row?: number;
  /** 0-based column in the table's expanded grid. */
  col?: number;
  /** 1-based page (PDF). */
  page?: number;
  /** The raw text of the cell as printed. */
  text: string;
}

/** A section heading as found in the document. */
export interface Heading {
  /** The section it opens, or null if it looks like a heading but names no known section. */
  key: SectionKey | null;
  /** Ordinal as printed: 一 … 六 (or what the document printed). */
  ordinal: string;
  /** The heading text as printed, without its ordinal. */
  text: string;
  /** 1-based line in `ParsedDocument.text`. */
  line: number;
  /** True when the text is the standard heading or a known variant. */
  standard: boolean;
}

/** Something the reader could not make sense of; the rest of the document is still read. */
export interface ParseProblem {
  /** Stable code, e.g. `table.unknown-row`. */
  code: string;
  /** Chinese explanation. */
  message: string;
  line?: number;
}

/**
 * The line a reader writes into `ParsedDocument.text` where the document shows a picture (an
 * HTML `<img>`). Some sites publish a report's tables as images; the picture's place in the
 * text lets a checker tell a table printed as a picture (which it cannot read) from a table
 * left out (which the format forbids).
 */
export const IMAGE_LINE = '［图片］';

/** What reading a document yields: the report, where each cell came from, and what was odd. */
export interface ParsedDocument {
  report: Report;
  /** Cell path → where its value was read. */
  provenance: Record<string, Provenance>;
  problems: ParseProblem[];
  /** The document as plain text, one line per paragraph / table row; line numbers refer to it. */
  text: string;
  /** Section headings in document order. */
  outline: Heading[];
  /** The detected source kind. */
  source: 'text' | 'html' | 'docx' | 'pdf' | 'json';
}
