import { REVIEW_BLOCKS, REVIEW_FIELDS } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';
import { seeds } from '../testing/shared-fixtures.js';
import { HTML_LAYOUTS, renderHtmlLayout } from './testing/html-layouts.js';

const seed = seeds()[0];
if (!seed) throw new Error('no seed report in testdata');
const enc = new TextEncoder();

describe('an HTML table 四 whose fifteen value cells are all left blank', () => {
  it.each(HTML_LAYOUTS)('is read as present with blank cells in the %s layout', async (layout) => {
    const { report } = await parseDocument(seed.bytes, { fileName: seed.name });
    const review = Object.fromEntries(
      REVIEW_BLOCKS.map((block) => [
        block.key,
        Object.fromEntries(REVIEW_FIELDS.map((field) => [field.key, null])),
      ]),
    ) as typeof report.review;
    const html = renderHtmlLayout({ ...report, review }, layout);
    const parsed = await parseDocument(enc.encode(html), { fileName: 'blank-review.html' });
    expect(parsed.report.review).toEqual(review);
    expect(parsed.provenance['review.reconsideration.total']?.table).toBeTypeOf('number');
    // The figures of the other tables are read as before.
    expect(parsed.report.applications).toEqual(report.applications);
  });
});
