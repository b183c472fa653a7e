import fc from 'fast-check';
import { foldText } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { parseText } from './index.js';
import { seeds } from './testing/shared-fixtures.js';

/** Simplified → Traditional for characters of the tables' labels (as zh-Hant mirrors print). */
const TO_TRADITIONAL = new Map(
  [
    ...'规規项項条條处處数數许許决決现現废廢发發费費计計总總结結转轉办辦请請开開议議讼訟诉訴复復',
    ...'审審维維纠糾单單额額万萬强強罚罰业業务務类類过過国國险險稳穩补補机機关關护護权權组組织織',
  ].reduce<[string, string][]>((pairs, ch, i, all) => {
    if (i % 2 === 0) pairs.push([ch, all[i + 1] ?? ch]);
    return pairs;
  }, []),
);
const TO_HALF_WIDTH = new Map([
  ['（', '('],
  ['）', ')'],
  ['：', ':'],
  ['，', ','],
  ['．', '.'],
]);

/** How a copy of a report may differ from the original without its tables changing. */
interface Variation {
  traditional: boolean;
  halfWidth: boolean;
  padNumbers: boolean;
  /** Where page numbers go: after these (fractions of the) empty lines. */
  pageBreaks: number[];
}

function vary(text: string, v: Variation): string {
  let out = text;
  if (v.traditional) out = [...out].map((ch) => TO_TRADITIONAL.get(ch) ?? ch).join('');
  if (v.halfWidth) out = [...out].map((ch) => TO_HALF_WIDTH.get(ch) ?? ch).join('');
  const lines = out.split('\n');
  const result: string[] = [];
  const empties = lines.filter((l) => l === '').length;
  const breaks = new Set(v.pageBreaks.map((f) => Math.floor(f * empties)));
  let empty = 0;
  for (const line of lines) {
    result.push(
      v.padNumbers && /^\t?\d+$/u.test(line) ? line.replace(/(\d+)/u, '\u00a0$1 ') : line,
    );
    if (line !== '') continue;
    if (breaks.has(empty)) result.push(`- ${empty + 2} -`, '');
    empty += 1;
  }
  return result.join('\n');
}

describe('a seed report copied with other characters', () => {
  for (const seed of seeds()) {
    it(`still reads ${seed.name} to its truth: Traditional, half-width, padded, page numbers`, () => {
      const text = new TextDecoder().decode(seed.bytes);
      fc.assert(
        fc.property(
          fc.record({
            traditional: fc.boolean(),
            halfWidth: fc.boolean(),
            padNumbers: fc.boolean(),
            pageBreaks: fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 4 }),
          }),
          (variation) => {
            const { report } = parseText(vary(text, variation));
            const { truth } = seed;
            expect({
              format: report.format,
              year: report.year,
              agency: report.agency === null ? null : foldText(report.agency),
              publishedOn: report.publishedOn,
              periodYear: report.period?.year ?? report.year,
              proactive: report.proactive,
              applications: report.applications,
              review: report.review,
              notes: report.notes,
            }).toEqual({
              format: truth['format'],
              year: truth['year'],
              agency: truth['agency'],
              publishedOn: truth['publishedOn'],
              periodYear: truth['year'],
              proactive: truth['proactive'],
              applications: truth['applications'],
              review: truth['review'],
              notes: {},
            });
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});
