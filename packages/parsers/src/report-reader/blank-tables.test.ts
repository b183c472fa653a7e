import { describe, expect, it } from 'vitest';
import type { Report } from '@xxgk/model';
import { parseText } from '../index.js';
import { readPdfLines } from '../pdf/index.js';
import { reportPdfPages, WPS_LIKE } from '../pdf/testing/report-pdf.js';
import { writePdf } from '../pdf/testing/write-pdf.js';
import { huaianTruth, seeds } from '../testing/shared-fixtures.js';
import { readReport } from './index.js';

const seed = seeds().find((s) => s.name.startsWith('001_'));
if (!seed) throw new Error('no seed 001 in testdata');
const lines = new TextDecoder().decode(seed.bytes).split('\n');
const at = (heading: string): number => lines.findIndex((l) => l.trim().startsWith(heading));
const two = at('二、主动公开政府信息情况');
const four = at('四、政府信息公开行政复议');
/** Seed 001 with no figure printed in tables 二 and 三 (blank tables as PDF text shows them). */
const blank = [
  ...lines.slice(0, two),
  ...lines.slice(two, four).filter((l) => !/^[\d.]+$/u.test(l.replace(/[\s\u3000]/gu, ''))),
  ...lines.slice(four),
];

/** Every row of a table with every cell null, in the shape the reader gives. */
function allNull<T extends object>(table: T): T {
  const out: Record<string, Record<string, null>> = {};
  for (const [row, cells] of Object.entries(table))
    out[row] = Object.fromEntries(Object.keys(cells as object).map((k) => [k, null]));
  return out as T;
}

describe('tables 二 and 三 whose labels are printed with no figure at all', () => {
  const full = parseText(lines.join('\n'), { fileName: 'full.txt' }).report;

  it('are present with every cell blank when the report goes on to the next section', () => {
    const { report } = parseText(blank.join('\n'), { fileName: 'blank.txt' });
    expect(report.proactive).toEqual(allNull(full.proactive));
    expect(report.applications).toEqual(allNull(full.applications));
    expect(report.review).toEqual(full.review);
  });

  it('stay absent when the document is cut off before the next section', () => {
    const end = (heading: string): number => blank.findIndex((l) => l.trim().startsWith(heading));
    // Cut inside table 二, the document has no cell at all: not a report with a blank table.
    expect(() =>
      parseText(blank.slice(0, end('三、收到和处理')).join('\n'), { fileName: 'cut2.txt' }),
    ).toThrow(/没有找到可读取的统计表格/u);
    const cutThree = parseText(blank.slice(0, end('四、政府信息公开行政复议')).join('\n'), {
      fileName: 'cut3.txt',
    }).report;
    expect(cutThree.applications).toEqual({});
    expect(cutThree.proactive).toEqual(allNull(full.proactive));
  });

  it('are read as before when a row of them carries a figure', () => {
    const withOne = blank.map((l) => (l.trim() === '行政许可' ? `${l}\n\t7` : l));
    const { report } = parseText(withOne.join('\n'), { fileName: 'one.txt' });
    expect(report.proactive).toEqual({ licensing: { decisions: 7 } });
  });

  it('are present with blank cells in a PDF that prints nothing in them', async () => {
    const truth = huaianTruth();
    const source: Report = {
      ...truth,
      title: null,
      sections: {},
      notes: {},
      proactive: allNull(truth.proactive),
      applications: allNull(truth.applications),
    };
    const pdf = writePdf(reportPdfPages(source, WPS_LIKE));
    const read = readReport({
      source: 'pdf',
      lines: await readPdfLines(pdf, { engine: 'pdfjs' }),
    }).report;
    expect(read.proactive).toEqual(source.proactive);
    expect(read.applications).toEqual(source.applications);
    expect(read.review).toEqual(source.review);
  });
});
