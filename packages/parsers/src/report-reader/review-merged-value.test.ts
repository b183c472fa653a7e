import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';

const td = (v: string, attrs = ''): string => `<td${attrs}><p>${v}</p></td>`;

/**
 * Table 四 as LibreOffice writes it back to HTML from a DOCX whose grid has one more column:
 * the 行政复议 总计 spans two grid columns, in the header and in the row of figures.
 */
function reviewTable(): string {
  const head = ['结果维持', '结果纠正', '其他结果', '尚未审结'];
  return [
    '<table>',
    `<tr>${td('行政复议', ' colspan="6"')}${td('行政诉讼', ' colspan="10"')}</tr>`,
    `<tr>${head.map((h) => td(h, ' rowspan="2"')).join('')}${td('总计', ' rowspan="2" colspan="2"')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>`,
    `<tr>${[...head, '总计', ...head, '总计'].map((h) => td(h)).join('')}</tr>`,
    `<tr>${td('5')}${td('&nbsp;')}${td('&nbsp;')}${td('2')}${td('7', ' colspan="2"')}${['8', '&nbsp;', '&nbsp;', '1', '9', '3', '0', '0', '0', '3'].map((v) => td(v)).join('')}</tr>`,
    '</table>',
  ].join('');
}

describe('table 四 with a figure merged over two grid columns', () => {
  it('reads the merged figure once, every figure after it in its own column', async () => {
    const html = `<html><body><p>某县2023年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p>${reviewTable()}<p>五、存在的主要问题及改进情况</p></body></html>`;
    const { report } = await parseDocument(new TextEncoder().encode(html), { fileName: 'r.html' });
    expect(report.review).toEqual({
      reconsideration: { upheld: 5, corrected: null, other: null, pending: 2, total: 7 },
      litigationDirect: { upheld: 8, corrected: null, other: null, pending: 1, total: 9 },
      litigationAfterReconsideration: { upheld: 3, corrected: 0, other: 0, pending: 0, total: 3 },
    });
  });
});
