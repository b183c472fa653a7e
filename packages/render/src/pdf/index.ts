/**
 * PDF output: our DOCX (or XLSX) converted by LibreOffice in headless mode, with the government
 * font names mapped to Noto CJK SC. Needs LibreOffice on the machine; says how to install it
 * when it is missing.
 */
export {
  convertToPdf,
  convertDocxToPdf,
  LIBREOFFICE_INSTALL_HINT,
  type ConvertOptions,
  type ConvertibleKind,
} from './convert-to-pdf.js';
export { findSoffice, DEFAULT_SOFFICE_LOCATIONS, type SofficeLookup } from './find-soffice.js';
export { XXGK_FONTCONFIG_FILE } from './fontconfig.js';
