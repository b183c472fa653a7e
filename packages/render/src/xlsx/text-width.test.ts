import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrappedLines } from './text-width.js';

describe('displayWidth', () => {
  it('counts ideographs and full-width punctuation as two and ASCII as one', () => {
    expect(displayWidth('总计')).toBe(4);
    expect(displayWidth('（七）')).toBe(6);
    expect(displayWidth('12.5')).toBe(4);
    expect(displayWidth('1.属于国家秘密')).toBe(2 + 12);
  });
});

describe('wrappedLines', () => {
  it('takes one line for text that fits and more as the text outgrows the column', () => {
    expect(wrappedLines('自然人', 9)).toBe(1);
    expect(wrappedLines('社会公益组织', 9)).toBe(2);
    expect(wrappedLines('', 9)).toBe(1);
    expect(wrappedLines('甲\n乙', 20)).toBe(2);
  });

  it('never needs fewer lines for longer text or a narrower column', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '1', '政', '。', ' ') }),
        fc.string({ unit: fc.constantFrom('a', '政') }),
        fc.integer({ min: 2, max: 120 }),
        (text, extra, width) => {
          const base = wrappedLines(text, width);
          expect(wrappedLines(text + extra, width)).toBeGreaterThanOrEqual(base);
          expect(wrappedLines(text, width - 1)).toBeGreaterThanOrEqual(base);
          expect(base * (width - 1)).toBeGreaterThanOrEqual(displayWidth(text));
        },
      ),
    );
  });
});
