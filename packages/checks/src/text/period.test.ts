import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriodText } from './period.js';

/**
 * The malformed dates and the dates without a year of a clause, as every pattern finds them,
 * none passed over: what `parsePeriodText` must give.
 */
function byEveryPattern(text: string): { malformed: string[]; short: string[] } {
  const full =
    /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/gu;
  const taken: [number, number][] = [...text.matchAll(full)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  const read = (re: RegExp, into: string[]) => {
    for (const m of text.matchAll(re)) {
      if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
      into.push(m[0]);
      taken.push([m.index, m.index + m[0].length]);
    }
  };
  const malformed: string[] = [];
  for (const re of [
    /(?<!\d)(?:19|20)\d{2}\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/gu,
    /(?<!\d)\d{5,}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/gu,
    /\d{4}\s*年\s*\d{3,}\s*月|月\s*\d{3,}\s*日/gu,
    /\d{4}\s*年\s*\d{1,2}\s*日/gu,
  ])
    read(re, malformed);
  const short: string[] = [];
  read(/(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu, short);
  return { malformed, short };
}

describe('the 统计期限 clause', () => {
  it.each([
    ['统计期限为20241月1日至2024年12月31日', ['20241月1日']],
    ['自20244年1月1日起', ['20244年1月1日']],
    ['2024年011月1日至2024年1月311日', ['2024年011月', '月1日']],
    ['2024年1日至2024年12月31日', ['2024年1日']],
    ['2024年1月1日至2024年 12 日', ['2024年 12 日']],
    ['自2023年1月1日起至2023年12月31日止', []],
  ])('finds the malformed dates of %s', (text, malformed) => {
    expect(parsePeriodText(text).malformed).toEqual(byEveryPattern(text).malformed);
    expect(parsePeriodText(text).malformed.length).toBe(malformed.length);
  });

  it('finds every malformed date the patterns find, searched or passed over', () => {
    const piece = fc.constantFrom(
      ...'2024 2023 20241 202412 20244 1 12 31 011 311 年 月 日 月 日 至 起 止 . - 自'.split(' '),
      ' ',
      '\u3000',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const parsed = parsePeriodText(text);
        const expected = byEveryPattern(text);
        expect(parsed.malformed).toEqual(expected.malformed);
        expect(parsed.dates.filter((d) => d.year === null).map((d) => d.raw)).toEqual(
          expected.short,
        );
      }),
      { numRuns: 3000 },
    );
  });
});
