/**
 * PDF output: our DOCX (or XLSX) converted by LibreOffice in headless mode, with the government
 * font names mapped to Noto CJK SC. Needs LibreOffice on the machine; says how to install it
 * when it is missing.
 */
import { registerOutputFormat } from '../registry.js';
import { renderPdf } from './render-pdf.js';

export {
  convertToPdf,
  convertManyToPdf,
  convertDocxToPdf,
  type ConvertOptions,
  type ConvertibleKind,
} from './convert-to-pdf.js';
export { LIBREOFFICE_INSTALL_HINT, libreOfficeMissing } from './converter-missing.js';
export { findSoffice, DEFAULT_SOFFICE_LOCATIONS, type SofficeLookup } from './find-soffice.js';
export { xxgkFontconfigFile } from './fontconfig.js';
export { renderPdf, type PdfRenderOptions } from './render-pdf.js';

registerOutputFormat({
  id: 'pdf',
  label: 'PDF（国家格式，由 LibreOffice 转换生成，需安装 LibreOffice）',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: (report, options) => renderPdf(report, options),
});
