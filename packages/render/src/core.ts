/**
 * @xxgk/render/core — the light part of @xxgk/render: HTML, Markdown and JSON writers, the
 * table layouts, findings helpers and the output-format registry, without the DOCX/XLSX/PDF
 * writers (whose libraries take a second to load). Commands that only print text import this.
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
// The table layouts are part of the format data (@xxgk/model); re-exported here so writers'
// callers keep one import for drawing a table.
export {
  APPLICANT_HEADER,
  applicationsLayout,
  layoutGrid,
  proactiveLayout,
  reviewLayout,
  tableLayouts,
  type GridSlot,
  type LayoutCell,
  type LayoutCellKind,
  type LayoutTableId,
  type TableLayout,
} from '@xxgk/model';
