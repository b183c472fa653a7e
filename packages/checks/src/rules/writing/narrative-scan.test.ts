import { describe, expect, it } from 'vitest';
import { scanNarrative } from './narrative-scan.js';

describe('scanNarrative', () => {
  it('finds a phrase written twice with its shortest unit, and resumes after the copy', () => {
    const text = '部门财政财政预决算，报告如下报告如下。';
    expect(scanNarrative(text).runs).toEqual([
      { start: 2, unit: 2 },
      { start: 10, unit: 4 },
    ]);
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
