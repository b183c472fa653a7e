/**
 * What a PDF text engine (pdf.js or poppler) hands to the layout builder: runs of text with
 * their boxes in display space (points, origin at the top-left of the page, y growing down).
 * Both engines produce this same shape so that one builder serves both.
 */
export interface TextRun {
  /** 1-based page number. */
  page: number;
  /** The text as the engine read it (may contain spaces; folded later). */
  text: string;
  /** Left edge of the run. */
  x0: number;
  /** Right edge of the run. */
  x1: number;
  /** Vertical centre of the run's glyph box. */
  yc: number;
  /**
   * Font size when the engine knows it (pdf.js); used only to place the spaces inside a run.
   * Poppler's words contain no spaces, so it leaves this out.
   */
  size?: number;
}

/** One page of positioned text. */
export interface PdfPage {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
}

/** The PDF text engines xxgk can read positions with. */
export type PdfEngine = 'pdfjs' | 'poppler';

/** The positioned text of a whole PDF, as one engine read it. */
export interface PdfText {
  engine: PdfEngine;
  pages: PdfPage[];
}
