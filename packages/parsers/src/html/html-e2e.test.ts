import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Report } from '@xxgk/model';
import { parseDocument } from '../index.js';
import { HTML_LAYOUTS, renderHtmlLayout, type HtmlLayout } from './testing/html-layouts.js';
import { arbitraryReport } from './testing/random-report.js';
import { huaianTruth, TESTDATA } from '../testing/shared-fixtures.js';

const SEEDS = join(TESTDATA, 'seeds/truth');
const seedTruths = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    name: f.replace(/\.json$/u, ''),
    truth: JSON.parse(readFileSync(join(SEEDS, f), 'utf8')) as Report,
  }));

/** The fields the seeds' truth holds and a reader must reproduce exactly. */
const TRUTH_FIELDS = [
  'format',
  'year',
  'agency',
  'publishedOn',
  'proactive',
  'applications',
  'review',
] as const;
const pick = (report: Report, fields: readonly (keyof Report)[]): Partial<Report> =>
  Object.fromEntries(fields.map((f) => [f, report[f]]));

/** A layout's page as bytes: the gov page in UTF-8, Word's export in GBK labelled gb2312 as Word saves it. */
function pageBytes(report: Parameters<typeof renderHtmlLayout>[0], layout: HtmlLayout): Uint8Array {
  if (layout === 'gov-page') return new TextEncoder().encode(renderHtmlLayout(report, layout));
  return new Uint8Array(iconv.encode(renderHtmlLayout(report, layout, 'gb2312'), 'gbk'));
}

describe('HTML pages read end to end', () => {
  for (const { name, truth } of seedTruths)
    for (const layout of HTML_LAYOUTS)
      it(`reads seed ${name} published as a ${layout} page back to its truth`, async () => {
        const parsed = await parseDocument(pageBytes(truth, layout), { fileName: `${name}.html` });
        expect(parsed.source).toBe('html');
        expect(pick(parsed.report, TRUTH_FIELDS)).toEqual(pick(truth, TRUTH_FIELDS));
        expect(parsed.report.notes).toEqual({});
      });

  it('reads a real-shaped template page (淮安 2024, spans as published) to the PDF report’s truth', async () => {
    const truth = huaianTruth();
    const bytes = new Uint8Array(
      readFileSync(new URL('./samples/template-tables.html', import.meta.url)),
    );
    const parsed = await parseDocument(bytes, { fileName: 'template-tables.html' });
    expect(parsed.report.applications).toEqual(truth.applications);
    expect(parsed.report.review).toEqual(truth.review);
    expect(parsed.report.agency).toBe('淮安市人民政府');
    expect(parsed.report.year).toBe(2024);
    expect(parsed.provenance['applications.totalProcessed.total']).toMatchObject({
      table: 0,
      row: 26,
      col: 9,
      text: '3050',
    });
  });

  it('reads the GBK 2019-format page: format, year and the unit kept as a note', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./samples/gbk-page.html', import.meta.url)));
    const parsed = await parseDocument(bytes, { fileName: 'gbk-page.html' });
    expect(parsed.report.format).toBe('2019');
    expect(parsed.report.year).toBe(2020);
    expect(parsed.report.proactive.punishment).toEqual({
      previousYear: 5,
      change: -2,
      decisions: 12,
    });
    expect(parsed.report.proactive.procurement).toEqual({ projects: 4, totalAmount: 36.5 });
    expect(parsed.report.notes).toEqual({ 'proactive.procurement.totalAmount': '36.5万元' });
  });

  it('reads any valid report of either format back from either layout', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryReport(),
        fc.constantFrom(...HTML_LAYOUTS),
        async (report, layout) => {
          const parsed = await parseDocument(pageBytes(report, layout), {
            fileName: 'report.html',
          });
          expect(pick(parsed.report, [...TRUTH_FIELDS, 'notes'])).toEqual(
            pick(report, [...TRUTH_FIELDS, 'notes']),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
