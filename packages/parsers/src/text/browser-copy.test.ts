import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';
import type { SourceDocument } from '../source-document.js';
import { textToSourceDocument } from './text-lines.js';

/** The lines as `kind: cell | cell` strings. */
function shape(doc: SourceDocument): string[] {
  return doc.lines.map((l) => `${l.kind}: ${l.cells.map((c) => c.text).join(' ¦ ')}`);
}

/**
 * A table row as a browser copies it (`innerText`) when every cell holds a paragraph
 * (`<td><p>…</p></td>`, what most government CMS editors write): each cell between blank
 * lines, the tab between two cells on a line of its own.
 */
const row = (...cells: string[]): string => cells.join('\n\n\t\n\n');

describe('a table copied from a web page whose cells hold paragraphs', () => {
  it('reads the lone tabs as separators between cells, not as empty cells', () => {
    const text = `${row('规章', '0', '\u00a0', '3')}\n\n${row('行政许可', '12')}\n`;
    expect(shape(textToSourceDocument(text))).toEqual([
      'text: 规章',
      'text: 0',
      'text: ',
      'text: 3',
      'text: 行政许可',
      'text: 12',
    ]);
  });

  it('reads the cells without a paragraph between tabs on one line (`\\t&nbsp;\\t`) as empty cells', () => {
    const text = '5\n\n\t\u00a0\t\u00a0\t\n\n2\n\n\t\n\n7\n\n\t\u00a0\t\u00a0\n';
    expect(shape(textToSourceDocument(text))).toEqual([
      'text: 5',
      'text: ',
      'text: ',
      'text: 2',
      'text: 7',
      'text: ',
      'text: ',
    ]);
  });

  it('reads every figure of tables 二 and 四 in place', async () => {
    const text = [
      '某县2023年政府信息公开工作年度报告',
      '本报告所列数据统计期限为2023年1月1日至2023年12月31日。',
      '二、主动公开政府信息情况',
      row('第二十条第（一）项'),
      row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
      row('规章', '1', '2', '3'),
      row('行政规范性文件', '77', '13', '470'),
      row('第二十条第（五）项'),
      row('信息内容', '本年处理决定数量'),
      row('行政许可', '2629'),
      '四、政府信息公开行政复议、行政诉讼情况',
      row('行政复议', '行政诉讼'),
      row(
        '结果\n维持',
        '结果\n纠正',
        '其他\n结果',
        '尚未\n审结',
        '总计',
        '未经复议直接起诉',
        '复议后起诉',
      ),
      row(
        ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
        ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ),
      row('1', '1', '0', '0', '2', '4', '0', '0', '1', '5', '1', '0', '1', '0', '2'),
      '五、存在的主要问题及改进情况',
    ].join('\n\n');
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'copy.txt',
    });
    expect(report.proactive).toMatchObject({
      regulations: { issued: 1, repealed: 2, inForce: 3 },
      normativeDocuments: { issued: 77, repealed: 13, inForce: 470 },
      licensing: { decisions: 2629 },
    });
    expect(report.review).toEqual({
      reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 },
      litigationDirect: { upheld: 4, corrected: 0, other: 0, pending: 1, total: 5 },
      litigationAfterReconsideration: { upheld: 1, corrected: 0, other: 1, pending: 0, total: 2 },
    });
  });

  it('does not glue the rows after a header cell broken by <br> onto it as a Word cell', async () => {
    // `<td></td><td>商业<br>企业</td>…` copies as `\t商业` then `企业\t科研…`; a label cell
    // broken the same way (`一、本年新收政府<br>信息公开申请数量`) puts its start on a line alone.
    const text = [
      '某县2025年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
      '自然人\t法人或其他组织\t总计',
      '\t商业',
      '企业\t科研',
      '机构\t社会公益组织\t法律服务机构\t其他\t',
      '一、本年新收政府',
      '信息公开申请数量\t13\t2\t0\t0\t0\t0\t15',
      '二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'copy.txt',
    });
    expect(report.applications['received']).toEqual({
      naturalPerson: 13,
      commercial: 2,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      otherOrg: 0,
      total: 15,
    });
  });

  it('keeps the blank cells at the end of a row, and before the figures of a row without a label', async () => {
    // A browser copies a blank <td></td> as nothing between two tabs: the row's last cells
    // blank leave tabs at its end, and table 四's values row opens with a tab.
    const text = [
      '某县2025年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '信息内容\t本年处理决定数量',
      '行政许可\t',
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
      '自然人\t法人或其他组织\t总计',
      '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      '一、本年新收政府信息公开申请数量\t6\t60\t53\t15\t25\t0\t',
      '二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '\t2\t0\t1\t30\t0\t4\t0\t14\t0\t16\t56\t0\t4\t5',
    ].join('\n');
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'copy.txt',
    });
    expect(report.proactive).toMatchObject({ licensing: { decisions: null } });
    expect(report.applications['received']).toEqual({
      naturalPerson: 6,
      commercial: 60,
      research: 53,
      socialWelfare: 15,
      legalService: 25,
      otherOrg: 0,
      total: null,
    });
    expect(report.applications['carriedOver']).toEqual({
      naturalPerson: null,
      commercial: null,
      research: null,
      socialWelfare: null,
      legalService: null,
      otherOrg: null,
      total: null,
    });
    expect(report.review.reconsideration).toEqual({
      upheld: null,
      corrected: 2,
      other: 0,
      pending: 1,
      total: 30,
    });
  });

  it('reads a row whose last cell is empty and has no paragraph: its tab ends the row', async () => {
    // `<td><p>1</p></td><td></td></tr>`: the tab before the empty cell is the row's last line,
    // followed by two blank lines (the next row) or by none (the table's end), where a tab
    // before a cell's paragraph is followed by one.
    const text = [
      '某县2025年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量\n\n\t\n\n57\n\n\t\n\n0\n\n\t\n\n56\n\n\t\n\n0\n\n\t\t\n\n1\n\n\t\n\n',
      '二、上年结转政府信息公开申请数量\n\n\t\n\n0\n\n\t\n\n0\n\n\t\n\n0\n\n\t\n\n3\n\n\t\n\n0\n\n\t\n\n0\n\n\t',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'copy.txt',
    });
    expect(report.applications['received']).toEqual({
      naturalPerson: 57,
      commercial: 0,
      research: 56,
      socialWelfare: 0,
      legalService: null,
      otherOrg: 1,
      total: null,
    });
    expect(report.applications['carriedOver']).toEqual({
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      socialWelfare: 3,
      legalService: 0,
      otherOrg: 0,
      total: null,
    });
  });

  it('reads a row whose first cell is empty and has no paragraph: its tab opens the row', async () => {
    const values = ['2', '0', '1', '30', '0', '4', '0', '14', '0', '16', '56', '0', '4', '5'];
    const head = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const text = [
      '某县2025年政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      row('行政复议', '行政诉讼'),
      '',
      row(...head, '未经复议直接起诉', '复议后起诉'),
      '',
      row(...head, ...head) + '\n\n',
      // The values row: an empty first cell, then the tab before 2.
      `\t\n\n${row(...values)}`,
      '五、存在的主要问题及改进情况',
    ].join('\n\n');
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'copy.txt',
    });
    expect(report.review).toEqual({
      reconsideration: { upheld: null, corrected: 2, other: 0, pending: 1, total: 30 },
      litigationDirect: { upheld: 0, corrected: 4, other: 0, pending: 14, total: 0 },
      litigationAfterReconsideration: { upheld: 16, corrected: 56, other: 0, pending: 4, total: 5 },
    });
  });

  it('reads text selected and copied, whose empty cells stay on a line ending with a tab, in place', () => {
    // Ctrl+A/Ctrl+C keeps `&nbsp;` cells on one line, the next cell on the very next line.
    const text = '总计\n\n5\n\n\u00a0\t\u00a0\t\n2\n\n7\n';
    expect(shape(textToSourceDocument(text))).toEqual([
      'text: 总计',
      'text: 5',
      'text: ',
      'text: ',
      'text: 2',
      'text: 7',
    ]);
  });

  it('still reads the report tables in place when the page copied has a table of tab rows above them', async () => {
    // A page's 索引号 table (cells without paragraphs) copies as tab rows: a Word export has
    // those too, so only a tab line with a blank line on each side is taken for a separator.
    const text = [
      '索引号：\t11350128MB1234567X/2024-00012\t主题分类：\t其他',
      '发布机构：\t某县人民政府办公室\t发布日期：\t2024-03-08',
      '某县2023年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
      row('规章', '1', '2', '3'),
      row('行政规范性文件', '77', '13', '470'),
      '三、收到和处理政府信息公开申请情况',
    ].join('\n\n');
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'copy.txt',
    });
    expect(report.proactive).toMatchObject({
      regulations: { issued: 1, repealed: 2, inForce: 3 },
      normativeDocuments: { issued: 77, repealed: 13, inForce: 470 },
    });
  });

  it('reads a cell holding a figure and an empty paragraph (<p>5</p><p>&nbsp;</p>) as the figure alone', () => {
    // The NBSP line is a cell of its own only where nothing else is between its separators.
    const text = `${row('一、本年新收政府信息公开申请数量', '80\n\n\u00a0', '1', '\u00a0', '0')}\n\n\n\u00a0\n\n\t\n\n2\n\n四、政府信息公开行政复议、行政诉讼情况\n`;
    expect(shape(textToSourceDocument(text))).toEqual([
      'text: 一、本年新收政府信息公开申请数量',
      'text: 80',
      'text: 1',
      'text: ',
      'text: 0',
      'text: ',
      'text: 2',
      'text: 四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });
});
