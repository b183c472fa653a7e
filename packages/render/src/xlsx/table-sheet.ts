import type { Worksheet } from 'exceljs';
import {
  type Finding,
  getCell,
  type GridSlot,
  type LayoutCell,
  layoutGrid,
  type Report,
  type TableLayout,
} from '@xxgk/model';
import { formatNumber } from '../cell-text.js';
import { SEVERITY_LABELS } from '../findings.js';
import { setUpPage } from './page-setup.js';
import {
  ALIGN_CENTER,
  ALIGN_LEFT,
  BORDER_ALL,
  FONT_BODY,
  FONT_TITLE,
  SEVERITY_FILLS,
  rowHeightFor,
} from './styles.js';
import { wrappedLines } from './text-width.js';

/** How one national table is drawn on its sheet. */
export interface TableSheetSpec {
  /** The section heading printed above the table, e.g. `二、主动公开政府信息情况`. */
  title: string;
  layout: TableLayout;
  /** Width of each grid column in spreadsheet characters. */
  columnWidths: readonly number[];
  /** Row labels are centred in table 二 and left-aligned in table 三, as in the template. */
  labelAlignment: 'center' | 'left';
  orientation: 'portrait' | 'landscape';
}

/** Rows above the table: the sheet title. */
const TITLE_ROWS = 1;

/**
 * Draws a national table on a sheet with the template's merged cells, its numbers as numbers
 * and blank cells empty (a blank is not a zero: a checker must tell them apart). A cell that
 * printed text instead of a number shows that text; a number printed with extra text keeps
 * the text as a comment. Cells named by findings are filled by severity and carry the
 * messages as comments. Returns where each cell path landed (e.g. `D7`).
 */
export function writeTableSheet(
  sheet: Worksheet,
  spec: TableSheetSpec,
  report: Report,
  findingsByPath: ReadonlyMap<string, readonly Finding[]>,
): Map<string, string> {
  const { layout } = spec;
  const grid = layoutGrid(layout);
  const addresses = new Map<string, string>();

  spec.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  sheet.mergeCells(1, 1, 1, layout.columns);
  const title = sheet.getCell(1, 1);
  title.value = spec.title;
  title.font = FONT_TITLE;
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;

  grid.forEach((line, r) => {
    line.forEach((slot, c) => {
      if (!slot) return;
      const cell = sheet.getCell(r + 1 + TITLE_ROWS, c + 1);
      // Every covered position gets the border too: spreadsheet programs draw a merged
      // area's edges from the cells along it, not from the top-left one.
      cell.border = BORDER_ALL;
      cell.font = FONT_BODY;
      cell.alignment = alignmentOf(slot.cell, spec);
      if (!slot.origin) return;
      const rowSpan = slot.cell.rowSpan ?? 1;
      const colSpan = slot.cell.colSpan ?? 1;
      if (rowSpan > 1 || colSpan > 1)
        sheet.mergeCells(r + 1 + TITLE_ROWS, c + 1, r + rowSpan + TITLE_ROWS, c + colSpan);
      if (slot.cell.kind !== 'data' || slot.cell.path === undefined) {
        cell.value = slot.cell.text;
        return;
      }
      const path = slot.cell.path;
      addresses.set(path, cell.address);
      const value = getCell(report, path);
      const raw = report.notes[path];
      const comments: string[] = [];
      if (typeof value === 'number') {
        cell.value = value;
        if (raw !== undefined && raw.trim() !== formatNumber(value)) comments.push(`原文：${raw}`);
      } else if (raw !== undefined && raw.trim() !== '') {
        cell.value = raw;
      }
      const findings = findingsByPath.get(path) ?? [];
      const worst = findings[0];
      if (worst) {
        // Style objects are shared between cells by reference in exceljs: assign a copy.
        cell.fill = { ...SEVERITY_FILLS[worst.severity] };
        for (const f of findings) comments.push(`${SEVERITY_LABELS[f.severity]}：${f.message}`);
      }
      if (comments.length > 0) cell.note = comments.join('\n');
    });
  });

  setRowHeights(sheet, grid, spec);

  const labelColumns = countLabelColumns(grid, layout.headerRows);
  sheet.views = [{ state: 'frozen', xSplit: labelColumns, ySplit: TITLE_ROWS + layout.headerRows }];
  setUpPage(sheet, {
    orientation: spec.orientation,
    repeatRows: { from: 1, to: TITLE_ROWS + layout.headerRows },
  });
  return addresses;
}

function alignmentOf(cell: LayoutCell, spec: TableSheetSpec): typeof ALIGN_CENTER {
  switch (cell.kind) {
    case 'caption':
    case 'note':
      return ALIGN_LEFT;
    case 'label':
      // A label over several rows (三、本年度办理结果, （三）不予公开) reads best centred
      // against the rows it groups.
      return spec.labelAlignment === 'center' || (cell.rowSpan ?? 1) > 1
        ? ALIGN_CENTER
        : ALIGN_LEFT;
    default:
      return ALIGN_CENTER;
  }
}

/**
 * Leading columns that hold no numbers below the header: the row labels, kept in view when
 * scrolling right (table 三 has three of them, table 四 none).
 */
export function countLabelColumns(
  grid: readonly (GridSlot | null)[][],
  headerRows: number,
): number {
  const width = grid[0]?.length ?? 0;
  let count = 0;
  while (count < width && grid.slice(headerRows).every((line) => line[count]?.cell.kind !== 'data'))
    count += 1;
  return count === width ? 0 : count;
}

/**
 * Row heights from the text each cell wraps to. A merged cell taller than one row gets its
 * missing height added to its last row, so the rows it spans together fit it.
 */
function setRowHeights(
  sheet: Worksheet,
  grid: readonly (GridSlot | null)[][],
  spec: TableSheetSpec,
): void {
  const heights = grid.map(() => rowHeightFor(1));
  const tall: { row: number; span: number; needed: number }[] = [];
  grid.forEach((line, r) => {
    line.forEach((slot, c) => {
      if (!slot?.origin) return;
      const colSpan = slot.cell.colSpan ?? 1;
      const rowSpan = slot.cell.rowSpan ?? 1;
      const width = spec.columnWidths.slice(c, c + colSpan).reduce((sum, w) => sum + w, 0);
      const text = slot.cell.kind === 'data' ? displayedText(sheet, r, c) : slot.cell.text;
      const needed = rowHeightFor(wrappedLines(text, width));
      if (rowSpan === 1) heights[r] = Math.max(heights[r] ?? 0, needed);
      else tall.push({ row: r, span: rowSpan, needed });
    });
  });
  for (const { row, span, needed } of tall) {
    const have = heights.slice(row, row + span).reduce((sum, h) => sum + h, 0);
    const last = row + span - 1;
    if (have < needed) heights[last] = (heights[last] ?? 0) + needed - have;
  }
  heights.forEach((h, r) => {
    sheet.getRow(r + 1 + TITLE_ROWS).height = h;
  });
}

function displayedText(sheet: Worksheet, r: number, c: number): string {
  const value = sheet.getCell(r + 1 + TITLE_ROWS, c + 1).value;
  if (typeof value === 'number') return formatNumber(value);
  return typeof value === 'string' ? value : '';
}
