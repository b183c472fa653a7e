/**
 * @xxgk/render — a report out to the formats people read: HTML in the national format (with
 * the template's merged cells), Markdown, JSON; DOCX/XLSX/PDF writers register in the same
 * output-format registry. Pure: no I/O.
 */
export { renderHtml } from './html/render-html.js';
export { REPORT_CSS } from './html/styles.js';
export { renderMarkdown } from './markdown/render-markdown.js';
export { renderJson, orderReport } from './json/render-json.js';
export {
  OUTPUT_FORMATS,
  getOutputFormat,
  registerOutputFormat,
  type OutputFormat,
} from './registry.js';
export {
  SEVERITY_LABELS,
  sortFindings,
  findingsByCell,
  findingCellLabels,
  countBySeverity,
  type RenderOptions,
} from './findings.js';
export { cellText, formatNumber } from './cell-text.js';
export { reportTitle, sectionHeading, paragraphs } from './document-parts.js';
export { escapeHtml, escapeMarkdownInline, escapeMarkdownLine } from './escape.js';
export * from './layout/index.js';
export { layoutGrid, type GridSlot } from './layout/grid.js';
export * from './docx/index.js';
export * from './xlsx/index.js';
export * from './pdf/index.js';
