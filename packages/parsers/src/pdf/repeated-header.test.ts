import { describe, expect, it } from 'vitest';
import { layoutPages } from './layout.js';
import type { PdfPage, TextRun } from './types.js';
import { textRun } from './testing/text-run.js';

const run = (page: number, text: string, x0: number, yc: number, size = 12): TextRun =>
  textRun(text, x0, yc, size, page);

const COLUMNS = [218, 260, 314, 349, 392, 445, 488];
const figures = (page: number, values: string[], yc: number) =>
  values.map((t, k) => run(page, t, COLUMNS[k] ?? 0, yc));

/** Table 三's header as one page prints it; `narrow` wraps its cells as a later page may. */
const header = (page: number, top: number, narrow: boolean): TextRun[] =>
  narrow
    ? [
        run(page, '申请人', 300, top),
        run(page, '情况', 306, top + 14),
        run(page, '自然', 218, top + 28),
        run(page, '商业企业', 260, top + 28),
        run(page, '总计', 488, top + 28),
        run(page, '人', 218, top + 42),
      ]
    : [
        run(page, '申请人情况', 300, top),
        run(page, '自然人', 218, top + 14),
        run(page, '商业企业', 260, top + 14),
        run(page, '总计', 488, top + 14),
      ];

describe('a table header repeated at the top of a new page', () => {
  it('is dropped, so a row label cut by the page break is read whole with its figures in place (LibreOffice PDF of an HTML table: 3.危及“三 / repeated header / 安全一稳 501 … / 定”)', () => {
    const endangers = ['501', '736', '299', '588', '996', '621', '3741'];
    const pages: PdfPage[] = [
      {
        page: 1,
        width: 595,
        height: 842,
        runs: [
          run(1, '三、收到和处理政府信息公开申请情况', 72, 60, 16),
          ...header(1, 100, false),
          run(1, '1.属于国家秘密', 81, 140),
          ...figures(1, ['194', '880', '1', '943', '554', '319', '2891'], 140),
          run(1, '2.其他法律行政法规禁止公开', 81, 160),
          ...figures(1, ['7', '985', '281', '879', '572', '515', '3239'], 160),
          run(1, '3.危及“三', 81, 180),
        ],
      },
      {
        page: 2,
        width: 595,
        height: 842,
        runs: [
          ...header(2, 72, true),
          run(2, '安全一稳', 81, 132),
          ...figures(2, endangers, 132),
          run(2, '定”', 81, 146),
          run(2, '4.保护第三方合法权益', 81, 166),
          ...figures(2, ['530', '920', '632', '1', '387', '657', '3127'], 166),
        ],
      },
    ];
    const rows = layoutPages(pages).filter((l) => l.kind === 'row');
    const row = rows.find((l) => l.cells.some((c) => c.text === '501'));
    expect(row?.cells.map((c) => c.text)).toEqual(['3.危及“三安全一稳定”', ...endangers]);
  });

  it('is kept when the page before ends in running text, not in a table (a header-like line opening a new table)', () => {
    const pages: PdfPage[] = [
      {
        page: 1,
        width: 595,
        height: 842,
        runs: [
          ...header(1, 100, false),
          run(1, '1.属于国家秘密', 81, 140),
          ...figures(1, ['194', '880', '1', '943', '554', '319', '2891'], 140),
          run(1, '本表数据截至十二月三十一日，以下为另一张表。', 72, 200),
          run(1, '以上情况特此说明，请予审阅并提出意见。', 72, 220),
          run(1, '下页为本机关下属单位的同类统计表。', 72, 240),
          run(1, '统计口径与上表相同，特此说明。', 72, 260),
        ],
      },
      {
        page: 2,
        width: 595,
        height: 842,
        runs: [
          ...header(2, 72, false),
          run(2, '1.属于国家秘密', 81, 112),
          ...figures(2, ['5', '6', '7', '8', '9', '10', '45'], 112),
        ],
      },
    ];
    const text = layoutPages(pages).flatMap((l) => l.cells.map((c) => c.text));
    expect(text.filter((t) => t === '申请人情况')).toHaveLength(2);
  });

  it('is kept when it is table 二’s 信息内容 header of a new 第二十条 sub-table opening the page (2021 format, huaian-2024.pdf)', () => {
    const pages: PdfPage[] = [
      {
        page: 1,
        width: 595,
        height: 842,
        runs: [
          run(1, '第二十条第（五）项', 72, 100),
          run(1, '信息内容', 81, 120),
          run(1, '本年处理决定数量', 300, 120),
          run(1, '行政许可', 81, 140),
          run(1, '447228', 320, 140),
          run(1, '第二十条第（六）项', 72, 160),
        ],
      },
      {
        page: 2,
        width: 595,
        height: 842,
        runs: [
          run(2, '信息内容', 81, 72),
          run(2, '本年处理决定数量', 300, 72),
          run(2, '行政处罚', 81, 92),
          run(2, '3985758', 320, 92),
        ],
      },
    ];
    const text = layoutPages(pages).flatMap((l) => l.cells.map((c) => c.text));
    expect(text.filter((t) => t === '信息内容')).toHaveLength(2);
  });
});
