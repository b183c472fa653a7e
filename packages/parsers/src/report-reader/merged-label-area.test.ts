import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../index.js';

/**
 * The official table 三 is ten columns wide: three for the row labels (merged cells), seven for
 * the applicant columns. Copied from Excel or WPS, or on a page whose merges were lost, the
 * label area's merged cells come out as empty cells after the label.
 */
const GRID: string[][] = [
  [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '',
    '',
    '申请人情况',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
  ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  ['一、本年新收政府信息公开申请数量', '', '', '30', '5', '4', '3', '2', '1', '45'],
  ['二、上年结转政府信息公开申请数量', '', '', '2', '1', '0', '0', '0', '0', '3'],
  ['三、本年度办理结果', '（一）予以公开', '', '20', '4', '3', '2', '1', '1', '31'],
  ['', '（七）总计', '', '28', '5', '4', '3', '2', '1', '43'],
  ['四、结转下年度继续办理', '', '', '4', '1', '0', '0', '0', '0', '5'],
];

const doc = (rows: string): string =>
  `某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n${rows}\n四、政府信息公开行政复议、行政诉讼情况\n`;

describe('a table 三 whose merged label cells came out as empty cells', () => {
  it('reads each row’s values under their columns from a tab-separated copy, with or without a trailing tab', () => {
    for (const end of ['', '\t']) {
      const text = doc(GRID.map((r) => r.join('\t') + end).join('\n'));
      const { applications } = parseText(text, { fileName: 'excel.txt' }).report;
      expect(applications.received).toEqual({
        naturalPerson: 30,
        commercial: 5,
        research: 4,
        socialWelfare: 3,
        legalService: 2,
        otherOrg: 1,
        total: 45,
      });
      expect(applications.granted?.total).toBe(31);
      expect(applications.carriedForward?.naturalPerson).toBe(4);
    }
  });

  it('reads them from an HTML table with empty cells in place of colspans', async () => {
    const rows = GRID.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
    const html = `<html><body><p>某局2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table border="1">${rows}</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
    const { report } = await parseDocument(new TextEncoder().encode(html), { fileName: 'p.html' });
    expect(report.applications.received?.naturalPerson).toBe(30);
    expect(report.applications.carriedOver?.total).toBe(3);
    expect(report.applications.totalProcessed?.total).toBe(43);
  });

  it('still reads a blank first cell as blank when only a trailing empty cell follows the row', () => {
    const text = doc(
      ['一、本年新收政府信息公开申请数量', '', '5', '4', '3', '2', '1', '15', ''].join('\t'),
    );
    const { applications } = parseText(text, { fileName: 'blank-first.txt' }).report;
    expect(applications.received).toEqual({
      naturalPerson: null,
      commercial: 5,
      research: 4,
      socialWelfare: 3,
      legalService: 2,
      otherOrg: 1,
      total: 15,
    });
  });
});

describe('a unit column between a row’s label and its figures', () => {
  const rows = [
    ['信息内容', '单位', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '件', '0', '0', '0'],
    ['行政规范性文件', '件', '7', '2', '120'],
    ['行政许可', '件', '3120'],
    ['行政事业性收费', '万元', '12.35'],
  ];
  const doc = (body: string): string =>
    `二、主动公开政府信息情况\n第二十条第（一）项\n${body}\n三、收到和处理政府信息公开申请情况\n`;
  const want = {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 7, repealed: 2, inForce: 120 },
    licensing: { decisions: 3120 },
    fees: { amountWanYuan: 12.35 },
  };

  it('is skipped in pipe rows, not read as the first figure', () => {
    const text = doc(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
    expect(parseText(text, { fileName: 'r.txt' }).report.proactive).toEqual(want);
  });

  it('is skipped when each cell is on a line of its own', () => {
    const text = doc(rows.flat().join('\n'));
    expect(parseText(text, { fileName: 'r.txt' }).report.proactive).toEqual(want);
  });
});
