import { describe, expect, it } from 'vitest';
import { toFragments } from './fragments.js';
import { pageLines } from './physical-lines.js';
import type { TextRun } from './types.js';
import { textRun } from './testing/text-run.js';

const run = (text: string, x0: number, yc: number, size = 13): TextRun =>
  textRun(text, x0, yc, size);

/** The cells of each line, as text. */
const cellsOf = (runs: TextRun[]) =>
  pageLines(toFragments(runs)).map((l) => l.cells.map((c) => c.text));

describe('a value printed close after a whole table label', () => {
  it('is a cell of its own when the label fills its column (LibreOffice PDF of a Word table: 4.保护第三方合法权益 then 848 two thirds of an em on)', () => {
    const label = run('4.保护第三方合法权益', 171.5, 100);
    const lines = cellsOf([label, run('848', label.x1 + 8.4, 99.2), run('672', 340, 99.2)]);
    expect(lines).toEqual([['4.保护第三方合法权益', '848', '672']]);
  });

  it('splits a 2019 row label the same way (其他对外管理服务事项 then 452)', () => {
    const label = run('其他对外管理服务事项', 56, 100);
    expect(cellsOf([label, run('452', label.x1 + 6, 100)])).toEqual([
      ['其他对外管理服务事项', '452'],
    ]);
  });

  it('is split off even a quarter em after a label that overflows its column (3.危及“三安全一稳定” then 917)', () => {
    const label = run('3.危及“三安全一稳定”', 176.9, 100);
    expect(cellsOf([label, run('917', label.x1 + 3.5, 99)])).toEqual([
      ['3.危及“三安全一稳定”', '917'],
    ]);
  });

  it('is a cell of its own after the middle line of a label wrapped over three, when figures follow it (行政机关不再处理其 then 345, 283)', () => {
    const piece = run('行政机关不再处理其', 171.5, 100);
    const lines = cellsOf([piece, run('345', piece.x1 + 4, 100), run('283', 340, 100)]);
    expect(lines).toEqual([['行政机关不再处理其', '345', '283']]);
  });

  it('is a cell of its own after the first line of a wrapped label when the next figure is 0.8 em on (5.要求行政 then 795, 234)', () => {
    const piece = run('5.要求行政', 211.7, 100, 10.5);
    const a = run('795', 269.4, 99, 10.5);
    const lines = cellsOf([piece, a, run('234', a.x1 + 8.3, 99, 10.5)]);
    expect(lines).toEqual([['5.要求行政', '795', '234']]);
  });

  it('stays joined to a phone number in running text (电话 0533 3586373)', () => {
    const text = run('咨询电话', 72, 100);
    const area = run('0533', text.x1 + 4, 100);
    const lines = cellsOf([text, area, run('3586373', area.x1 + 3, 100)]);
    expect(lines).toEqual([['咨询电话0533 3586373']]);
  });

  it('stays joined to running text that is not a whole label (收到申请 12)', () => {
    const text = run('本年度收到申请', 72, 100);
    expect(cellsOf([text, run('12', text.x1 + 6, 100)])).toEqual([['本年度收到申请12']]);
  });
});

describe('the first line of a wrapped group label printed close before a row label', () => {
  it('is a cell of its own, so each column’s wrapped lines join their own (三、本年 then （一）予以公开)', () => {
    const group = run('三、本年', 58.3, 100);
    const row = run('（一）予以公开', group.x1 + 3.3, 100);
    const lines = cellsOf([group, row, run('319', 297, 99), run('度办理结果', 58.3, 118)]);
    expect(lines).toEqual([['三、本年', '（一）予以公开', '319'], ['度办理结果']]);
  });

  it('is a cell of its own when it is a middle line of the group label (其他处 of （六）其他处理 then 2.申请人逾期未按收费通知)', () => {
    const group = run('其他处', 113.5, 100, 12);
    const row = run('2.申请人逾期未按收费通知', 154.1, 100, 12);
    expect(cellsOf([group, row, run('493', 320, 99, 12)])).toEqual([
      ['其他处', '2.申请人逾期未按收费通知', '493'],
    ]);
  });

  it('is a cell of its own when the group label is printed one character per line (、 of 三、本年度办理结果 then （二）部分公开)', () => {
    const char = run('、', 160.3, 100, 10.5);
    const row = run('（二）部分公开', 176.9, 101, 10.5);
    expect(cellsOf([char, row, run('571', 256, 99, 10.5)])).toEqual([
      ['、', '（二）部分公开', '571'],
    ]);
  });

  it('is a cell of its own when the group label and the row label beside it both wrap, a line of each half an em apart (LibreOffice PDF of an HTML table: ）无 then 掌握相关政, of （四）无法提供 beside 1.本机关不掌握相关政府信息)', () => {
    const lines = cellsOf([
      run('）无', 122.9, 100, 12),
      run('掌握相关政', 152.2, 100, 12),
      run('287', 217.5, 99, 15.2),
      run('100', 258.8, 99, 15.2),
    ]);
    expect(lines).toEqual([['）无', '掌握相关政', '287', '100']]);
    expect(cellsOf([run('法提', 122.9, 100, 12), run('府信息', 152.2, 100, 12)])).toEqual([
      ['法提', '府信息'],
    ]);
  });

  it('stays joined when the two pieces read on as one piece of a label (无法 then 提供)', () => {
    const group = run('无法', 122.9, 100, 12);
    expect(cellsOf([group, run('提供', group.x1 + 5, 100, 12)])).toEqual([['无法提供']]);
  });

  it('stays joined when the two read on as one label (（三） then 不予公开 is no item)', () => {
    const group = run('（三）', 58.3, 100);
    expect(cellsOf([group, run('不予公开', group.x1 + 3.3, 100)])).toEqual([['（三）不予公开']]);
  });
});

describe('figures side by side in narrow columns', () => {
  it('are a cell each when four or more stand a little over a word space apart (Word table of five-digit counts: 11784 then 11779 0.37 em on)', () => {
    const label = run('一、本年新收政府', 164.2, 100, 10.5);
    const xs = [256.2, 286.3, 316.4, 346.6, 376.6, 406.7, 437.2];
    const figures = ['11784', '11779', '12707', '12367', '10993', '12682', '72312'];
    const lines = cellsOf([label, ...figures.map((t, k) => run(t, xs[k] ?? 0, 100, 10.5))]);
    expect(lines).toEqual([['一、本年新收政府', ...figures]]);
  });

  it('keep a number spaced in thousands groups, and a phone number, whole', () => {
    const a = run('12', 300, 100, 10.5);
    const b = run('345', a.x1 + 2.6, 100, 10.5);
    const c = run('678', b.x1 + 2.6, 100, 10.5);
    const d = run('901', c.x1 + 2.6, 100, 10.5);
    expect(cellsOf([a, b, c, d])).toEqual([['12 345 678 901']]);
    const m1 = run('138', 300, 100, 10.5);
    const m2 = run('1234', m1.x1 + 3, 100, 10.5);
    const m3 = run('5678', m2.x1 + 3, 100, 10.5);
    expect(cellsOf([run('手机', 270, 100, 10.5), m1, m2, m3])).toEqual([['手机138 1234 5678']]);
  });
});
