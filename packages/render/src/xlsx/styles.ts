import type { Alignment, Borders, Fill, Font } from 'exceljs';
import type { Severity } from '@xxgk/model';

/**
 * Fonts, borders and fills of the workbook. The template prints its tables in 宋体 and the
 * headings in 黑体 (GB/T 9704); charset 134 (GB2312) makes Excel pick a Chinese face when the
 * named one is missing, and the PDF path aliases the names to Noto CJK SC.
 */
export const FONT_BODY: Partial<Font> = { name: '宋体', size: 10.5, charset: 134 };
/** Sheet titles: the section heading, in 黑体 as the template's headings. */
export const FONT_TITLE: Partial<Font> = { name: '黑体', size: 14, charset: 134 };
/** Column headers of the findings and information sheets. */
export const FONT_HEADER: Partial<Font> = { ...FONT_BODY, bold: true };

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
/** The template draws every cell of its tables with a thin black border. */
export const BORDER_ALL: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Header, caption and number cells: centred like the template. */
export const ALIGN_CENTER: Partial<Alignment> = {
  horizontal: 'center',
  vertical: 'middle',
  wrapText: true,
};
/** Row labels and running text. */
export const ALIGN_LEFT: Partial<Alignment> = {
  horizontal: 'left',
  vertical: 'middle',
  wrapText: true,
};
/** Long paragraphs read from the top of their cell. */
export const ALIGN_TOP_LEFT: Partial<Alignment> = {
  horizontal: 'left',
  vertical: 'top',
  wrapText: true,
};

/** Light fills that mark a cell a finding names, by severity (the usual Excel palette). */
export const SEVERITY_FILLS: Readonly<Record<Severity, Fill>> = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
  info: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
};

/** Height in points of one wrapped line of {@link FONT_BODY}, and the cell's vertical padding. */
export const LINE_HEIGHT = 14;
/** Vertical padding in points added to every estimated row height. */
export const ROW_PADDING = 6;
/** Excel refuses rows taller than this many points. */
export const MAX_ROW_HEIGHT = 409;

/** Row height in points for a number of wrapped lines of body text. */
export function rowHeightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
}
