/**
 * @xxgk/render — a report out to the formats people read: HTML in the national format (with
 * the template's merged cells), Markdown, JSON; DOCX/XLSX/PDF writers register in the same
 * output-format registry. The text writers are pure; the PDF writer runs LibreOffice.
 */
export * from './core.js';
export * from './docx/index.js';
export * from './xlsx/index.js';
export * from './pdf/index.js';
export * from './notice/index.js';
