import fc from 'fast-check';
import { emptyReport } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { reportMetadata, splitParagraph } from './narrative-sheet.js';
import { displayWidth } from './text-width.js';

describe('splitParagraph', () => {
  it('gives the paragraph back when its pieces are joined, each piece within the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('政', '府', '。', '；', 'a', '1', ' '), maxLength: 400 }),
        fc.integer({ min: 2, max: 80 }),
        (text, max) => {
          const pieces = splitParagraph(text, max);
          expect(pieces.join('')).toBe(text);
          for (const piece of pieces) expect(displayWidth(piece)).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('cuts after a full stop when one falls in the second half of a piece', () => {
    expect(splitParagraph('一二三四五。六七八九十', 14)).toEqual(['一二三四五。', '六七八九十']);
  });
});

describe('reportMetadata', () => {
  it('names the format edition and its document, and the title year only when it differs', () => {
    const report = { ...emptyReport('2019'), year: 2020, titleYear: 2019 };
    const items = reportMetadata(report);
    expect(items.find((i) => i.label === '报告格式')?.value).toBe(
      '中华人民共和国政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）',
    );
    expect(items.find((i) => i.label === '标题所示年度')?.value).toBe(2019);
    expect(reportMetadata({ ...report, titleYear: 2020 }).map((i) => i.label)).not.toContain(
      '标题所示年度',
    );
  });
});
