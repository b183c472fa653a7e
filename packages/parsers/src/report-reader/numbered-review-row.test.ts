import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../index.js';
import { inSectionFour, REVIEW_CELLS } from '../testing/review-table.js';

/**
 * Some reports add a 序号 (row number) column to every table. Tables 二 and 三 number rows that
 * open with a label, but table 四's single row of values has no label: its row number is the
 * first of sixteen figures.
 */
const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const VALUES = ['5', '8', '7', '6', '26', '8', '9', '5', '7', '29', '9', '1', '0', '2', '12'];
const HEADER = [
  ['序号', '行政复议', '行政诉讼'],
  ['序号', '', '未经复议直接起诉', '复议后起诉'],
  ['序号', ...RESULTS, ...RESULTS, ...RESULTS],
];

describe('a 序号 column that also numbers table 四’s row of values', () => {
  it('is not read as the first figure, in pipe rows, tab rows and one cell per line', () => {
    const rows = [...HEADER, ['4', ...VALUES]];
    const pipes = inSectionFour(rows.map((r) => `| ${r.join(' | ')} |`));
    expect(parseText(pipes, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
    const tabs = inSectionFour(rows.map((r) => r.join('\t')));
    expect(parseText(tabs, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
    const lines = inSectionFour(rows.flat().filter((c) => c !== ''));
    expect(parseText(lines, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
  });

  it('is not read as a figure in single-space rows (text from a PDF), in tables 三 and 四', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '序号 申请人情况',
      '序号 自然人 法人或其他组织 总计',
      '1 一、本年新收政府信息公开申请数量 30 5 4 3 2 1 45',
      '2 二、上年结转政府信息公开申请数量 2 1 0 0 0 0 3',
      '四、政府信息公开行政复议、行政诉讼情况',
      ...HEADER.map((r) => r.filter((c) => c !== '').join(' ')),
      ['4', ...VALUES].join(' '),
      '五、存在的主要问题及改进情况',
      '无。',
    ].join('\n');
    const { report } = parseText(text, { fileName: 'r.txt' });
    expect(report.applications.received).toEqual({
      naturalPerson: 30,
      commercial: 5,
      research: 4,
      socialWelfare: 3,
      legalService: 2,
      otherOrg: 1,
      total: 45,
    });
    expect(report.applications.carriedOver?.total).toBe(3);
    expect(report.review).toEqual(REVIEW_CELLS);
  });

  it('is not read as the first figure in an HTML table', async () => {
    const cells = (r: string[]): string => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
      <tr><td rowspan="3">序号</td><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
      <tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
      ${cells([...RESULTS, ...RESULTS, ...RESULTS])}${cells(['1', ...VALUES])}
      </table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
    const { report } = await parseDocument(new TextEncoder().encode(html), { fileName: 'r.html' });
    expect(report.review).toEqual(REVIEW_CELLS);
  });

  it('is not read as the first figure when a 备注 column ends the row too', () => {
    const rows = [
      [...(HEADER[0] as string[]), '备注'],
      [...(HEADER[1] as string[]), ''],
      [...(HEADER[2] as string[]), '备注'],
      ['4', ...VALUES, '—'],
    ];
    const pipes = inSectionFour(rows.map((r) => `| ${r.join(' | ')} |`));
    expect(parseText(pipes, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
    const lines = inSectionFour(rows.flat().filter((c) => c !== ''));
    expect(parseText(lines, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
  });

  it('leaves a row of fifteen figures whole when only the header has the 序号 column', () => {
    const pipes = inSectionFour([...HEADER, VALUES].map((r) => `| ${r.join(' | ')} |`));
    expect(parseText(pipes, { fileName: 'r.txt' }).report.review).toEqual(REVIEW_CELLS);
  });

  it('keeps the first fifteen of sixteen figures when no 序号 column is printed', () => {
    const rows = [...HEADER.map((r) => r.slice(1)), ['4', ...VALUES]];
    const pipes = inSectionFour(rows.map((r) => `| ${r.join(' | ')} |`));
    const { review } = parseText(pipes, { fileName: 'r.txt' }).report;
    expect(review.reconsideration?.upheld).toBe(4);
  });
});
