import { describe, expect, it } from 'vitest';
import { anchorBit, anchorChars, anchorsIn, EVERYWHERE } from './claim-anchors.js';

describe('claim anchors', () => {
  it('give a text the bit of a word it holds, not of a word whose characters it holds apart', () => {
    const bit = anchorBit(['结转', '顺延']);
    expect(anchorsIn('上年结转3件') & bit).toBe(bit);
    expect(anchorsIn('顺延至下年度') & bit).toBe(bit);
    expect(anchorsIn('总结，转办') & bit).toBe(0);
    expect(anchorsIn('转结') & bit).toBe(0);
  });

  it('give a text the bit of characters when it holds any one of them', () => {
    const bit = anchorBit('许罚强');
    expect(anchorsIn('行政处罚') & bit).toBe(bit);
    expect(anchorsIn('行政复议') & bit).toBe(0);
  });

  it('give the same bit to the same anchors, and another to other anchors', () => {
    expect(anchorBit(['法人'])).toBe(anchorBit(['法人']));
    expect(anchorBit(['法人'])).not.toBe(anchorBit('法人'));
  });

  it('give both bits to two words that fall in one slot of the table (never fewer)', () => {
    // Another word in the slot of 答复 (the table hashes a pair as 31a + b, on 4,096 slots).
    const a = '答'.charCodeAt(0);
    const b = '复'.charCodeAt(0);
    const other = String.fromCharCode(a + 1, b - 31 + 4096);
    const first = anchorBit(['答复']);
    const second = anchorBit([other]);
    expect(anchorsIn('予以答复') & first).toBe(first);
    expect(anchorsIn(`一${other}`) & second).toBe(second);
    expect(anchorsIn('予以答复') & second).toBe(second);
  });

  it('leave a kind searched everywhere when a word is longer than two characters', () => {
    expect(anchorBit(['行政复议'])).toBe(EVERYWHERE);
    expect(anchorBit(['𠀀'])).toBe(EVERYWHERE);
  });

  it('name the characters of words for a search by character', () => {
    expect(anchorChars(['结转', '顺延'])).toBe('结转顺延');
    expect(anchorChars('许罚强')).toBe('许罚强');
  });
});
