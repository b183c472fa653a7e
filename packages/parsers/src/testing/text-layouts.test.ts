import fc from 'fast-check';
import { allCellPaths, getCell, isXxgkError } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { parseText, readReport, textToSourceDocument } from '../index.js';
import { arbitraryReport } from './arbitrary-report.js';
import {
  keepsBlankCells,
  renderTextReport,
  TEXT_LAYOUTS,
  type LayoutOptions,
} from './text-layouts.js';

const options: fc.Arbitrary<LayoutOptions> = fc.record({
  chrome: fc.boolean(),
  pageNumbers: fc.boolean(),
  wrapLabels: fc.boolean(),
  padNumbers: fc.boolean(),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

describe('random reports rendered in every text layout', () => {
  for (const layout of TEXT_LAYOUTS) {
    it(`read back identically from the ${layout} layout`, () => {
      fc.assert(
        fc.property(
          arbitraryReport({ blanks: keepsBlankCells(layout) }),
          options,
          (report, opts) => {
            const text = renderTextReport(report, layout, opts);
            const { report: read, problems } = parseText(text, { fileName: `${layout}.txt` });
            expect(problems).toEqual([]);
            expect({
              format: read.format,
              year: read.year,
              agency: read.agency,
              publishedOn: read.publishedOn,
              proactive: read.proactive,
              applications: read.applications,
              review: read.review,
              notes: read.notes,
            }).toEqual({
              format: report.format,
              year: report.year,
              agency: report.agency,
              publishedOn: report.publishedOn,
              proactive: report.proactive,
              applications: report.applications,
              review: report.review,
              notes: report.notes,
            });
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});

describe('a report cut off at any line', () => {
  for (const layout of TEXT_LAYOUTS.filter((l) => l !== 'one-line')) {
    it(`yields only cells the ${layout} layout shows, each with its true value`, () => {
      fc.assert(
        fc.property(
          arbitraryReport({ blanks: keepsBlankCells(layout) }),
          options,
          fc.double({ min: 0, max: 1, noNaN: true }),
          (report, opts, at) => {
            const lines = renderTextReport(report, layout, opts).split('\n');
            const cut = lines.slice(0, Math.floor(at * lines.length)).join('\n');
            let read;
            try {
              read = parseText(cut).report;
            } catch (error) {
              // A cut before the first table leaves no table to read, and says so.
              expect(isXxgkError(error)).toBe(true);
              return;
            }
            for (const path of allCellPaths(read.format)) {
              const value = getCell(read, path);
              if (value === undefined) continue;
              expect(read.format).toBe(report.format);
              expect({ path, value, note: read.notes[path] }).toEqual({
                path,
                value: getCell(report, path),
                note: report.notes[path],
              });
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});

describe('plain text', () => {
  it('reads the same straight from its layout as through the text reader’s lines', () => {
    fc.assert(
      fc.property(
        arbitraryReport(),
        fc.constantFrom(...TEXT_LAYOUTS.filter(keepsBlankCells)),
        options,
        (report, layout, opts) => {
          const text = renderTextReport(report, layout, opts);
          expect(parseText(text)).toEqual(readReport(textToSourceDocument(text)));
        },
      ),
      { numRuns: 40 },
    );
  });
});
