import { describe, expect, it } from 'vitest';
import { allCellPaths, getCell, type Report } from '@xxgk/model';
import { withoutCutFigure, withoutCutMarkup } from './cut-figure.js';
import { parseDocument, parseText } from './index.js';
import { HTML_LAYOUTS, renderHtmlLayout } from './html/testing/html-layouts.js';
import { huaianTables } from './testing/shared-fixtures.js';
import { renderTextReport, TEXT_LAYOUTS } from './testing/text-layouts.js';

const truth: Report = huaianTables();
const RECEIVED_TOTAL = String(truth.applications.received?.total); // 3119

/** The document up to `keep` characters into the first table-三 occurrence of `figure`. */
function cutInside(doc: string, figure: string, keep: number): string {
  const from = doc.indexOf('三、收到和处理政府信息公开申请情况');
  const at = doc.indexOf(figure, from);
  expect(at, figure).toBeGreaterThan(from);
  return doc.slice(0, at + keep);
}

/** The cells a report holds (absent ones left out), by path. */
function flattenCells(report: Report): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of allCellPaths(report.format)) {
    const value = getCell(report, path);
    if (value !== undefined) out[path] = value;
  }
  return out;
}

/** Every cell read is blank or equals the truth's (never another number); returns them. */
function cellsAgree(report: Report, label: string): Record<string, unknown> {
  const got = flattenCells(report);
  const want = flattenCells(truth);
  for (const [path, value] of Object.entries(got))
    if (value !== null) expect(value, `${label} ${path}`).toBe(want[path]);
  return got;
}

describe('a table figure that the end of a partial document cuts off', () => {
  it('is left out, not read as the digits left (31 of 3119), in every text layout and in HTML', async () => {
    expect(RECEIVED_TOTAL).toBe('3119');
    for (const layout of TEXT_LAYOUTS) {
      const cut = cutInside(renderTextReport(truth, layout), RECEIVED_TOTAL, 2);
      expect(cut.endsWith('31')).toBe(true);
      const { report } = parseText(cut, { fileName: 'cut.txt' });
      const got = cellsAgree(report, layout);
      expect(got['applications.received.total'] ?? null, layout).toBeNull();
      expect(got['applications.received.naturalPerson'], layout).toBe(3001);
    }
    for (const layout of HTML_LAYOUTS) {
      const cut = cutInside(renderHtmlLayout(truth, layout), RECEIVED_TOTAL, 2);
      const { report } = await parseDocument(new TextEncoder().encode(cut), {
        fileName: 'cut.html',
      });
      const got = cellsAgree(report, layout);
      expect(got['applications.received.total'] ?? null, layout).toBeNull();
      expect(got['applications.received.naturalPerson'], layout).toBe(3001);
    }
  });

  it('is read when it is whole: followed by its line break or pipe, or a lone 0', () => {
    const pipes = renderTextReport(truth, 'pipe-leading');
    const closed = cutInside(pipes, `${RECEIVED_TOTAL} |`, RECEIVED_TOTAL.length + 2);
    expect(parseText(closed).report.applications.received?.total).toBe(3119);
    const lines = renderTextReport(truth, 'cell-per-line-compact');
    const ended = cutInside(lines, `\n${RECEIVED_TOTAL}\n`, RECEIVED_TOTAL.length + 2);
    expect(parseText(ended).report.applications.received?.total).toBe(3119);
    // 3001 | 53 | 0: the research column's 0 ends the text and is kept.
    const zero = cutInside(pipes, '| 0 |', 3);
    expect(zero.endsWith('| 0')).toBe(true);
    expect(parseText(zero).report.applications.received?.research).toBe(0);
  });
});

describe('a one-figure row whose figure the end cuts off, on a line of its own', () => {
  it('is absent, not blank: the row is not known to be empty (padded 行政处罚 figure)', () => {
    for (const layout of ['cell-per-line', 'cell-per-line-compact', 'word-tab'] as const) {
      const doc = renderTextReport(truth, layout, { padNumbers: true });
      const from = doc.indexOf('行政处罚');
      const figure = String(truth.proactive.punishment?.decisions);
      const at = doc.indexOf(figure, from);
      expect(at, layout).toBeGreaterThan(from);
      for (const keep of [1, figure.length]) {
        const { report } = parseText(doc.slice(0, at + keep), { fileName: 'cut.txt' });
        expect(report.proactive.punishment?.decisions, `${layout} ${keep}`).toBeUndefined();
        expect(report.proactive.licensing?.decisions, layout).toBe(
          truth.proactive.licensing?.decisions,
        );
      }
    }
  });
});

