import { foldText } from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKeepLength } from './fold.js';

/** The definition the fast path must keep: each character folded alone, kept if its length changes. */
function foldEachCharReference(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const f = foldText(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** Characters that exercise every branch: expanding ligatures, Traditional, full-width, pairs. */
const CHARS = [
  ...'㈠①ﬀ國際體臺⺀⻳Ａ１　，。abc年\n',
  'e\u0301',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
];

describe('foldKeepLength', () => {
  it('folds text whose whole fold changes length exactly as folding each character alone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        if (foldText(raw).length === raw.length) return;
        expect(foldKeepLength(raw)).toBe(foldEachCharReference(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an expanding character and folds the Traditional one beside it', () => {
    expect(foldKeepLength('㈠國家ＡＢ')).toBe('㈠国家AB');
  });
});
