import { FORMAT_IDS, getFormat } from '../formats/index.js';
import type { FormatId } from '../formats/types.js';
import { allCellPaths } from '../paths.js';
import { describe, expect, it } from 'vitest';
import { layoutGrid } from './grid.js';
import { tableLayouts } from './index.js';
import type { LayoutCell, TableLayout } from './types.js';

const find = (layout: TableLayout, text: string): LayoutCell | undefined =>
  layout.rows.flat().find((c) => c.text === text);

describe('the national table layouts', () => {
  it.each(FORMAT_IDS)('fill every grid position of the %s tables exactly once', (format) => {
    for (const layout of Object.values(tableLayouts(format))) {
      const grid = layoutGrid(layout);
      expect(grid).toHaveLength(layout.rows.length);
      for (const line of grid) {
        expect(line).toHaveLength(layout.columns);
        expect(line.every((slot) => slot !== null)).toBe(true);
      }
    }
  });

  it.each(FORMAT_IDS)('address every cell path of the %s format exactly once', (format) => {
    const paths = Object.values(tableLayouts(format)).flatMap((layout) =>
      layout.rows.flat().flatMap((c) => (c.path === undefined ? [] : [c.path])),
    );
    expect(paths).toEqual(allCellPaths(format));
  });

  it('span the result block over 22 rows in the 2021 format and 20 in the 2019 format', () => {
    const spans: Record<FormatId, number | undefined> = {
      '2021': find(tableLayouts('2021').applications, '三、本年度办理结果')?.rowSpan,
      '2019': find(tableLayouts('2019').applications, '三、本年度办理结果')?.rowSpan,
    };
    expect(spans).toEqual({ '2021': 22, '2019': 20 });
  });

  it('copy the header of table 三 from the template', () => {
    const layout = tableLayouts('2021').applications;
    expect(layout.columns).toBe(10);
    expect(layout.rows[0]).toEqual([
      {
        kind: 'note',
        text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        colSpan: 3,
        rowSpan: 3,
      },
      { kind: 'header', text: '申请人情况', colSpan: 7 },
    ]);
    expect(layout.rows[1]).toEqual([
      { kind: 'header', text: '自然人', rowSpan: 2 },
      { kind: 'header', text: '法人或其他组织', colSpan: 5 },
      { kind: 'header', text: '总计', rowSpan: 2 },
    ]);
    expect(layout.rows[2]?.map((c) => c.text)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('merge each numbered group of table 三 over its rows', () => {
    const spanOf = (format: FormatId, text: string) =>
      find(tableLayouts(format).applications, text)?.rowSpan;
    expect(
      ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'].map((t) =>
        spanOf('2021', t),
      ),
    ).toEqual([8, 3, 5, 3]);
    // 2019 prints （六）其他处理 as one row spanning two label columns, not as a group.
    const other2019 = find(tableLayouts('2019').applications, '（六）其他处理');
    expect([other2019?.rowSpan, other2019?.colSpan]).toEqual([undefined, 2]);
    expect(
      find(tableLayouts('2021').applications, '一、本年新收政府信息公开申请数量')?.colSpan,
    ).toBe(3);
    expect(find(tableLayouts('2021').applications, '（七）总计')?.colSpan).toBe(2);
  });

  it('draw table 四 with 行政复议 over five columns and 行政诉讼 over ten', () => {
    const layout = tableLayouts('2021').review;
    expect(layout.columns).toBe(15);
    expect(layout.rows[0]).toEqual([
      { kind: 'header', text: '行政复议', colSpan: 5 },
      { kind: 'header', text: '行政诉讼', colSpan: 10 },
    ]);
    expect(layout.rows[1]?.map((c) => [c.text, c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      ['结果维持', 2, 1],
      ['结果纠正', 2, 1],
      ['其他结果', 2, 1],
      ['尚未审结', 2, 1],
      ['总计', 2, 1],
      ['未经复议直接起诉', 1, 5],
      ['复议后起诉', 1, 5],
    ]);
    expect(layout.rows[2]).toHaveLength(10);
    expect(layout.rows[3]).toHaveLength(15);
  });

  it('give each section 二 sub-table a caption row over the full width', () => {
    for (const format of FORMAT_IDS) {
      const layout = tableLayouts(format).proactive;
      const captions = layout.rows.flat().filter((c) => c.kind === 'caption');
      expect(captions.map((c) => c.text)).toEqual(
        getFormat(format).proactive.map((t) => t.caption),
      );
      expect(captions.every((c) => c.colSpan === layout.columns)).toBe(true);
      expect(layout.groupStarts.map((i) => layout.rows[i]?.[0]?.kind)).toEqual(
        captions.map(() => 'caption'),
      );
    }
    expect(tableLayouts('2019').proactive.groupStarts).toHaveLength(5);
  });

  it('let a narrower sub-table stretch its last column as the template does', () => {
    const grid = layoutGrid(tableLayouts('2021').proactive);
    const licensing = grid.find((line) => line[1]?.cell.path === 'proactive.licensing.decisions');
    expect(licensing?.slice(1).map((s) => s?.cell.path)).toEqual([
      'proactive.licensing.decisions',
      'proactive.licensing.decisions',
      'proactive.licensing.decisions',
    ]);
    const fees2019 = layoutGrid(tableLayouts('2019').proactive).find(
      (line) => line[1]?.cell.path === 'proactive.fees.previousYear',
    );
    expect(fees2019?.map((s) => s?.cell.path ?? s?.cell.text)).toEqual([
      '行政事业性收费',
      'proactive.fees.previousYear',
      'proactive.fees.change',
      'proactive.fees.change',
    ]);
  });

  it('refuse a layout whose cells overlap', () => {
    const broken: TableLayout = {
      id: 'review',
      columns: 2,
      headerRows: 0,
      groupStarts: [],
      rows: [
        [
          { kind: 'label', text: 'a', rowSpan: 2 },
          { kind: 'label', text: 'b' },
        ],
        [{ kind: 'label', text: 'c', colSpan: 2 }],
      ],
    };
    expect(() => layoutGrid(broken)).toThrow(/重叠或越界/u);
  });
});
