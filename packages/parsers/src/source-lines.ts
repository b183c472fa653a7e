import type { Provenance } from '@xxgk/model';

/** One cell of a source line: its text and where it came from. */
export interface SourceCell {
  text: string;
  source: Provenance;
  /** True for a copy made by expanding a rowspan/colspan (the original is elsewhere). */
  spanned?: boolean;
}

/**
 * The common intermediate every reader produces and the report reader consumes: the document
 * as lines, each a list of cells. A plain-text line is one cell (or several when the layout
 * separates cells with pipes or tabs); a table row from HTML, DOCX or PDF is one line whose
 * cells are the row's cells in column order (`kind: 'row'`).
 */
export interface SourceLine {
  kind: 'text' | 'row';
  cells: SourceCell[];
  /** 1-based line number in the document's plain text. */
  line: number;
}
