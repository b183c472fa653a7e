import { allCellPaths, getCell } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.js';
import { captures, seeds } from './testing/shared-fixtures.js';

describe('the seed reports', () => {
  for (const seed of seeds()) {
    it(`parse ${seed.name} to its truth exactly`, async () => {
      const { report, problems } = await parseDocument(seed.bytes, {
        fileName: `${seed.name}.txt`,
      });
      const { truth } = seed;
      expect({
        format: report.format,
        year: report.year,
        agency: report.agency,
        publishedOn: report.publishedOn,
        proactive: report.proactive,
        applications: report.applications,
        review: report.review,
      }).toEqual({
        format: truth['format'],
        year: truth['year'],
        agency: truth['agency'],
        publishedOn: truth['publishedOn'],
        proactive: truth['proactive'],
        applications: truth['applications'],
        review: truth['review'],
      });
      expect(report.notes).toEqual({});
      expect(problems).toEqual([]);
    });
  }
});

describe('the real captures', () => {
  for (const capture of captures()) {
    it(`read ${capture.name} cell for cell, inventing none`, async () => {
      const { report, provenance } = await parseDocument(capture.bytes, {
        fileName: `${capture.name}.txt`,
      });
      expect(report.format).toBe(capture.format);
      expect(report.year).toBe(capture.year);
      const expected: Record<string, number | null> = {};
      const expectedNotes: Record<string, string> = {};
      for (const [path, value] of Object.entries(capture.cells)) {
        if (Array.isArray(value)) {
          expected[path] = null;
          expectedNotes[path] = value[1];
        } else expected[path] = value;
      }
      const actual: Record<string, number | null> = {};
      for (const path of allCellPaths(report.format)) {
        const value = getCell(report, path);
        if (value !== undefined) actual[path] = value;
      }
      expect(actual).toEqual(expected);
      expect(report.notes).toEqual(expectedNotes);
      for (const path of Object.keys(actual)) expect(provenance[path]?.line).toBeGreaterThan(0);
    });
  }
});
