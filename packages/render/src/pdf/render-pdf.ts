import type { Report } from '@xxgk/model';
import { renderDocx } from '../docx/render-docx.js';
import type { RenderOptions } from '../findings.js';
import { libreOfficeMissing } from './converter-missing.js';
import { convertDocxToPdf, type ConvertOptions } from './convert-to-pdf.js';
import { findSoffice } from './find-soffice.js';

/** Options of {@link renderPdf}: the findings to mark, and how LibreOffice is found and run. */
export interface PdfRenderOptions extends RenderOptions, ConvertOptions {}

/**
 * Writes a report as a PDF in the national format: our DOCX (GB/T 9704 page and type, the
 * template's merged cells) converted by LibreOffice, with the fonts embedded so Chinese renders
 * anywhere and a text layer that reads back exactly (search and copy-paste work). Chromium's
 * print-to-PDF is not used: its text layer maps some ideographs to radical code points.
 * @throws XxgkError `converter.missing` when LibreOffice or a Chinese font is not installed,
 *   with the command that installs them.
 */
export async function renderPdf(
  report: Report,
  options: PdfRenderOptions = {},
): Promise<Uint8Array> {
  // Say that LibreOffice is missing before spending time on the DOCX.
  if (findSoffice(options) === null)
    throw libreOfficeMissing(options.soffice ?? (options.env ?? process.env).XXGK_SOFFICE);
  const docx = await renderDocx(report, options.findings ? { findings: options.findings } : {});
  return convertDocxToPdf(docx, options);
}
