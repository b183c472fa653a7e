import { allCellPaths, FORMAT_IDS, getFormat } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import {
  applicationsLayout,
  expandGrid,
  layoutPaths,
  proactiveLayout,
  reviewLayout,
  tableLayouts,
  type TableLayout,
} from './layout.js';

const everyLayout = (): TableLayout[] => FORMAT_IDS.flatMap((f) => Object.values(tableLayouts(f)));

describe('national table layouts', () => {
  it('fill every grid position exactly once, with no overlap', () => {
    for (const layout of everyLayout()) {
      const grid = expandGrid(layout);
      for (const line of grid) expect(line.every((slot) => slot !== null)).toBe(true);
    }
  });

  it('place every cell path of the format once, in the model order', () => {
    for (const format of FORMAT_IDS) {
      const t = tableLayouts(format);
      const paths = [
        ...layoutPaths(t.proactive),
        ...layoutPaths(t.applications),
        ...layoutPaths(t.review),
      ];
      expect(paths).toEqual(allCellPaths(format));
    }
  });

  it('merge 三、本年度办理结果 over 22 rows in the 2021 format and 20 in the 2019 format', () => {
    const block = (format: '2019' | '2021') =>
      applicationsLayout(format)
        .rows.flat()
        .find((c) => c.text === '三、本年度办理结果');
    expect(block('2021')?.rowSpan).toBe(22);
    expect(block('2019')?.rowSpan).toBe(20);
  });

  it('print the table 三 note over three label columns and three header rows', () => {
    const note = applicationsLayout('2021').rows[0]?.[0];
    expect(note).toMatchObject({ kind: 'note', colSpan: 3, rowSpan: 3 });
    expect(note?.text).toContain('第一项加第二项之和，等于第三项加第四项之和');
    const header2 = applicationsLayout('2021').rows[1]?.map((c) => c.text);
    expect(header2).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(applicationsLayout('2021').rows[2]?.map((c) => c.text)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('span the numbered rows of （三）不予公开 with its group label', () => {
    const group = applicationsLayout('2021')
      .rows.flat()
      .find((c) => c.text === '（三）不予公开');
    expect(group?.rowSpan).toBe(8);
    const other = applicationsLayout('2021')
      .rows.flat()
      .find((c) => c.text === '（六）其他处理');
    expect(other?.rowSpan).toBe(3);
    expect(
      applicationsLayout('2019')
        .rows.flat()
        .some((c) => c.text === '（六）其他处理' && c.colSpan === 2),
    ).toBe(true);
  });

  it('open each section 二 sub-table with its Article 20 caption across the width', () => {
    for (const format of FORMAT_IDS) {
      const layout = proactiveLayout(format);
      const captions = layout.rows.flat().filter((c) => c.kind === 'caption');
      expect(captions.map((c) => c.text)).toEqual(
        getFormat(format).proactive.map((t) => t.caption),
      );
      for (const c of captions) expect(c.colSpan).toBe(layout.columns);
    }
  });

  it('let the single 本年处理决定数量 column of 2021 reach across three grid columns', () => {
    const header = proactiveLayout('2021')
      .rows.flat()
      .find((c) => c.kind === 'header' && c.text === '本年处理决定数量');
    expect(header?.colSpan).toBe(3);
  });

  it('head table 四 with 行政复议 and 行政诉讼 split in two, then fifteen numbers', () => {
    const layout = reviewLayout();
    expect(layout.rows[0]?.map((c) => [c.text, c.colSpan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(layout.rows[1]?.filter((c) => c.colSpan === 5).map((c) => c.text)).toEqual([
      '未经复议直接起诉',
      '复议后起诉',
    ]);
    expect(layout.rows[3]).toHaveLength(15);
  });

  it('refuse a layout whose merged cells overlap', () => {
    const broken: TableLayout = {
      id: 'review',
      columns: 2,
      headerRows: 0,
      rows: [
        [
          { kind: 'header', text: 'a', rowSpan: 2 },
          { kind: 'header', text: 'b' },
        ],
        [{ kind: 'header', text: 'c', colSpan: 2 }],
      ],
    };
    expect(() => expandGrid(broken)).toThrow(/重叠或越界/u);
  });
});
