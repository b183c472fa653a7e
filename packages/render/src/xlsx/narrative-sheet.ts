import type { Worksheet } from 'exceljs';
import { cellLabel, getFormat, type Report } from '@xxgk/model';
import { paragraphs, reportTitle, sectionHeading, sectionText } from '../document-parts.js';
import { setUpPage } from './page-setup.js';
import {
  ALIGN_LEFT,
  ALIGN_TOP_LEFT,
  BORDER_ALL,
  FONT_BODY,
  FONT_HEADER,
  FONT_TITLE,
  rowHeightFor,
} from './styles.js';
import { displayWidth, wrappedLines } from './text-width.js';

/** Widths of the two columns: item names, and values / running text. */
const LABEL_WIDTH = 16;
const TEXT_WIDTH = 84;
/** Paragraphs span both columns. */
const PARAGRAPH_WIDTH = LABEL_WIDTH + TEXT_WIDTH;
/**
 * Longest piece of a paragraph put in one cell, in display units: about 24 wrapped lines, so a
 * row stays under Excel's 409-point limit and prints whole.
 */
export const MAX_CELL_UNITS = 24 * (PARAGRAPH_WIDTH - 1);

/** One metadata item of the sheet: name and value as written. */
export interface MetadataItem {
  label: string;
  value: string | number | null;
}

/** The report's metadata as the sheet lists it, in this order. */
export function reportMetadata(report: Report): MetadataItem[] {
  const def = getFormat(report.format);
  const items: MetadataItem[] = [
    { label: '标题', value: report.title },
    { label: '发布机关', value: report.agency },
    { label: '报告年度', value: report.year },
    { label: '统计期限', value: report.period?.text ?? null },
    { label: '发布日期', value: report.publishedOn },
    { label: '报告格式', value: `${def.name}（${def.issuedBy}）` },
  ];
  if (
    report.titleYear !== undefined &&
    report.titleYear !== null &&
    report.titleYear !== report.year
  )
    items.push({ label: '标题所示年度', value: report.titleYear });
  return items;
}

/**
 * Splits a paragraph into pieces of at most `maxUnits` display units, after a sentence end
 * (。！？；) where one falls in the second half of a piece, else at the limit. Joining the
 * pieces gives the paragraph back.
 */
export function splitParagraph(text: string, maxUnits: number): string[] {
  const pieces: string[] = [];
  let rest = [...text];
  while (displayWidth(rest.join('')) > maxUnits) {
    let units = 0;
    let cut = 0;
    let sentenceCut = 0;
    for (let i = 0; i < rest.length; i += 1) {
      const ch = rest[i] ?? '';
      units += displayWidth(ch);
      if (units > maxUnits) break;
      cut = i + 1;
      if ('。！？；'.includes(ch) && units > maxUnits / 2) sentenceCut = i + 1;
    }
    const at = sentenceCut > 0 ? sentenceCut : Math.max(1, cut);
    pieces.push(rest.slice(0, at).join(''));
    rest = rest.slice(at);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest.join(''));
  return pieces;
}

/**
 * The report's metadata (title, agency, year, period, date, format), then the six sections
 * in order with their text one paragraph per row (the table sections point at their sheets),
 * then the raw text of every cell that was not a plain number.
 */
export function writeNarrativeSheet(
  sheet: Worksheet,
  report: Report,
  tableSheetNames: Readonly<Record<string, string>>,
): void {
  sheet.getColumn(1).width = LABEL_WIDTH;
  sheet.getColumn(2).width = TEXT_WIDTH;
  let row = 1;
  const fullWidth = (text: string, font = FONT_BODY, height?: number): void => {
    sheet.mergeCells(row, 1, row, 2);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = ALIGN_TOP_LEFT;
    sheet.getRow(row).height = height ?? rowHeightFor(wrappedLines(text, PARAGRAPH_WIDTH));
    row += 1;
  };
  const pair = (label: string, value: string | number | null): void => {
    const name = sheet.getCell(row, 1);
    name.value = label;
    name.font = FONT_HEADER;
    name.alignment = ALIGN_LEFT;
    name.border = BORDER_ALL;
    const cell = sheet.getCell(row, 2);
    cell.value = value;
    cell.font = FONT_BODY;
    cell.alignment = ALIGN_LEFT;
    cell.border = BORDER_ALL;
    const text = value === null ? '' : String(value);
    sheet.getRow(row).height = rowHeightFor(
      Math.max(wrappedLines(label, LABEL_WIDTH), wrappedLines(text, TEXT_WIDTH)),
    );
    row += 1;
  };

  fullWidth(reportTitle(report), FONT_TITLE, 30);
  sheet.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const item of reportMetadata(report)) pair(item.label, item.value);

  for (const section of getFormat(report.format).sections) {
    row += 1;
    fullWidth(sectionHeading(section), FONT_HEADER, 22);
    const text = sectionText(report, section);
    for (const paragraph of text ? paragraphs(text) : [])
      for (const piece of splitParagraph(paragraph, MAX_CELL_UNITS)) fullWidth(piece);
    const sheetName = tableSheetNames[section.key];
    if (sheetName !== undefined) fullWidth(`（表格见工作表“${sheetName}”）`);
  }

  const notes = Object.entries(report.notes);
  if (notes.length > 0) {
    row += 1;
    fullWidth('表格单元格原文', FONT_HEADER, 22);
    for (const [path, text] of notes) pair(cellLabel(report.format, path), text);
  }

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  setUpPage(sheet, { orientation: 'portrait' });
}
