import type { Worksheet } from 'exceljs';
import { cellLabel, type Finding, type FormatId } from '@xxgk/model';
import { countBySeverity, SEVERITY_LABELS, sortFindings } from '../findings.js';
import { setUpPage } from './page-setup.js';
import {
  ALIGN_CENTER,
  ALIGN_LEFT,
  BORDER_ALL,
  FONT_BODY,
  FONT_HEADER,
  FONT_TITLE,
  SEVERITY_FILLS,
  rowHeightFor,
} from './styles.js';
import { wrappedLines } from './text-width.js';

/** Columns of the findings sheet: header and width in spreadsheet characters. */
export const FINDING_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '严重程度', width: 9 },
  { header: '规则', width: 22 },
  { header: '说明', width: 48 },
  { header: '涉及单元格', width: 34 },
  { header: '位置', width: 28 },
  { header: '行号', width: 6 },
  { header: '原文摘录', width: 30 },
] as const;

/** Row of the column headers; findings start below it. */
export const FINDINGS_HEADER_ROW = 3;

/** Where a cell path is drawn: the sheet and the cell address there. */
export interface CellLocation {
  sheet: string;
  address: string;
}

/**
 * Lists the checker's findings, most severe first: severity, rule, message, the cells named
 * with their Chinese labels (`三（七）总计 · 总计`) and where they are in the workbook, linked.
 * Without findings the sheet says whether none were found or none were supplied, so an empty
 * sheet is never mistaken for a clean report.
 */
export function writeFindingsSheet(
  sheet: Worksheet,
  format: FormatId,
  findings: readonly Finding[] | undefined,
  locate: (path: string) => CellLocation | undefined,
): void {
  const width = FINDING_COLUMNS.length;
  FINDING_COLUMNS.forEach((col, i) => {
    sheet.getColumn(i + 1).width = col.width;
  });
  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = '核查结果';
  title.font = FONT_TITLE;
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;

  sheet.mergeCells(2, 1, 2, width);
  const summary = sheet.getCell(2, 1);
  summary.value = summaryText(findings);
  summary.font = FONT_BODY;
  summary.alignment = ALIGN_LEFT;

  FINDING_COLUMNS.forEach((col, i) => {
    const cell = sheet.getCell(FINDINGS_HEADER_ROW, i + 1);
    cell.value = col.header;
    cell.font = FONT_HEADER;
    cell.alignment = ALIGN_CENTER;
    cell.border = BORDER_ALL;
  });

  const sorted = sortFindings(findings ?? []);
  sorted.forEach((finding, i) => {
    const rowNumber = FINDINGS_HEADER_ROW + 1 + i;
    const locations = finding.cells.map(locate);
    const found = locations.filter((l): l is CellLocation => l !== undefined);
    const where = describeLocations(found);
    const values: (string | number | null)[] = [
      i + 1,
      SEVERITY_LABELS[finding.severity],
      finding.rule,
      finding.message,
      finding.cells.map((path) => cellLabel(format, path)).join('\n'),
      where,
      finding.line ?? null,
      finding.excerpt ?? null,
    ];
    const row = sheet.getRow(rowNumber);
    let lines = 1;
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.font = FONT_BODY;
      cell.border = BORDER_ALL;
      cell.alignment = c === 0 || c === 1 || c === 6 ? ALIGN_CENTER : ALIGN_LEFT;
      if (typeof value === 'string')
        lines = Math.max(lines, wrappedLines(value, FINDING_COLUMNS[c]?.width ?? 10));
    });
    row.getCell(2).fill = { ...SEVERITY_FILLS[finding.severity] };
    const first = found[0];
    if (first) {
      // A link jumps to the first cell; every location stays readable in the text.
      row.getCell(6).value = { text: where, hyperlink: `#'${first.sheet}'!${first.address}` };
    }
    row.height = rowHeightFor(lines);
  });

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: FINDINGS_HEADER_ROW }];
  if (sorted.length > 0)
    sheet.autoFilter = {
      from: { row: FINDINGS_HEADER_ROW, column: 1 },
      to: { row: FINDINGS_HEADER_ROW + sorted.length, column: width },
    };
  setUpPage(sheet, {
    orientation: 'landscape',
    repeatRows: { from: FINDINGS_HEADER_ROW, to: FINDINGS_HEADER_ROW },
  });
}

/** Cell addresses grouped by sheet: `三 收到和处理申请：J5、J29`, one sheet per line. */
export function describeLocations(locations: readonly CellLocation[]): string {
  const bySheet = new Map<string, string[]>();
  for (const { sheet, address } of locations) {
    const list = bySheet.get(sheet);
    if (list) list.push(address);
    else bySheet.set(sheet, [address]);
  }
  return [...bySheet].map(([sheet, addresses]) => `${sheet}：${addresses.join('、')}`).join('\n');
}

/** The line above the list: counts per severity, or why the list is empty. */
export function summaryText(findings: readonly Finding[] | undefined): string {
  if (findings === undefined) return '本文件未附核查结果（可用 xxgk check 核查后重新导出）。';
  if (findings.length === 0) return '核查未发现问题。';
  const counts = countBySeverity(findings);
  return `共 ${findings.length} 条：错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条。`;
}
