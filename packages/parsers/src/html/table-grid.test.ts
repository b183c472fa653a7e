import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandGrid, type GridCell, type RawCell } from './table-grid.js';

const cell = (text: string, rowSpan = 1, colSpan = 1): RawCell => ({ text, rowSpan, colSpan });
/** A grid as strings: copies prefixed with ^ and followed by their origin. */
const show = (grid: GridCell[][]): string[] =>
  grid.map((row) =>
    row.map((c) => (c.spanned ? `^${c.text}@${c.originRow},${c.originCol}` : c.text)).join(' | '),
  );

describe('expandGrid', () => {
  it('expands the national table 三 header: a 3×3 note cell, 申请人情况 over seven columns', () => {
    const grid = expandGrid([
      [cell('注', 3, 3), cell('申请人情况', 1, 7)],
      [cell('自然人', 2), cell('法人或其他组织', 1, 5), cell('总计', 2)],
      [
        cell('商业企业'),
        cell('科研机构'),
        cell('社会公益组织'),
        cell('法律服务机构'),
        cell('其他'),
      ],
    ]);
    expect(show(grid)).toEqual([
      '注 | ^注@0,0 | ^注@0,0 | 申请人情况 | ^申请人情况@0,3 | ^申请人情况@0,3 | ^申请人情况@0,3 | ^申请人情况@0,3 | ^申请人情况@0,3 | ^申请人情况@0,3',
      '^注@0,0 | ^注@0,0 | ^注@0,0 | 自然人 | 法人或其他组织 | ^法人或其他组织@1,4 | ^法人或其他组织@1,4 | ^法人或其他组织@1,4 | ^法人或其他组织@1,4 | 总计',
      '^注@0,0 | ^注@0,0 | ^注@0,0 | ^自然人@1,3 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^总计@1,9',
    ]);
  });

  it('places a row after a tall cell in the first free column', () => {
    const grid = expandGrid([
      [cell('三、本年度办理结果', 3), cell('（三）不予公开', 2), cell('1.属于国家秘密'), cell('0')],
      [cell('2.其他法律行政法规禁止公开'), cell('1')],
      [cell('（七）总计', 1, 2), cell('1')],
    ]);
    expect(show(grid)).toEqual([
      '三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0',
      '^三、本年度办理结果@0,0 | ^（三）不予公开@0,1 | 2.其他法律行政法规禁止公开 | 1',
      '^三、本年度办理结果@0,0 | （七）总计 | ^（七）总计@2,1 | 1',
    ]);
  });

  it('cuts a rowspan that reaches past the last row, and reads rowspan=0 as "to the end"', () => {
    const grid = expandGrid([[cell('a', 9), cell('b', 0), cell('x')], [cell('c')], [cell('d')]]);
    expect(show(grid)).toEqual(['a | b | x', '^a@0,0 | ^b@0,1 | c', '^a@0,0 | ^b@0,1 | d']);
  });

  it('treats a zero, negative or garbled colspan as 1 and clamps huge spans', () => {
    const grid = expandGrid([[cell('a', 1, 0), cell('b', 1, -3), cell('c', 1, Number.NaN)]]);
    expect(show(grid)).toEqual(['a | b | c']);
    expect(expandGrid([[cell('x', 1, 5000)]])[0]).toHaveLength(1000);
  });

  it('keeps ragged rows ragged and fills holes that rowspans left with empty cells', () => {
    const grid = expandGrid([[cell('a'), cell('b'), cell('c', 2)], [], [cell('d')]]);
    expect(show(grid)).toEqual(['a | b | c', ' |  | ^c@0,2', 'd']);
    expect(grid[1]?.[0]).toEqual({ text: '', spanned: false, originRow: 1, originCol: 0 });
  });

  it('never lets an overlapping span overwrite a cell already placed', () => {
    const grid = expandGrid([[cell('a'), cell('b', 2), cell('x')], [cell('c', 1, 2)]]);
    expect(show(grid)).toEqual(['a | b | x', 'c | ^b@0,1']);
  });

  it('cuts a rowspan one too long (a Word/CMS export bug) before the row it would push out of the table', () => {
    // （三）不予公开 spans 3 rows instead of 2: the row of （四）无法提供 brings its own group cell,
    // its label and its value, one cell more than the table is wide if the span went on.
    const grid = expandGrid([
      [cell('三、本年度办理结果', 4), cell('（三）不予公开', 3), cell('1.属于国家秘密'), cell('0')],
      [cell('2.其他法律行政法规禁止公开'), cell('1')],
      [cell('（四）无法提供', 2), cell('1.本机关不掌握相关政府信息'), cell('2')],
      [cell('2.没有现成信息需要另行制作'), cell('3')],
    ]);
    expect(show(grid)).toEqual([
      '三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0',
      '^三、本年度办理结果@0,0 | ^（三）不予公开@0,1 | 2.其他法律行政法规禁止公开 | 1',
      '^三、本年度办理结果@0,0 | （四）无法提供 | 1.本机关不掌握相关政府信息 | 2',
      '^三、本年度办理结果@0,0 | ^（四）无法提供@2,1 | 2.没有现成信息需要另行制作 | 3',
    ]);
    // A header cell one row too tall over the first data row of table 四.
    const review = expandGrid([
      [cell('行政复议', 3, 2), cell('行政诉讼', 1, 2)],
      [cell('直接起诉'), cell('复议后起诉')],
      [cell('维持'), cell('总计'), cell('维持'), cell('总计')],
      [cell('1'), cell('2'), cell('3'), cell('4')],
    ]);
    expect(show(review).slice(2)).toEqual(['维持 | 总计 | 维持 | 总计', '1 | 2 | 3 | 4']);
  });

  it('covers every position of every cell exactly once, whatever the spans', () => {
    const rawCell = fc.record({
      text: fc.string({ maxLength: 3 }),
      rowSpan: fc.integer({ min: 0, max: 4 }),
      colSpan: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(rawCell, { maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const grid = expandGrid(rows);
        expect(grid).toHaveLength(rows.length);
        let origins = 0;
        grid.forEach((row, r) =>
          row.forEach((c, col) => {
            if (c.spanned) {
              const origin = grid[c.originRow]?.[c.originCol];
              expect(origin?.spanned).toBe(false);
              expect(origin?.text).toBe(c.text);
              expect(c.originRow <= r && c.originCol <= col).toBe(true);
            } else if (c.originRow === r && c.originCol === col) origins++;
          }),
        );
        // Every written cell is placed once (holes are extra non-spanned cells).
        expect(origins).toBeGreaterThanOrEqual(rows.reduce((n, row) => n + row.length, 0));
      }),
      { numRuns: 300 },
    );
  });
});
