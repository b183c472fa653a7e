import { describe, expect, it } from 'vitest';
import { readReport } from '../report-reader/index.js';
import { readPdfLines } from './index.js';
import { findPdftotext } from './poppler-engine.js';
import { writePdf, type PlacedText } from './testing/write-pdf.js';

/** Text at `x`, its baseline `y` points below the page's top. */
const at = (text: string, x: number, y: number, size = 12): PlacedText => ({ x, y, size, text });

/** Left edges of the printed value columns (figures left-aligned, as LibreOffice sets them). */
const COLUMNS = [354, 395, 449, 485, 527, 587];

const row = (label: string, top: number, figures: string[]): PlacedText[] => [
  at(label, 81, top),
  ...figures.map((f, i) => at(f, COLUMNS[i] ?? 0, top)),
];

/**
 * Table 三 as LibreOffice prints an HTML table without widths on A4: wider than the page, it
 * shows 自然人 … 其他 (其 cut by the edge at 595 pt) and nothing of 总计, which lies wholly
 * past the edge. 法律服务 / 机构 is centred in its column while its figures sit at the column's
 * left, so the header's last line misses them.
 */
const tableWiderThanPage = (otherX: number) =>
  writePdf([
    {
      items: [
        at('三、收到和处理政府信息公开申请情况', 81, 150, 14),
        at('申请人情况', 420, 200),
        at('自然人', 355, 242),
        at('法人或其他组织', 440, 220),
        at('科研', 453, 250),
        at('社会公', 486, 250),
        at('法律服务', 531, 250),
        at('商业企业', 397, 265),
        at('其', otherX, 265),
        at('机构', 453, 280),
        at('益组织', 486, 280),
        at('机构', 543, 280),
        ...row('一、本年新收政府信息公开申请数量', 325, ['2', '0', '0', '0', '0', '1']),
        ...row('二、上年结转政府信息公开申请数量', 370, ['0', '0', '0', '0', '0', '0']),
        ...row('（一）予以公开', 415, ['1', '0', '0', '0', '0', '1']),
      ],
    },
  ]);

/** 其 well past A4's edge (595 pt), and 其 ending 0.4 pt past it (an edge cutting its glyph). */
const LAYOUTS = [
  ['其 cut in half', tableWiderThanPage(588)],
  ['其 cut at its end', tableWiderThanPage(583.4)],
] as const;

const engines = findPdftotext() ? (['pdfjs', 'poppler'] as const) : (['pdfjs'] as const);

describe('a table whose last column lies wholly past the page edge', () => {
  for (const engine of engines)
    for (const [layout, pdf] of LAYOUTS)
      it(`reads each printed figure in its own column and the column past the edge as blank, never another column's figure (${engine}, ${layout})`, async () => {
        const lines = await readPdfLines(pdf, { engine, fileName: 'wide.pdf' });
        const { report } = readReport({ source: 'pdf', lines }, { fileName: 'wide.pdf' });
        const received = report.applications.received;
        expect(received).toMatchObject({
          naturalPerson: 2,
          commercial: 0,
          research: 0,
          socialWelfare: 0,
          legalService: 0,
          otherOrg: 1,
        });
        expect(received?.total ?? null).toBeNull();
        expect(report.applications.granted).toMatchObject({ naturalPerson: 1, otherOrg: 1 });
        expect(report.applications.granted?.total ?? null).toBeNull();
      });
});
