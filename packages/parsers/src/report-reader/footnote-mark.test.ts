import { describe, expect, it } from 'vitest';
import type { Report } from '@xxgk/model';
import { parseText } from '../index.js';
import { huaianTables } from '../testing/shared-fixtures.js';
import { renderTextReport, TEXT_LAYOUTS } from '../testing/text-layouts.js';

const truth: Report = huaianTables();

/** Row labels a report may mark with a footnote (one of table 二, two of table 三). */
const MARKED = ['行政许可', '一、本年新收政府信息公开申请数量', '（一）予以公开'];
/** Footnote marks typed as plain text, as a copy of a page or a Word document keeps them. */
const MARKS = ['*', '＊', '①', '¹', '※', '注1', '注①', '[1]', '［1］', '【注2】'];

function withMark(text: string, mark: string): string {
  let out = text;
  for (const label of MARKED) {
    expect(out, label).toContain(label);
    out = out.split(label).join(`${label}${mark}`);
  }
  return out;
}

describe('a footnote mark typed right after a table row label', () => {
  it('does not lose the row, in any text layout', () => {
    for (const layout of TEXT_LAYOUTS) {
      const plain = parseText(renderTextReport(truth, layout), { fileName: 'r.txt' }).report;
      for (const mark of MARKS) {
        const marked = withMark(renderTextReport(truth, layout), mark);
        const { report } = parseText(marked, { fileName: 'r.txt' });
        expect(report.applications, `${layout} ${mark}`).toEqual(plain.applications);
        expect(report.proactive, `${layout} ${mark}`).toEqual(plain.proactive);
      }
    }
  });

  it('printed apart from the label, as a cell of its own, is not read as the row’s first figure', () => {
    for (const layout of ['space-columns', 'pipe-leading', 'cell-per-line'] as const) {
      const plain = parseText(renderTextReport(truth, layout), { fileName: 'r.txt' }).report;
      for (const mark of ['*', '①', '¹', '[1]']) {
        const text = renderTextReport(truth, layout).replace(
          /（一）予以公开(?=\s)/u,
          layout === 'pipe-leading' ? `（一）予以公开 | ${mark}` : `（一）予以公开  ${mark}`,
        );
        expect(text, `${layout} ${mark}`).toContain(mark);
        const { report } = parseText(text, { fileName: 'r.txt' });
        expect(report.applications, `${layout} ${mark}`).toEqual(plain.applications);
      }
    }
  });

  it('is a mark only at the label’s end, never a figure: a label glued to its number stays unread', () => {
    const text = [
      '二、主动公开政府信息情况',
      '第二十条第（五）项',
      '信息内容 | 本年处理决定数量',
      '行政许可1 | 356',
      '第二十条第（六）项',
      '信息内容 | 本年处理决定数量',
      '行政处罚 | 48',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const { report } = parseText(text, { fileName: 'r.txt' });
    expect(report.proactive).toEqual({ punishment: { decisions: 48 } });
  });
});
