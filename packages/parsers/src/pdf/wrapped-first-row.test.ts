import { describe, expect, it } from 'vitest';
import { layoutPages } from './layout.js';
import type { PdfPage, TextRun } from './types.js';
import { textRun } from './testing/text-run.js';

const run = (text: string, x0: number, yc: number, size = 12): TextRun =>
  textRun(text, x0, yc, size);

const COLUMNS = [218, 260, 314, 349, 392, 445, 488];

describe('a table whose first row label wraps around its figures', () => {
  it('keeps the label’s first line out of the header, so no header column puts a blank before the figures (LibreOffice PDF of an HTML table, the row alone on its page: 一、本年新收政府信息公 over 10643 … 67633)', () => {
    const figures = ['10643', '11638', '9967', '11250', '12408', '11727', '67633'];
    const page: PdfPage = {
      page: 1,
      width: 595,
      height: 842,
      runs: [
        run('三、收到和处理政府信息公开申请情况', 72, 60, 16),
        run('自然人', 218, 100),
        run('商业企业', 260, 100),
        run('总计', 488, 100),
        run('一、本年新收政府信息公', 81, 140),
        ...figures.map((t, k) => run(t, COLUMNS[k] ?? 0, 154)),
        run('开申请数量', 81, 168),
      ],
    };
    const rows = layoutPages([page]).filter((l) => l.kind === 'row');
    const first = rows.find((l) => l.cells.some((c) => c.text === '10643'));
    expect(first?.cells.map((c) => c.text).filter((t) => /^\d+$/u.test(t) || t === '')).toEqual(
      figures,
    );
  });
});
