import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../source-document.js';
import { splitOneLine } from './one-line.js';
import { textToSourceDocument } from './text-lines.js';

/** The lines as `kind: cell | cell` strings, which is what the layouts are about. */
function shape(doc: SourceDocument): string[] {
  return doc.lines.map((l) => `${l.kind}: ${l.cells.map((c) => c.text).join(' ¦ ')}`);
}

describe('the text reader', () => {
  it('keeps one cell per line and drops the blank lines between cells', () => {
    const doc = textToSourceDocument('规章\n\n0\n\n\u00a00\n');
    expect(shape(doc)).toEqual(['text: 规章', 'text: 0', 'text: 0']);
  });

  it('reads a line of nothing but spaces or NBSP as an empty cell', () => {
    expect(shape(textToSourceDocument('规章\n\u00a0\n0\n0'))).toEqual([
      'text: 规章',
      'text: ',
      'text: 0',
      'text: 0',
    ]);
  });

  it('reads three blank lines as an empty cell where every cell is followed by one blank line', () => {
    const cells = ['行政许可', '1', '行政处罚', '2', '行政强制', '3', '规章', '4', '5', '6'];
    const text = `${cells.slice(0, 5).join('\n\n')}\n\n\n\n${cells.slice(5).join('\n\n')}`;
    expect(shape(textToSourceDocument(text))).toContain('text: ');
    expect(shape(textToSourceDocument(text)).indexOf('text: ')).toBe(5);
  });

  it('turns a Word table saved as text into rows: tab cells, merged cells, wrapped text', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '\t（本列数据的勾稽关系为：第一项加第二项之和，',
      '等于第三项加第四项之和）',
      '\t申请人情况',
      '',
      '\t',
      '\t[bookmark: _Hlk1]（二）部分公开',
      '\t0',
      '',
      '- 3 -',
      '\t三、本',
      '年',
      '度',
      '\t1',
    ].join('\n');
    expect(shape(textToSourceDocument(text))).toEqual([
      'text: 三、收到和处理政府信息公开申请情况',
      'row: （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） ¦ 申请人情况',
      'row:  ¦ [bookmark: _Hlk1]（二）部分公开 ¦ 0',
      'text: - 3 -',
      'row: 三、本年度 ¦ 1',
    ]);
  });

  it('reads a line that opens with a tab but holds more tabs as a tab-separated row, not a Word cell', () => {
    const text = [
      '三、本年度办理结果\t（一）予以公开\t1\t0',
      '\t（二）部分公开\t2\t0',
      '\t\t1.属于国家秘密\t0\t3\t',
      '\t申请人情况',
      '\t自然人',
    ].join('\n');
    expect(shape(textToSourceDocument(text))).toEqual([
      'row: 三、本年度办理结果 ¦ （一）予以公开 ¦ 1 ¦ 0',
      'row: （二）部分公开 ¦ 2 ¦ 0',
      // The tab after 3 is a last cell left blank: kept, so the row's cells stay in place.
      'row: 1.属于国家秘密 ¦ 0 ¦ 3 ¦ ',
      'row: 申请人情况 ¦ 自然人',
    ]);
  });

  it('keeps a Word cell whose list number is followed by a tab one cell, as Word exports automatic numbers', () => {
    const text = [
      '\t（三）不予公开',
      '\t1.\t属于国家秘密',
      '\t11',
      '',
      '\t（二）\t部分公开',
      '\t3',
    ];
    expect(shape(textToSourceDocument(text.join('\n')))).toEqual([
      'row: （三）不予公开 ¦ 1.\t属于国家秘密 ¦ 11',
      'row: （二）\t部分公开 ¦ 3',
    ]);
  });

  it('does not take a section heading after a table cell for the cell’s wrapped text', () => {
    expect(shape(textToSourceDocument('\t0\n五、存在的主要问题及改进情况'))).toEqual([
      'row: 0',
      'text: 五、存在的主要问题及改进情况',
    ]);
  });

  it('splits pipe rows, keeping empty cells as positions and dropping the closing pipe', () => {
    expect(shape(textToSourceDocument('一、本年新收 | 0 | | | 2 |\n规章 | 0 ||| 1 |'))).toEqual([
      'row: 一、本年新收 ¦ 0 ¦  ¦  ¦ 2',
      'row: 规章 ¦ 0 ¦  ¦  ¦ 1',
    ]);
  });

  it('drops the opening pipe when the rows all open with one, and keeps it as an empty cell otherwise', () => {
    const leading = '| 规章 | 0 | 0 | ||\n| 行政许可 | 0 | ||\n| 行政处罚 | 0 |';
    expect(shape(textToSourceDocument(leading))).toEqual([
      'row: 规章 ¦ 0 ¦ 0 ¦  ¦ ',
      'row: 行政许可 ¦ 0 ¦  ¦ ',
      'row: 行政处罚 ¦ 0',
    ]);
    const bare =
      '(三)不予公开 | 1.属于国家秘密 | 0 |\n| 2.其他法律行政法规禁止公开 | 0 |\n规章 | 0 |';
    expect(shape(textToSourceDocument(bare))[1]).toBe('row:  ¦ 2.其他法律行政法规禁止公开 ¦ 0');
  });

  it('drops the separator row under a Markdown table’s first row, but not rows of dashes below', () => {
    const text = [
      '| 行政复议 | | 行政诉讼 |',
      '|---|---|---|',
      '| 1 | 2 | 3 |',
      '',
      '| 结果维持 | 结果纠正 | 总计 |',
      '| :---: | :- | ---: |',
      '| - | - | - |',
      '| --- | --- | --- |',
    ].join('\n');
    expect(shape(textToSourceDocument(text))).toEqual([
      'row: 行政复议 ¦  ¦ 行政诉讼',
      'row: 1 ¦ 2 ¦ 3',
      'row: 结果维持 ¦ 结果纠正 ¦ 总计',
      'row: - ¦ - ¦ -',
      'row: --- ¦ --- ¦ ---',
    ]);
  });

  it('groups cells closed by a pipe into a row ended by a line of pipes', () => {
    const text = [
      '规章 |',
      '0 |',
      '0 |',
      '0 |',
      '|',
      '一、本年新收 |',
      '3 |',
      '3 |',
      '|||||||',
    ].join('\n');
    expect(shape(textToSourceDocument(text))).toEqual([
      'row: 规章 ¦ 0 ¦ 0 ¦ 0',
      'row: 一、本年新收 ¦ 3 ¦ 3',
    ]);
  });

  it('reads cells separated by lines holding a pipe, two in a row enclosing an empty cell', () => {
    const text = [
      '第二十条第(一)项',
      '|',
      '本年新',
      '制作数量',
      '|',
      '规章',
      '|',
      '0',
      '|',
      '|',
      '2',
      '|',
    ].join('\n');
    expect(shape(textToSourceDocument(text))).toEqual([
      'text: 第二十条第(一)项',
      'text: 本年新',
      'text: 制作数量',
      'text: 规章',
      'text: 0',
      'text: ',
      'text: 2',
    ]);
  });

  it('reads cells aligned by runs of spaces as a row, but not running text', () => {
    expect(
      shape(
        textToSourceDocument(
          '规章    0    0    0\n信息内容    本年制发件数\n电话：0533-3586373  邮编：255000',
        ),
      ),
    ).toEqual([
      'row: 规章 ¦ 0 ¦ 0 ¦ 0',
      'text: 信息内容    本年制发件数',
      'text: 电话：0533-3586373  邮编：255000',
    ]);
  });

  it('finds space-aligned rows after indented lines, and ideographic-space gaps, but not indentation', () => {
    expect(
      shape(
        textToSourceDocument('    行政许可  说明\n\u3000\u3000规章\u30000\n  • 字号\n规章  1  2'),
      ),
    ).toEqual(['text: 行政许可  说明', 'row: 规章 ¦ 0', 'text: • 字号', 'row: 规章 ¦ 1 ¦ 2']);
    expect(shape(textToSourceDocument('    规章\n\u3000\u30000\n  2  '))).toEqual([
      'text: 规章',
      'text: 0',
      'text: 2',
    ]);
  });

  it('reads rows whose cells are separated by single spaces when the text has such rows of numbers', () => {
    const rows = [
      '规章 0 0 0',
      '行政规范性文件 7 7 182',
      '行政许可 3502',
      '（三）不予公开 1.属于国家秘密 2 1 6 6 1 3 19',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 6 5 9 0 8 3 31',
      '3 2 1 2 8 2 3 3 0 8 7 9 2 4 22',
    ];
    const text = [
      '统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。',
      ...rows,
      '第 3 页',
      '2024 1 18',
    ];
    expect(shape(textToSourceDocument(text.join('\n')))).toEqual([
      'text: 统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。',
      'row: 规章 ¦ 0 ¦ 0 ¦ 0',
      'row: 行政规范性文件 ¦ 7 ¦ 7 ¦ 182',
      'row: 行政许可 ¦ 3502',
      'row: （三）不予公开 ¦ 1.属于国家秘密 ¦ 2 ¦ 1 ¦ 6 ¦ 6 ¦ 1 ¦ 3 ¦ 19',
      'row: （二）部分公开（区分处理的，只计这一情形，不计其他情形） ¦ 6 ¦ 5 ¦ 9 ¦ 0 ¦ 8 ¦ 3 ¦ 31',
      'row: 3 ¦ 2 ¦ 1 ¦ 2 ¦ 8 ¦ 2 ¦ 3 ¦ 3 ¦ 0 ¦ 8 ¦ 7 ¦ 9 ¦ 2 ¦ 4 ¦ 22',
      'text: 第 3 页',
      'text: 2024 1 18',
    ]);
    // A text with a number or two after a single space is not laid out that way.
    expect(shape(textToSourceDocument('行政许可 3502\n共有 2 人'))).toEqual([
      'text: 行政许可 3502',
      'text: 共有 2 人',
    ]);
  });

  it('reads single-spaced rows when every line ends with a tab (a copy that kept a tab after each line)', () => {
    const rows = [
      '规章 0 0 0',
      '行政规范性文件 7 7 182',
      '3 2 1 2 8 2 3 3 0 8 7 9 2 4 22',
      '行政许可 3502',
    ];
    expect(shape(textToSourceDocument(rows.map((r) => `${r}\t`).join('\n')))).toEqual([
      'row: 规章 ¦ 0 ¦ 0 ¦ 0',
      'row: 行政规范性文件 ¦ 7 ¦ 7 ¦ 182',
      'row: 3 ¦ 2 ¦ 1 ¦ 2 ¦ 8 ¦ 2 ¦ 3 ¦ 3 ¦ 0 ¦ 8 ¦ 7 ¦ 9 ¦ 2 ¦ 4 ¦ 22',
      'row: 行政许可 ¦ 3502',
    ]);
  });

  it('reads a Word table saved as text whose every line, empty ones too, ends with a tab', () => {
    // Without the habit: cells `\t5`, rows ended by an empty line, a merged cell a lone tab.
    const lines = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '\t行政复议',
      '\t行政诉讼',
      '',
      '\t',
      '\t结果维持',
    ];
    const values = ['\t1', '\t2', '\t3', '\t4', '\t10', '', '五、存在的主要问题及改进情况'];
    const plain = shape(textToSourceDocument([...lines, '', ...values].join('\n')));
    expect(plain).toContain('row: 1 ¦ 2 ¦ 3 ¦ 4 ¦ 10');
    for (const end of ['\t', ' \t ']) {
      const habit = [...lines, '', ...values, ''].map((l) => `${l}${end}`).join('\r\n');
      expect(shape(textToSourceDocument(habit)), JSON.stringify(end)).toEqual(plain);
    }
  });

  it('reads a single-spaced row whose numbers are full-width, a 2019 本年增/减 of －3 among them', () => {
    const text = ['规章 0 0 0', '行政规范性文件 5 5 63', '3 2 1 2 8 2 3 3 0 8 7 9 2 4 22'];
    expect(
      shape(
        textToSourceDocument(
          [...text, '行政许可 120 －3 4521', '行政事业性收费 ４ －１ －'].join('\n'),
        ),
      ),
    ).toEqual([
      'row: 规章 ¦ 0 ¦ 0 ¦ 0',
      'row: 行政规范性文件 ¦ 5 ¦ 5 ¦ 63',
      'row: 3 ¦ 2 ¦ 1 ¦ 2 ¦ 8 ¦ 2 ¦ 3 ¦ 3 ¦ 0 ¦ 8 ¦ 7 ¦ 9 ¦ 2 ¦ 4 ¦ 22',
      'row: 行政许可 ¦ 120 ¦ －3 ¦ 4521',
      'row: 行政事业性收费 ¦ ４ ¦ －１ ¦ －',
    ]);
  });

  it('keeps a heading whose characters are spaced out (一、总　体　情　况) a line of text, not a row', () => {
    expect(
      shape(
        textToSourceDocument(
          '一、总　体　情　况\n二、主  动  公  开\n规章　0　0　0\n自然人  商业企业  其他',
        ),
      ),
    ).toEqual([
      'text: 一、总　体　情　况',
      'text: 二、主  动  公  开',
      'row: 规章 ¦ 0 ¦ 0 ¦ 0',
      'row: 自然人 ¦ 商业企业 ¦ 其他',
    ]);
  });

  it('numbers the lines it produces and points every cell at its line', () => {
    const doc = textToSourceDocument('标题\n\n| a | b |\n\n正文');
    expect(doc.lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(doc.lines[1]?.cells.map((c) => c.source)).toEqual([
      { line: 2, text: 'a' },
      { line: 2, text: 'b' },
    ]);
  });
});

describe('a report captured on one line', () => {
  it('is split into its headings, paragraphs and cells', () => {
    const line = `${'某局2021年度政府信息公开工作年度报告 一、总体情况 正文。'.padEnd(320, '。')} 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新 制发数量 | 规章 | 0 | | 第二十条第(五)项`;
    const doc = textToSourceDocument(line);
    const texts = doc.lines.map((l) => l.cells[0]?.text);
    expect(texts.slice(0, 3)).toEqual([
      '某局2021年度政府信息公开工作年度报告',
      '一、总体情况',
      expect.stringMatching(/^正文/u),
    ]);
    expect(texts.slice(3)).toEqual([
      '二、主动公开政府信息情况',
      '第二十条第(一)项',
      '信息内容',
      '本年新 制发数量',
      '规章',
      '0',
      '',
      '第二十条第(五)项',
    ]);
  });

  it('splits a long piece between pipes as running text', () => {
    expect(
      splitOneLine('a | 0 | 五、存在的主要问题及改进情况 我局政务公开工作取得一定成绩。 |'),
    ).toEqual(['a', '0', '五、存在的主要问题及改进情况', '我局政务公开工作取得一定成绩。']);
  });
});
