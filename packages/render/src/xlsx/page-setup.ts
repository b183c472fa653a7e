import type { Worksheet } from 'exceljs';

/** Paper size code of A4 in SpreadsheetML (exceljs declares it as an ambient const enum). */
const PAPER_A4 = 9;

/** How a sheet prints. */
export interface PrintLayout {
  orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every printed page (1-based, inclusive), if any. */
  repeatRows?: { from: number; to: number };
}

/**
 * A4, one page wide and as many pages tall as needed, centred, with a page-number footer.
 * The national report is an A4 document (GB/T 9704), and a table cut across two pages
 * sideways cannot be read.
 */
export function setUpPage(sheet: Worksheet, layout: PrintLayout): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(layout.repeatRows
      ? { printTitlesRow: `${layout.repeatRows.from}:${layout.repeatRows.to}` }
      : {}),
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: '&C第 &P 页，共 &N 页',
  };
}
