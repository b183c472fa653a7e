import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../index.js';
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
            const { report: read } = parseText(text, { fileName: `${layout}.txt` });
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
