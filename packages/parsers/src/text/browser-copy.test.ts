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
});
