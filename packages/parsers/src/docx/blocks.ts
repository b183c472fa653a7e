/**
 * The body of a DOCX reduced to what a report reader needs: paragraphs (text, with list labels
 * resolved) and tables (cells with their merge properties, before expansion into a grid).
 */
export type Block = DocParagraph | DocTable | DocChunk;

/** A paragraph; `w:br` breaks are kept as `\n` in its text. */
export interface DocParagraph {
  kind: 'paragraph';
  /** The list label (一、, （三）, 1.) followed by the paragraph's text. */
  text: string;
  /** Content of text boxes anchored in this paragraph, read after it. */
  anchored: Block[];
}

/** A table as written: rows of cells with their own spans and merge marks. */
export interface DocTable {
  kind: 'table';
  rows: DocRow[];
}

/** One `w:tr`. */
export interface DocRow {
  cells: DocCell[];
  /** Grid columns left empty before the first cell (`w:gridBefore`). */
  gridBefore: number;
}

/** One `w:tc`. */
export interface DocCell {
  blocks: Block[];
  /** Grid columns the cell covers (`w:gridSpan`). */
  span: number;
  /** `w:vMerge`: restart opens a vertical merge, continue extends the one above. */
  vMerge: 'restart' | 'continue' | null;
  /** Legacy horizontal merge (`w:hMerge`), continue cells extend the cell to their left. */
  hMerge: 'restart' | 'continue' | null;
}

/**
 * `w:altChunk`: a whole document imported by reference (HTML, MHT, another DOCX), as
 * "export to Word" tools write it; read by its own reader where it stands.
 */
export interface DocChunk {
  kind: 'chunk';
  /** Relationship id of the imported part. */
  relId: string;
}
