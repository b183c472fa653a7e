/** What a cell of a national table holds, which decides how each writer draws it. */
export type LayoutCellKind =
  /** A caption row of a section 二 sub-table, e.g. 第二十条第（一）项. */
  | 'caption'
  /** A column header (信息内容, 自然人, 结果维持 …). */
  | 'header'
  /** The top-left note of table 三 (本列数据的勾稽关系为 …). */
  | 'note'
  /** A row label or a row-group label (一、本年新收…, （三）不予公开, 1.属于国家秘密). */
  | 'label'
  /** A number cell of the report, addressed by its cell path. */
  | 'data';

/**
 * One printed cell of a table grid. Cells covered by another cell's span are not listed
 * (as in HTML); the spans say how far each cell reaches right and down.
 */
export interface LayoutCell {
  kind: LayoutCellKind;
  /** Printed text of a caption, header, note or label cell; empty for data cells. */
  text: string;
  /** Cell path of a data cell, e.g. `applications.withheld.stateSecret.total`. */
  path?: string;
  /** Rows the cell covers (1 when omitted). */
  rowSpan?: number;
  /** Grid columns the cell covers (1 when omitted). */
  colSpan?: number;
}

/** Identifier of the three national tables. */
export type LayoutTableId = 'proactive' | 'applications' | 'review';

/**
 * A national table as a grid with merged cells, generated from the format data so that the
 * HTML, DOCX, XLSX and PDF writers all draw the template's exact structure.
 */
export interface TableLayout {
  id: LayoutTableId;
  /** Width of the grid in columns. */
  columns: number;
  /** Leading rows that are headers (repeated on each printed page). */
  headerRows: number;
  /** The rows, each listing only the cells that start in it. */
  rows: LayoutCell[][];
  /**
   * Row indices where a sub-table starts (section 二 has one per Article 20 item); writers may
   * use them to keep a sub-table together.
   */
  groupStarts: number[];
}
