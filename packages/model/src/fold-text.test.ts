import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldsBeyondNfkc, foldText } from './labels.js';
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional.js';

/** A few CJK radical supplements and their ideographs, written out independently of labels.ts. */
const RADICALS = new Map([
  ['⺠', '民'],
  ['⻅', '见'],
  ['⻳', '龟'],
]);

/** foldText as defined, without its shortcut: NFKC, then every ideograph looked up. */
function foldReference(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(
      /[\u2e80-\u2ef3\u3400-\u9fff\uf900-\ufaff]/gu,
      (ch) => RADICALS.get(ch) ?? TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch,
    );
}

/** Characters that exercise every branch: Simplified, Traditional, radicals, full-width, pairs. */
const CHARS = [...'㈠①ﬀ國際體臺政府信息公开年报⺠⻅⻳Ａ１　，。abc\n', 'e\u0301', '\ud83d\ude00'];

describe('foldText', () => {
  it('gives exactly what looking up every ideograph gives, with or without Traditional text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        expect(foldText(raw)).toBe(foldReference(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('says a text needs folding beyond NFKC only when a Traditional character or radical is in it', () => {
    expect(foldsBeyondNfkc('政府信息公开工作年度报告')).toBe(false);
    expect(foldsBeyondNfkc('政府資訊公開')).toBe(true);
    expect(foldsBeyondNfkc('人⺠政府')).toBe(true);
  });
});