describe('a cell the end of a partial document leaves unclosed', () => {
  it('is left out when the cut falls between its figure and the pipe that closes it', () => {
    // Table 四 one cell per line closed by ` |`: `72 |` `64 ` — 64 was read as 结果维持.
    const suffix = renderTextReport(truth, 'cell-pipe-suffix');
    const run = suffix.indexOf('\n72 |\n64 |\n');
    expect(run).toBeGreaterThan(0);
    const cut = suffix.slice(0, run + '\n72 |\n64 '.length);
    const { report } = parseText(cut, { fileName: 'cut.txt' });
    cellsAgree(report, 'cell-pipe-suffix');
    expect(report.review).toEqual({ reconsideration: { upheld: 72 } });
    // And a 0 so cut (`72 |` `0`): it was read as 结果维持, the 72 dropped.
    const zero = huaianTables();
    if (zero.review.reconsideration) zero.review.reconsideration.corrected = 0;
    const zeros = renderTextReport(zero, 'cell-pipe-suffix');
    const end = zeros.indexOf('\n72 |\n0 |\n') + '\n72 |\n0'.length;
    for (const tail of ['', ' ']) {
      const read = parseText(zeros.slice(0, end) + tail, { fileName: 'cut.txt' }).report;
      expect(read.review, `0${tail}`).toEqual({ reconsideration: { upheld: 72 } });
    }
    // The same in pipe rows: `… | 4 | 3119 ` (the closing pipe cut off).
    const pipes = cutInside(renderTextReport(truth, 'pipe-leading'), `${RECEIVED_TOTAL} |`, 5);
    const rows = parseText(pipes, { fileName: 'cut.txt' }).report;
    expect(cellsAgree(rows, 'pipe-leading')['applications.received.total'] ?? null).toBeNull();
  });

  it('keeps its figure in HTML when the cut falls inside the tag after it (3119<, 3119</t)', async () => {
    for (const layout of HTML_LAYOUTS) {
      const page = renderHtmlLayout(truth, layout);
      for (const tail of ['<', '</t', '<o:p']) {
        const at = cutInside(page, RECEIVED_TOTAL, RECEIVED_TOTAL.length).length;
        const cut = page.slice(0, at) + tail;
        const { report } = await parseDocument(new TextEncoder().encode(cut), {
          fileName: 'cut.html',
        });
        const got = cellsAgree(report, `${layout} ${tail}`);
        expect(got['applications.received.total'], `${layout} ${tail}`).toBe(3119);
      }
    }
  });
});

describe('withoutCutMarkup', () => {
  it('drops a tag cut open at the end, else a figure cut off, else nothing', () => {
    expect(withoutCutMarkup('<td>321<')).toBe('<td>321');
    expect(withoutCutMarkup('<td>321</td><td sty')).toBe('<td>321</td>');
    expect(withoutCutMarkup('<td>32')).toBe('<td>');
    expect(withoutCutMarkup('<p>a < b')).toBe('<p>a < b');
    expect(withoutCutMarkup('<p>x</p>\n')).toBe('<p>x</p>\n');
  });
});

describe('withoutCutFigure', () => {
  it('drops only a figure that is a cell of its own at the very end', () => {
    expect(withoutCutFigure('规章\n12')).toBe('规章');
    expect(withoutCutFigure('| 行政许可 | 4472')).toBe('| 行政许可 | ');
    expect(withoutCutFigure('<td><span lang=EN-US>12')).toBe('<td><span lang=EN-US>');
    expect(withoutCutFigure('<td>&nbsp;96171.6')).toBe('<td>&nbsp;');
    expect(withoutCutFigure('| ４４７２')).toBe('| ');
    expect(withoutCutFigure('\t-4')).toBe('');
    expect(withoutCutFigure('行政处罚\r\n  15')).toBe('行政处罚');
    expect(withoutCutFigure('规章\n12\n')).toBe('规章\n12\n');
    expect(withoutCutFigure('| 0')).toBe('| 0');
    expect(withoutCutFigure('| 0 ')).toBe('| ');
    expect(withoutCutFigure('72 |\n0')).toBe('72 |');
    expect(withoutCutFigure('\n64 ')).toBe('');
    expect(withoutCutFigure('| 64\u3000')).toBe('| ');
    expect(withoutCutFigure('\t64\t')).toBe('\t64\t');
  });

  it('leaves running text that ends in digits alone (a phone number, a count, a date)', () => {
    for (const text of [
      '电话：0533-1234567',
      '共收到申请12',
      '发布日期：2025-01-20',
      '第3',
      '\n1.',
    ])
      expect(withoutCutFigure(text)).toBe(text);
  });
});
