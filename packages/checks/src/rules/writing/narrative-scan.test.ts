import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanNarrative, type RepeatedRun } from './narrative-scan.js';

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * The repeated runs by their definition, every unit tried at every position: left to right,
 * where a pair of Chinese characters starts (not inside a run already found), the shortest unit
 * of 2–30 Chinese characters written twice in a row, the second copy starting there.
 */
function runsByDefinition(text: string): RepeatedRun[] {
  const runs: RepeatedRun[] = [];
  let from = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (i < from || !isHan(text.charCodeAt(i)) || !isHan(text.charCodeAt(i + 1))) continue;
    for (let unit = 2; unit <= 30 && i - unit >= from; unit++) {
      if (i + unit > text.length) continue;
      let same = true;
      for (let k = 0; k < unit && same; k++) {
        const c = text.charCodeAt(i + k);
        same = c === text.charCodeAt(i - unit + k) && isHan(c);
      }
      if (!same) continue;
      runs.push({ start: i - unit, unit });
      from = i + unit;
      break;
    }
  }
  return runs;
}

describe('scanNarrative', () => {
  it('finds a phrase written twice with its shortest unit, and resumes after the copy', () => {
    const text = '部门财政财政预决算，报告如下报告如下。';
    expect(scanNarrative(text).runs).toEqual([
      { start: 2, unit: 2 },
      { start: 10, unit: 4 },
    ]);
  });

  it('finds the repeated runs their definition gives, in text with many repeats', () => {
    // A few characters, so that pairs, triples and whole runs repeat at every distance.
    const pieces = fc.constantFrom('财', '政', '预', '算', '报告', '如下', '，', '。', 'a', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        expect(scanNarrative(text).runs).toEqual(runsByDefinition(text));
      }),
      { numRuns: 3000 },
    );
    // The longest unit looked for is 30 characters.
    const thirty = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
    expect(scanNarrative(thirty + thirty).runs).toEqual([{ start: 0, unit: 30 }]);
    expect(scanNarrative(`${thirty}戌${thirty}戌`).runs).toEqual([]);
  });

  it('finds a function character written twice but not three times, as the old pattern did', () => {
    // ([的在是和与及并将把被对])\1(?!\1): 的的的 fails at 0 and 1, matches at 2 in 的的的的.
    expect(scanNarrative('我的的书').doubled).toEqual([1]);
    expect(scanNarrative('的的的的在在').doubled).toEqual([2, 4]);
    expect(scanNarrative('的的的').doubled).toEqual([1]);
    expect(scanNarrative('好好学习').doubled).toEqual([]);
  });

  it('returns only long closed sentences whose text may repeat, in text order', () => {
    const long = '我局高度重视政府信息公开工作并指定专人负责。';
    const text = `${long}\n其他不同的句子也足够长可以被计入统计之中。\n  ${long}\n${long.slice(0, -1)}`;
    const spans = scanNarrative(text).sentences.map((s) => text.slice(s.start, s.end).trim());
    expect(spans).toEqual([long, long]);
  });

  it('finds nothing in text without repetition', () => {
    const scan = scanNarrative('做到件件有回应、事事有落实。公开、公开再公开。');
    expect(scan.runs).toEqual([]);
    expect(scan.doubled).toEqual([]);
    expect(scan.sentences).toEqual([]);
  });

  it('notes marks, doubled-punctuation starts, clause-ending numbers and zeros as patterns would', () => {
    const positions = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m.index);
    const text =
      '依据《条例》（第711号）“公开”，，共12件, 收到3 。\n电话：0533-1234567;: 合计 7\n【注】〔2024〕5号 ! ?答复8';
    const scan = scanNarrative(text);
    expect(scan.marks).toEqual(positions(/[()《》“”【】〔〕]/gu, text));
    expect(scan.markPairs).toEqual(positions(/[,。、;!?:](?=[ \t]*[,。、;!?:])/gu, text));
    expect(scan.clauseNumberEnds).toEqual(positions(/\d(?=[ \t]*(?:[,。;、!?\n]|$))/gu, text));
    expect(scan.zeros).toEqual(positions(/0(?=\d)/gu, text));
    expect(scan.markPairs.length).toBeGreaterThan(1);
    expect(scan.clauseNumberEnds.length).toBeGreaterThan(2);
  });
});
