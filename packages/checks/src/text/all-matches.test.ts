import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

const PATTERNS = [/\d+/gu, /x*/gu, /(?:)/gu, /[甲乙]|(?<n>\d)/gu, /a*?/g];

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATTERNS),
        fc.array(fc.constantFrom('1', '22', 'x', '甲', '乙', 'a', '\ud83d\ude00', '\n'), {
          maxLength: 12,
        }),
        (pattern, parts) => {
          const text = parts.join('');
          const expected = [...text.matchAll(pattern)];
          const found = allMatches(pattern, text);
          expect(found.map((m) => [m.index, [...m], m.groups])).toEqual(
            expected.map((m) => [m.index, [...m], m.groups]),
          );
          expect(pattern.lastIndex).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('starts where the pattern stands and leaves it there', () => {
    const pattern = /\d/gu;
    pattern.lastIndex = 2;
    expect(allMatches(pattern, '1234').map((m) => m[0])).toEqual(['3', '4']);
    expect(pattern.lastIndex).toBe(2);
  });
});
