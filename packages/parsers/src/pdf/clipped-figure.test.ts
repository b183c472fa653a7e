import { describe, expect, it } from 'vitest';
import { withClippedFiguresMarked } from './clipped-figure.js';
import type { PdfPage } from './types.js';

const run = (text: string, x0: number, x1: number) => ({ page: 1, text, x0, x1, yc: 100 });

describe('figures clipped at the page edge', () => {
  it('marks a figure running past the right edge as cut, and leaves the rest alone', () => {
    const page: PdfPage = {
      page: 1,
      width: 595.3,
      height: 841.9,
      runs: [
        run('一、本年新收政府信息公开申请数量', 40, 300),
        run('13612', 326.5, 356.5),
        run('14', 587.5, 599.5),
        run('总', 587.5, 599.5),
      ],
    };
    const [marked] = withClippedFiguresMarked([page]);
    expect(marked?.runs.map((r) => r.text)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '13612',
      '14…',
      '总',
    ]);
  });

  it('returns a page with nothing past its edges as it is', () => {
    const page: PdfPage = { page: 1, width: 595.3, height: 841.9, runs: [run('560', 500, 520)] };
    expect(withClippedFiguresMarked([page])[0]).toBe(page);
  });
});
