/**
 * The DOCX reader: Word, WPS and LibreOffice documents into SourceLines, under limits that
 * keep hostile archives out.
 */
export { docxReader, readDocx } from './docx-reader.js';
export { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipLimits } from './zip.js';
