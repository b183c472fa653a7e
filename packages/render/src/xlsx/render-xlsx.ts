import ExcelJS from 'exceljs';
import {
  getFormat,
  type LayoutTableId,
  type Report,
  type TableLayout,
  tableLayouts,
} from '@xxgk/model';
import { reportTitle, sectionHeading } from '../document-parts.js';
import { findingsByCell, type RenderOptions } from '../findings.js';
import { writeFindingsSheet, type CellLocation } from './findings-sheet.js';
import { writeNarrativeSheet } from './narrative-sheet.js';
import { writeTableSheet, type TableSheetSpec } from './table-sheet.js';

/**
 * Width of a number column: fits 6 ideographs of a header on two lines. Not 9: exceljs takes a
 * width of exactly 9 for its default and silently leaves it out of the file.
 */
const DATA_WIDTH = 9.5;

/** How each national table is laid out on its sheet (names as reviewers call the tables). */
const TABLE_SHEETS: Readonly<
  Record<
    LayoutTableId,
    {
      name: string;
      widths: (layout: TableLayout) => number[];
      labelAlignment: TableSheetSpec['labelAlignment'];
      orientation: TableSheetSpec['orientation'];
    }
  >
> = {
  proactive: {
    name: '二 主动公开',
    widths: (l) => [22, ...Array.from({ length: l.columns - 1 }, () => 18)],
    labelAlignment: 'center',
    orientation: 'portrait',
  },
  applications: {
    name: '三 收到和处理申请',
    // Three label columns as in the template: block, group, item (the item column is wide
    // enough for its longest label on two lines).
    widths: (l) => [8, 10, 36, ...Array.from({ length: l.columns - 3 }, () => DATA_WIDTH)],
    labelAlignment: 'left',
    orientation: 'portrait',
  },
  review: {
    name: '四 复议诉讼',
    widths: (l) => Array.from({ length: l.columns }, () => DATA_WIDTH),
    labelAlignment: 'center',
    orientation: 'landscape',
  },
};

/** Sheet names of the workbook, in order. */
export const XLSX_SHEET_NAMES = {
  proactive: TABLE_SHEETS.proactive.name,
  applications: TABLE_SHEETS.applications.name,
  review: TABLE_SHEETS.review.name,
  findings: '核查结果',
  narrative: '正文与基本信息',
} as const;

const TABLE_ORDER: readonly LayoutTableId[] = ['proactive', 'applications', 'review'];

/**
 * Writes a report as an Excel workbook: one sheet per national table (二, 三, 四) with the
 * template's merged cells, numbers stored as numbers and blank cells left empty, frozen
 * headers and A4 print setup; a sheet of the checker's findings with each cell's Chinese
 * label; and a sheet with the metadata and the narrative text.
 * @see 国办公开办函〔2021〕30号
 */
export async function renderXlsx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xxgk';
  workbook.title = reportTitle(report);
  const def = getFormat(report.format);
  const layouts = tableLayouts(report.format);
  const byCell = findingsByCell(options.findings ?? []);
  const locations = new Map<string, CellLocation>();

  for (const id of TABLE_ORDER) {
    const table = TABLE_SHEETS[id];
    const layout = layouts[id];
    const section = def.sections.find((s) => s.key === id);
    const sheet = workbook.addWorksheet(table.name);
    const addresses = writeTableSheet(
      sheet,
      {
        title: section ? sectionHeading(section) : table.name,
        layout,
        columnWidths: table.widths(layout),
        labelAlignment: table.labelAlignment,
        orientation: table.orientation,
      },
      report,
      byCell,
    );
    for (const [path, address] of addresses) locations.set(path, { sheet: table.name, address });
  }

  writeFindingsSheet(
    workbook.addWorksheet(XLSX_SHEET_NAMES.findings),
    report.format,
    options.findings,
    (path) => locations.get(path),
  );
  writeNarrativeSheet(workbook.addWorksheet(XLSX_SHEET_NAMES.narrative), report, {
    proactive: XLSX_SHEET_NAMES.proactive,
    applications: XLSX_SHEET_NAMES.applications,
    review: XLSX_SHEET_NAMES.review,
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
