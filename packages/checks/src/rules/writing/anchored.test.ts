import { describe, expect, it } from 'vitest';
import { buildTextView, narrativeMatches } from '../../text/text-view.js';
import { anchoredMatches, blanksBefore, digitsBefore } from './anchored.js';

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

  it('counts blanks and digits back from a place', () => {
    expect(blanksBefore('12 \t元', 4)).toBe(2);
    expect(digitsBefore('年2024', 5)).toBe(1);
  });
});
