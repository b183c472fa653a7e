import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdentity } from '../identity.js';
import { daysInMonth } from './dates.js';
import { excerptOf } from './excerpt.js';
import { foldKeepLength } from './fold.js';
import { chineseNumber, parseCount } from './numbers.js';
import { parsePeriodText } from './period.js';
import { splitSentences } from './sentences.js';

describe('numbers as reports write them', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['一百零五', 105],
    ['两', 2],
  ])('reads %s as %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it('does not read ranges or years as counts', () => {
    expect(chineseNumber('三四')).toBeNull();
    expect(chineseNumber('二〇二四')).toBeNull();
  });

  it('reads thousands separators', () => {
    expect(parseCount('3,119')).toBe(3119);
    expect(parseCount('46')).toBe(46);
  });
});

describe('folding text', () => {
  it('keeps every character at its index', () => {
    const raw = '（一）主動公開，共１２條。';
    const folded = foldKeepLength(raw);
    expect(folded).toHaveLength(raw.length);
    expect(folded).toBe('(一)主动公开,共12条。');
  });
});

describe('the statistics period', () => {
  it('reads a well-formed period', () => {
    const p = parsePeriodText('统计期限自2024年1月1日起至2024年12月31日止。');
    expect(p.years).toEqual([2024, 2024]);
    expect(p.malformed).toEqual([]);
    expect(p.dates.map((d) => [d.month, d.day])).toEqual([
      [1, 1],
      [12, 31],
    ]);
  });

  it('reports a year run into the month as malformed', () => {
    const p = parsePeriodText('统计期限从20241月1日到12月31日止。');
    expect(p.malformed).toEqual(['20241月1日']);
    expect(p.dates.map((d) => d.raw)).toEqual(['12月31日']);
  });

  it('reads dates written with dots', () => {
    const p = parsePeriodText('统计期限为2024.1.1—2024.12.31。');
    expect(p.years).toEqual([2024, 2024]);
    expect(p.dates.map((d) => [d.month, d.day])).toEqual([
      [1, 1],
      [12, 31],
    ]);
  });

  it('ignores a later date in the same sentence', () => {
    expect(
      parsePeriodText('统计期限为2024年1月1日至2024年12月31日，数据截至2025年1月10日。').years,
    ).toEqual([2024, 2024]);
  });
});

describe('sentences', () => {
  it('split at 。！？； and keep an unfinished last one', () => {
    expect(splitSentences('甲。乙；丙').map((s) => [s.text, s.closed])).toEqual([
      ['甲。', true],
      ['乙；', true],
      ['丙', false],
    ]);
  });
});

describe('identities with blank cells', () => {
  const t = (value: number | null | undefined, path = 'x') => ({ path, value });

  it('hold, break, or cannot be decided', () => {
    expect(checkIdentity([t(3)], [t(1), t(2)]).status).toBe('holds');
    expect(checkIdentity([t(3)], [t(1), t(1)]).status).toBe('broken');
    expect(checkIdentity([t(3)], [t(1), t(null)]).status).toBe('undecided');
    expect(checkIdentity([t(null)], [t(1), t(null)]).status).toBe('undecided');
    expect(checkIdentity([t(3)], [t(1), t(undefined)]).status).toBe('absent');
  });

  it('break when the filled cells on the blank side already exceed the other side', () => {
    const r = checkIdentity([t(2)], [t(5), t(null)]);
    expect(r).toEqual({ status: 'broken', left: 2, right: 5, withBlanks: true });
  });
});

describe('excerpts', () => {
  it('quote a short match with context and a long one by its start and end', () => {
    expect(excerptOf('前文很长很长的内容。统计期限错误。后文', 10, 16)).toBe(
      '前文很长很长的内容。统计期限错误。后文',
    );
    const long = `本报告由${'某某情况、'.repeat(20)}六个部分组成。`;
    const quoted = excerptOf(long, 0, long.length - 1);
    expect(quoted.startsWith('本报告由')).toBe(true);
    expect(quoted).toContain('六个部分组成');
    expect(quoted.length).toBeLessThanOrEqual(62);
  });
});

describe('days in a month', () => {
  it('are what Date.UTC counts, years 0–99 read as 1900–1999 included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3000, max: 12000 }),
        fc.integer({ min: -2, max: 14 }),
        (y, m) => {
          expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
        },
      ),
      { numRuns: 3000 },
    );
    expect(daysInMonth(0, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024.5, 2)).toBe(new Date(Date.UTC(2024.5, 2, 0)).getUTCDate());
  });
});
