import { describe, expect, it } from 'vitest';
import { isCnNumeral, isDigit, isSpace, skipSpace } from './chars.js';

/** Every UTF-16 code unit for which `test` and `pattern` disagree. */
function disagreements(test: (c: number) => boolean, pattern: RegExp): number[] {
  const out: number[] = [];
  for (let c = 0; c < 0x10000; c++)
    if (test(c) !== pattern.test(String.fromCharCode(c))) out.push(c);
  return out;
}

describe('character classes', () => {
  it('isSpace agrees with \\s on every code unit', () => {
    expect(disagreements(isSpace, /^\s$/u)).toEqual([]);
  });

  it('isCnNumeral agrees with [一二三四五六七八九十] and isDigit with \\d', () => {
    expect(disagreements(isCnNumeral, /^[一二三四五六七八九十]$/u)).toEqual([]);
    expect(disagreements(isDigit, /^\d$/u)).toEqual([]);
  });

  it('skipSpace stops at the first character that is not white space', () => {
    expect(skipSpace('\u3000 \t（一）', 0)).toBe(3);
    expect(skipSpace('   ', 1)).toBe(3);
  });
});
