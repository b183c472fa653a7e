/** A cell of a rebuilt line, before it gets its line number. */
export interface LaidCell {
  text: string;
  page: number;
  /** A copy of a label that spans several rows (the original is in the span's first row). */
  spanned?: boolean;
}

/** A rebuilt line of the document: a paragraph line, a header row or a table row. */
export interface LaidLine {
  kind: 'text' | 'row';
  cells: LaidCell[];
  /** Position in document space, to put the lines in reading order. */
  y: number;
  /** 0-based table the line belongs to. */
  table?: number;
  /** 0-based row within that table. */
  row?: number;
  /** Extent and size of a line of running text (to join it with the next into a paragraph). */
  box?: { page: number; x0: number; x1: number; em: number };
}
