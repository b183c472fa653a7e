import {
  allCellPaths,
  emptyReport,
  type FormatId,
  layoutGrid,
  type LayoutTableId,
  type Report,
  setCell,
  type TableLayout,
  tableLayouts,
} from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText } from '../cell-text.js';
import { arbitraryReport } from '../testing/arbitrary-report.js';
import { TYPE_AREA_WIDTH } from './gbt9704.js';
import {
  CELL_OVERHEAD,
  columnWidths,
  fitTable,
  headerSize,
  textTwips,
  type TableFit,
} from './table-fit.js';

const TABLES: readonly LayoutTableId[] = ['proactive', 'applications', 'review'];

/** Every data cell whose text is short enough to be kept on one line, with its grid width. */
function dataCells(layout: TableLayout, report: Report, fit: TableFit) {
  const out: { path: string; text: string; width: number }[] = [];
  for (const slots of layoutGrid(layout))
    slots.forEach((slot, c) => {
      const cell = slot?.cell;
      if (!slot?.origin || cell?.kind !== 'data' || !cell.path) return;
      const span = cell.colSpan ?? 1;
      const width = fit.widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      out.push({ path: cell.path, text: cellText(report, cell.path), width });
    });
  return out.filter((d) => d.text !== '' && d.text.length <= 24);
}

/** A report with every cell the same value (the worst case of a width: all columns full). */
function filled(format: FormatId, value: number): Report {
  const report = emptyReport(format);
  for (const path of allCellPaths(format)) setCell(report, path, value);
  return report;
}

/** Integers of any length a report can print, from one digit to Number.MAX_SAFE_INTEGER. */
const anyCount = fc
  .integer({ min: 0, max: 15 })
  .chain((digits) => fc.integer({ min: 0, max: Math.min(10 ** (digits + 1) - 1, 2 ** 53 - 1) }));

describe('fitting a national table to its numbers', () => {
  it('gives every number room for one line, the columns adding up to the type area', () => {
    fc.assert(
      fc.property(arbitraryReport(), fc.array(anyCount, { maxLength: 20 }), (report, counts) => {
        const paths = allCellPaths(report.format);
        counts.forEach((n, i) => setCell(report, paths[(i * 37) % paths.length] ?? '', n));
        for (const id of TABLES) {
          const layout = tableLayouts(report.format)[id];
          const fit = fitTable(layout, report);
          expect(fit.widths.reduce((a, b) => a + b, 0)).toBe(TYPE_AREA_WIDTH);
          for (const cell of dataCells(layout, report, fit))
            expect(
              cell.width,
              `${cell.path}=${cell.text} at ${fit.numberSize}/${fit.numberScale}%`,
            ).toBeGreaterThanOrEqual(
              textTwips(cell.text, fit.numberSize, fit.numberScale) + CELL_OVERHEAD,
            );
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(['2021', '2019'] as const)(
    'keeps the template’s widths and 五号 for the figures real %s reports print',
    (format) => {
      const report = filled(format, 9999);
      expect(fitTable(tableLayouts(format).review, report)).toMatchObject({
        widths: columnWidths(tableLayouts(format).review),
        numberSize: 21,
        numberScale: 100,
      });
      const applications = fitTable(tableLayouts(format).applications, report);
      expect(applications.numberSize).toBe(21);
      // Only the two narrow label columns are widened, to three characters a line, from the
      // long item labels' column; the applicant columns keep the template's width.
      const template = columnWidths(tableLayouts(format).applications);
      expect(applications.widths.slice(3)).toEqual(template.slice(3));
      expect(applications.widths[2]).toBeLessThan(template[2] ?? 0);
    },
  );

  it('prints six digits in every cell of table 四 smaller, never wrapped', () => {
    const report = filled('2021', 999999);
    const fit = fitTable(tableLayouts('2021').review, report);
    expect(fit.numberSize).toBeLessThan(21);
    expect(fit.numberSize).toBeGreaterThanOrEqual(15);
    expect(fit.numberScale).toBe(100);
  });

  it('narrows the digits only for numbers no report prints, keeping the label columns legible', () => {
    const report = filled('2021', Number.MAX_SAFE_INTEGER);
    const layout = tableLayouts('2021').applications;
    const fit = fitTable(layout, report);
    expect(fit.numberScale).toBeLessThan(100);
    const template = columnWidths(layout);
    fit.widths
      .slice(0, 3)
      .forEach((w, c) => expect(w).toBeGreaterThanOrEqual(0.4 * (template[c] ?? 0) - 1));
  });

  it('sets column headers so that neighbouring ones stay more than a character apart', () => {
    // Table 四's fifteen columns take 小五 (两字一行), table 三's seven the template's 10 pt.
    expect(headerSize(589, 4)).toBe(18);
    expect(headerSize(621, 6)).toBe(20);
    fc.assert(
      // Number columns are never narrower than table 四's template columns.
      fc.property(
        fc.integer({ min: 589, max: 3000 }),
        fc.integer({ min: 2, max: 8 }),
        (width, longest) => {
          const em = headerSize(width, longest) * 10;
          const perLine = Math.min(longest, Math.floor((width - 96) / em));
          expect(perLine).toBeGreaterThanOrEqual(2);
          expect(width - perLine * em).toBeGreaterThan(em);
        },
      ),
    );
  });
});
