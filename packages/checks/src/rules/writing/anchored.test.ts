import { describe, expect, it } from 'vitest';
import { buildTextView, narrativeMatches } from '../../text/text-view.js';
import { anchoredMatches, blanksBefore, digitsBefore, paragraphMatches } from './anchored.js';

/** `\d+ *元`: every match holds 元, and starts at the digits before the blanks before it. */
const STICKY = /\d+[ \t]*元(?!整)/uy;
const GLOBAL = /\d+[ \t]*元(?!整)/gu;
const startOf = (text: string, at: number) => {
  const end = blanksBefore(text, at);
  const start = digitsBefore(text, end);
  return start < end ? start : -1;
};

describe('anchoredMatches', () => {
  it('finds what a global search finds, in the same paragraphs and places', () => {
    const view = buildTextView(
      '收费12元，退还 3 元整。\n无费用元。\n共计100元,又5\t元、元元6元\n另1元',
    );
    const spans = (ms: ReturnType<typeof anchoredMatches>) =>
      ms.map((m) => [m.p.line, m.start, m.end, m.match[0]]);
    const expected = spans([...narrativeMatches(view, GLOBAL)]);
    expect(expected.length).toBe(5);
    expect(spans(anchoredMatches(view, STICKY, '元', startOf))).toEqual(expected);
  });

  it('finds in the paragraphs holding a word what a search of the whole narrative finds', () => {
    const view = buildTextView(
      '包括甲、乙两个部分。\n没有。\n分为丙、丁三个方面，又包括戊、己两个部分\n无关的段落\n包括庚',
    );
    const pattern = /(?:包括|分为)[^。\n]{1,20}?(?:部分|方面)/gu;
    const spans = (ms: ReturnType<typeof paragraphMatches>) =>
      ms.map((m) => [m.p.line, m.start, m.end]);
    const expected = spans([...narrativeMatches(view, pattern)]);
    expect(expected.length).toBe(3);
    expect(spans(paragraphMatches(view, pattern, ['部分', '方面']))).toEqual(expected);
  });

  it('counts blanks and digits back from a place', () => {
    expect(blanksBefore('12 \t元', 4)).toBe(2);
    expect(digitsBefore('年2024', 5)).toBe(1);
  });
});
