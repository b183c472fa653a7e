import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../index.js';
import { captures } from '../testing/shared-fixtures.js';

const capture022 = (): string => {
  const found = captures().find((c) => c.name.startsWith('022_'));
  if (!found) throw new Error('capture 022 missing');
  return new TextDecoder().decode(found.bytes);
};

describe('a table 三 row with two equal figures where the document ends', () => {
  it('reads only 自然人 from them: the second may be 商业企业 of a cut row or the 总计 of a collapsed one', async () => {
    // Capture 022 collapses empty cells (`3 |` `3 |` then a run of pipes): whole, its row reads
    // 自然人 3 and 总计 3 (the truth). Cut after that row, 3 went to 商业企业 — a wrong cell.
    const text = capture022();
    const row = '一、本年新收政府信息公开申请数量 |\n3 |\n3 |';
    const at = text.indexOf(row) + row.length;
    expect(at).toBeGreaterThan(row.length);
    for (const cut of [text.slice(0, at), `${text.slice(0, at)}\n|||||||`]) {
      const { report } = parseText(cut, { fileName: 'cut.txt' });
      expect(report.applications).toEqual({ received: { naturalPerson: 3 } });
    }
    const whole = await parseDocument(new TextEncoder().encode(text), { fileName: '022.txt' });
    expect(whole.report.applications.received).toEqual({
      naturalPerson: 3,
      commercial: null,
      research: null,
      socialWelfare: null,
      legalService: null,
      otherOrg: null,
      total: 3,
    });
  });

  it('still reads a cut row of other figures in order, as pipes with their empty cells print it', () => {
    const head = ['一、总体情况', '三、收到和处理政府信息公开申请情况'];
    const cut = parseText([...head, '一、本年新收政府信息公开申请数量 | 3 | 0 | 1', ''].join('\n'));
    expect(cut.report.applications).toEqual({
      received: { naturalPerson: 3, commercial: 0, research: 1 },
    });
  });
});
