import { describe, expect, it } from 'vitest';
import { layoutPages } from './layout.js';
import type { PdfPage, TextRun } from './types.js';
import { textRun } from './testing/text-run.js';

const run = (text: string, x0: number, yc: number, size = 10): TextRun =>
  textRun(text, x0, yc, size);

const row = (label: string, x0: number, figures: string[], yc: number): TextRun[] => [
  run(label, 57, yc),
  ...figures.map((t, k) => run(t, x0 + 30 * k, yc)),
];

describe('a row whose label runs across the first value columns', () => {
  it('puts no blank before its figures for the columns under its label, so none lands a column right (plain text printed to PDF: （二）部分公开（区分处理的…） then 351 … 304, its total wrapped off)', () => {
    const partly = ['351', '652', '649', '692', '323', '304'];
    const page: PdfPage = {
      page: 1,
      width: 595,
      height: 842,
      runs: [
        run('三、收到和处理政府信息公开申请情况', 57, 60, 16),
        // The page's running text sets its width (a plain-text document's lines run to the margin).
        run(
          '本年度共收到政府信息公开申请，均已按照法定程序和期限办理完毕，无逾期答复情形，申请人对答复无异议。',
          57,
          80,
        ),
        ...row('（一）予以公开', 237, ['495', '484', '205', '785', '259', '330', '2558'], 100),
        ...row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 357, partly, 114),
        ...row('1.属于国家秘密', 237, ['671', '800', '208', '596', '643', '305', '3223'], 128),
      ],
    };
    const rows = layoutPages([page]).filter((l) => l.kind === 'row');
    const got = rows.find((l) => l.cells.some((c) => c.text === '351'));
    const texts = got?.cells.map((c) => c.text) ?? [];
    expect(texts.slice(0, 7)).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      ...partly,
    ]);
  });

  it('keeps the blanks of a row whose label ends before the values (1.属于国家秘密 with its first two cells blank)', () => {
    const page: PdfPage = {
      page: 1,
      width: 595,
      height: 842,
      runs: [
        run('三、收到和处理政府信息公开申请情况', 57, 60, 16),
        ...row('（一）予以公开', 237, ['495', '484', '205', '785', '259', '330', '2558'], 100),
        ...row('1.属于国家秘密', 297, ['208', '596', '643', '305', '1752'], 114),
      ],
    };
    const got = layoutPages([page]).find((l) => l.cells.some((c) => c.text === '1752'));
    expect(got?.cells.map((c) => c.text)).toEqual([
      '1.属于国家秘密',
      '',
      '',
      '208',
      '596',
      '643',
      '305',
      '1752',
    ]);
  });
});
