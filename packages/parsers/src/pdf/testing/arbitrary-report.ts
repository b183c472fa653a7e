import fc from 'fast-check';
import {
  APPLICANT_COLUMN_KEYS,
  emptyReport,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type CellValue,
  type FormatId,
  type Report,
} from '@xxgk/model';
import { WPS_LIKE, type ReportPdfStyle } from './report-pdf.js';

const count = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 99_999 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Random reports of either format: every table cell a count or blank; identities need not hold. */
export function arbitraryReport(): fc.Arbitrary<Report> {
  return fc
    .record({
      format: fc.constantFrom<FormatId>('2021', '2019'),
      year: fc.integer({ min: 2019, max: 2025 }),
      cells: fc.array(count, { minLength: 400, maxLength: 400 }),
      decimals: fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 2, maxLength: 2 }),
      change: fc.integer({ min: -500, max: 500 }),
    })
    .map(({ format, year, cells, decimals, change }) => {
      const report = emptyReport(format);
      report.year = year;
      report.agency = '某某市某某局';
      let i = 0;
      const next = () => cells[i++ % cells.length] ?? null;
      const def = getFormat(format);
      for (const table of def.proactive) {
        // A sub-table blank in every cell prints no number to find it by; real ones print 0s.
        let printed = false;
        for (const row of table.rows) {
          const values: Record<string, CellValue> = {};
          for (const f of table.fields) {
            if (f.decimal) values[f.key] = (decimals[0] ?? 0) / 10;
            else if (f.signed) values[f.key] = change;
            else values[f.key] = next();
            if (values[f.key] !== null) printed = true;
          }
          report.proactive[row.key] = values;
        }
        const firstRow = table.rows[0];
        const firstField = table.fields[0];
        if (!printed && firstRow && firstField) {
          const row = report.proactive[firstRow.key];
          if (row) row[firstField.key] = 0;
        }
      }
      for (const row of def.applicationRows) {
        const values: Record<string, CellValue> = {};
        for (const col of APPLICANT_COLUMN_KEYS) values[col] = next();
        report.applications[row.key] = values;
      }
      for (const block of REVIEW_BLOCKS) {
        const values: Record<string, CellValue> = {};
        for (const f of REVIEW_FIELDS) values[f.key] = next();
        report.review[block.key] = values;
      }
      return report;
    });
}

/** Random layouts within what published PDFs show. */
export function arbitraryStyle(): fc.Arbitrary<ReportPdfStyle> {
  return fc.record({
    tableSize: fc.constantFrom(7, 7.45, 8, 9, 10.5),
    labelChars: fc.integer({ min: 9, max: 22 }),
    groupChars: fc.integer({ min: 2, max: 5 }),
    headerChars: fc.integer({ min: 2, max: 4 }),
    valueAlign: fc.constantFrom<'middle' | 'top'>('middle', 'top'),
    valueDrop: fc.double({ min: -1.5, max: 2.5, noNaN: true }),
    pageBody: fc.integer({ min: 380, max: 700 }),
    pageNumber: fc.constantFrom(
      WPS_LIKE.pageNumber,
      (n: number) => `第 ${n} 页`,
      (n: number) => `${n}`,
      (n: number) => `— ${n} —`,
    ),
  });
}
