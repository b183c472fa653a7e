import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../index.js';

const REVIEW = {
  reconsideration: { upheld: 5, corrected: 8, other: 7, pending: 6, total: 26 },
  litigationDirect: { upheld: 8, corrected: 9, other: 5, pending: 7, total: 29 },
  litigationAfterReconsideration: { upheld: 9, corrected: 1, other: 0, pending: 2, total: 12 },
};
const ROWS = [
  ['结果维持', '5', '8', '9'],
  ['结果纠正', '8', '9', '1'],
  ['其他结果', '7', '5', '0'],
  ['尚未审结', '6', '7', '2'],
  ['总计', '26', '29', '12'],
];
const around = (table: string[]): string =>
  [
    '三、收到和处理政府信息公开申请情况',
    '一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
    '四、政府信息公开行政复议、行政诉讼情况',
    ...table,
    '五、存在的主要问题及改进情况',
    '无。',
  ].join('\n');

describe('table 四 printed transposed: a row per result, a column per block', () => {
  it('is read into its fifteen cells from pipe rows and from one cell per line', () => {
    const header = ['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
    const pipes = around([header, ...ROWS].map((r) => `| ${r.join(' | ')} |`));
    expect(parseText(pipes, { fileName: 'r.txt' }).report.review).toEqual(REVIEW);
    const lines = around([header, ...ROWS].flat());
    expect(parseText(lines, { fileName: 'r.txt' }).report.review).toEqual(REVIEW);
  });

  it('is read from an HTML table whose header names the litigation blocks under 行政诉讼', async () => {
    const html = `<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
      <tr><td rowspan="2">项目</td><td rowspan="2">行政复议</td><td colspan="2">行政诉讼</td></tr>
      <tr><td>未经复议直接起诉</td><td>复议后起诉</td></tr>
      ${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}
      </table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
    const { report } = await parseDocument(new TextEncoder().encode(html), { fileName: 'r.html' });
    expect(report.review).toEqual(REVIEW);
  });

  it('is not read when a result row is missing or short: no cell is guessed', () => {
    const header = ['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
    const short = [header, ...ROWS.slice(0, 4), ['总计', '26', '29']];
    const text = around(short.map((r) => `| ${r.join(' | ')} |`));
    expect(parseText(text, { fileName: 'r.txt' }).report.review).toEqual({});
  });
});
