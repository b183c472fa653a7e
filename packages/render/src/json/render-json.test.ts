import fc from 'fast-check';
import { emptyReport, reportSchema, type Report } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../testing/arbitrary-report.js';
import { seedReport } from '../testing/seed-report.js';
import { renderJson } from './render-json.js';

describe('renderJson', () => {
  it('puts the top-level keys in contract order, additions last', () => {
    const report = emptyReport('2021');
    const shuffled = {
      period: {
        text: '2024年1月1日至12月31日',
        start: '2024-01-01',
        end: '2024-12-31',
        year: 2024,
      },
      notes: {},
      sections: {},
      review: report.review,
      titleYear: 2024,
      applications: report.applications,
      proactive: report.proactive,
      publishedOn: null,
      title: null,
      agency: null,
      year: 2024,
      format: '2021',
    } as Report;
    expect(Object.keys(JSON.parse(renderJson(shuffled)) as object)).toEqual([
      'format',
      'year',
      'agency',
      'title',
      'publishedOn',
      'proactive',
      'applications',
      'review',
      'sections',
      'notes',
      'period',
      'titleYear',
    ]);
  });

  it('orders rows and cells as the tables print them', () => {
    const report = emptyReport('2021');
    const reversed: Report = {
      ...report,
      applications: Object.fromEntries(
        Object.entries(report.applications)
          .reverse()
          .map(([k, row]) => [k, Object.fromEntries(Object.entries(row).reverse())]),
      ),
    };
    const parsed = JSON.parse(renderJson(reversed)) as Report;
    expect(Object.keys(parsed.applications)).toEqual(Object.keys(report.applications));
    expect(Object.keys(parsed.applications.received ?? {})).toEqual([
      'naturalPerson',
      'commercial',
      'research',
      'socialWelfare',
      'legalService',
      'otherOrg',
      'total',
    ]);
  });

  it('indents by two spaces and matches the seed truth exactly', () => {
    const report = seedReport('003_a7c7c325a06f5573.json');
    const json = renderJson(report);
    expect(json.split('\n')[1]).toBe('  "format": "2021",');
    expect(JSON.parse(json)).toEqual(report);
  });

  it('loses nothing: any report reads back equal and still valid', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const back = JSON.parse(renderJson(report)) as unknown;
        expect(back).toEqual(report);
        expect(reportSchema.safeParse(back).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps keys it does not know, after the known ones', () => {
    const report = emptyReport('2019');
    (report.applications as Record<string, unknown>).subtotal = { total: 1 };
    const parsed = JSON.parse(renderJson(report)) as Report;
    expect(Object.keys(parsed.applications).at(-1)).toBe('subtotal');
  });
});
