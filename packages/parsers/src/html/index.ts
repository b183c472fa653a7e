/** The HTML reader: web pages and Word-exported HTML → source lines. */
export { htmlReader, readHtml } from './html-reader.js';
export { sniffHtml } from './sniff-html.js';
export { expandGrid, type GridCell, type RawCell } from './table-grid.js';
