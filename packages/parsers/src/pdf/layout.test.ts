import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';
import { continues } from './cell-text.js';
import { foldPdfText } from './fold-pdf-text.js';
import { toFragments } from './fragments.js';
import { dropPageChrome, pageLines } from './physical-lines.js';
import { readPdfLines } from './pdf-reader.js';
import { writePdf } from './testing/write-pdf.js';
import type { PdfPage, TextRun } from './types.js';
import { TESTDATA } from '../testing/shared-fixtures.js';
import { textRun } from './testing/text-run.js';

const run = (text: string, x0: number, yc: number, size = 10): TextRun =>
  textRun(text, x0, yc, size);

describe('lines and cells from positions', () => {
  it('puts numbers printed a little off the label’s baseline on the label’s line', () => {
    const lines = pageLines(toFragments([run('规章', 72, 100), run('12', 250, 102.5)]));
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([['规章', '12']]);
  });

  it('keeps lines two ems apart as two lines', () => {
    const lines = pageLines(
      toFragments([run('部分公开（区分', 72, 100), run('处理的）', 72, 120)]),
    );
    expect(lines).toHaveLength(2);
  });

  it('splits cells at wide gaps and joins ideographs without spaces, words with one', () => {
    const lines = pageLines(
      toFragments([
        run('第二十条', 72, 100),
        run('第（一）项', 117, 100),
        run('Annual', 300, 100),
        run('report', 336, 100),
        run('5', 420, 100),
      ]),
    );
    expect(lines[0]?.cells.map((c) => c.text)).toEqual([
      '第二十条第（一）项',
      'Annual report',
      '5',
    ]);
  });

  it('drops page numbers at the foot of a page', () => {
    const page: PdfPage = {
      page: 1,
      width: 595,
      height: 842,
      runs: [run('正文', 72, 100), run('- 3 -', 280, 800)],
    };
    const kept = dropPageChrome([page], [pageLines(toFragments(page.runs))]);
    expect(kept[0]?.map((l) => l.cells[0]?.text)).toEqual(['正文']);
  });

  it('drops text printed twice on itself (fake bold) once', () => {
    const lines = pageLines(toFragments([run('标题', 72, 100), run('标题', 72.3, 100)]));
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['标题']);
  });
});

describe('label continuation', () => {
  it('joins the pieces of a wrapped national label and nothing else', () => {
    expect(continues('（三）不', '予公开')).toBe('yes');
    expect(continues('1、申请人无正当理由逾期不补', '正、行政机关不再处理其政府信')).toBe('yes');
    expect(continues('1.属于国家秘密', '2.其他法律行政法规禁止公开')).toBe('no');
    expect(continues('某项自定义', '说明文字')).toBe('maybe');
    expect(continues('某项自定义', '2.下一项')).toBe('no');
  });

  it('knows the labels written with 其它 for 其他: joins their wrapped pieces, ends at a whole one', () => {
    // 法人或其它组织 wrapped by a narrow column, and the 2021 row 3.其它 as a whole label.
    expect(continues('法人或其', '它组织')).toBe('yes');
    expect(continues('（六）其它', '处理')).toBe('yes');
    expect(continues('3.其它', '申请人')).toBe('no');
  });

  it('folds radical code points and drops invisible characters only', () => {
    expect(foldPdfText('⼈⺠\u200b政府（一）')).toBe('人民政府（一）');
  });
});

describe('paragraphs and the document registry', () => {
  it('joins the printed lines of a paragraph into one line, and keeps headings apart', async () => {
    const pdf = writePdf([
      {
        items: [
          { x: 72, y: 100, size: 16, text: '一、总体情况' },
          { x: 104, y: 130, size: 16, text: '本年度，我局认真贯彻落实条例，各项工' },
          { x: 72, y: 158, size: 16, text: '作有序开展。全年主动公开政府信息一百条，' },
          { x: 72, y: 186, size: 16, text: '答复申请三件。' },
          { x: 104, y: 214, size: 16, text: '下一段从这里开始。' },
        ],
      },
    ]);
    const lines = await readPdfLines(pdf, { engine: 'pdfjs' });
    expect(lines.map((l) => l.cells[0]?.text)).toEqual([
      '一、总体情况',
      '本年度，我局认真贯彻落实条例，各项工作有序开展。全年主动公开政府信息一百条，答复申请三件。',
      '下一段从这里开始。',
    ]);
  });

  it('joins a figure the line width cut in two without a space (已办结共55 / 283件 is 55283)', async () => {
    // LibreOffice breaks a Chinese paragraph inside a number; a space there hid the figure
    // from the text-vs-table rules (red-team round 11).
    const pdf = writePdf([
      {
        items: [
          { x: 72, y: 100, size: 16, text: '一、总体情况' },
          { x: 104, y: 130, size: 16, text: '全年收到政府信息公开申请并已办结共55' },
          { x: 72, y: 158, size: 16, text: '283件，其余结转下年度办理。' },
          { x: 104, y: 186, size: 16, text: 'Annual report of the agency, version' },
          { x: 72, y: 214, size: 16, text: '2 of it.' },
        ],
      },
    ]);
    const lines = await readPdfLines(pdf, { engine: 'pdfjs' });
    expect(lines.map((l) => l.cells[0]?.text)).toEqual([
      '一、总体情况',
      '全年收到政府信息公开申请并已办结共55283件，其余结转下年度办理。',
      'Annual report of the agency, version 2 of it.',
    ]);
  });

  it('reads the fixture through parseDocument as a PDF', async () => {
    const bytes = new Uint8Array(readFileSync(join(TESTDATA, 'fixtures/huaian-2024.pdf')));
    const parsed = await parseDocument(bytes, { fileName: 'huaian-2024.pdf' });
    expect(parsed.source).toBe('pdf');
    expect(parsed.report.applications.received?.total).toBe(3119);
    expect(parsed.problems).toEqual([]);
  });
});
