import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../index.js';
import { inSectionFour, REVIEW_CELLS } from '../testing/review-table.js';

const ROWS = [
  ['结果维持', '5', '8', '9'],
  ['结果纠正', '8', '9', '1'],
  ['其他结果', '7', '5', '0'],
  ['尚未审结', '6', '7', '2'],
  ['总计', '26', '29', '12'],
];

describe('table 四 printed transposed: a row per result, a column per block', () => {
  it('is read into its fifteen cells from pipe rows and from one cell per line', () => {
    const header = ['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
    const pipes = inSectionFour([header, ...ROWS].map((r) => `| ${r.join(' | ')} |`));
    expect(parseText(pipes, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
    const lines = inSectionFour([header, ...ROWS].flat());
    expect(parseText(lines, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
  });

  it('is read from an HTML table whose header names the litigation blocks under 行政诉讼', async () => {
    const html = `<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
      <tr><td rowspan="2">项目</td><td rowspan="2">行政复议</td><td colspan="2">行政诉讼</td></tr>
      <tr><td>未经复议直接起诉</td><td>复议后起诉</td></tr>
      ${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}
      </table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
    const { report } = await parseDocument(new TextEncoder().encode(html), { fileName: 'r.html' });
    expect(report.review).toEqual(REVIEW_CELLS);
  });

  it('is not read when a result row is missing or short: no cell is guessed', () => {
    const header = ['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
    const short = [header, ...ROWS.slice(0, 4), ['总计', '26', '29']];
    const text = inSectionFour(short.map((r) => `| ${r.join(' | ')} |`));
    expect(parseText(text, { fileName: 'r.txt' }).report.review).toEqual({});
  });
});
