import { getFormat } from '../formats/index.js';
import type { FormatId } from '../formats/types.js';
import { cellPath } from '../paths.js';
import type { LayoutCell, TableLayout } from './types.js';

/** Header of the row-label column of every section 二 sub-table. */
const ROW_HEADER = '信息内容';

/**
 * Section 二 as the template prints it: one table whose sub-tables (2021: four, 2019: five) each
 * open with a caption row spanning the full width, then a header row and data rows. A sub-table
 * with fewer fields than the widest lets its last column span the rest, as the template's
 * 本年处理决定数量 spans three grid columns.
 * @see 国办公开办函〔2021〕30号 附件 表二
 */
export function proactiveLayout(format: FormatId): TableLayout {
  const def = getFormat(format);
  const dataColumns = Math.max(...def.proactive.map((t) => t.fields.length));
  const columns = 1 + dataColumns;
  const rows: LayoutCell[][] = [];
  const groupStarts: number[] = [];
  for (const table of def.proactive) {
    groupStarts.push(rows.length);
    rows.push([{ kind: 'caption', text: table.caption, colSpan: columns }]);
    const spanOf = (index: number): number | undefined =>
      index === table.fields.length - 1 && table.fields.length < dataColumns
        ? dataColumns - index
        : undefined;
    rows.push([
      { kind: 'header', text: ROW_HEADER },
      ...table.fields.map((field, i) => withSpan({ kind: 'header', text: field.label }, spanOf(i))),
    ]);
    for (const row of table.rows) {
      rows.push([
        { kind: 'label', text: row.label },
        ...table.fields.map((field, i) =>
          withSpan(
            { kind: 'data', text: '', path: cellPath('proactive', row.key, field.key) },
            spanOf(i),
          ),
        ),
      ]);
    }
  }
  return { id: 'proactive', columns, headerRows: 0, rows, groupStarts };
}

function withSpan(cell: LayoutCell, colSpan: number | undefined): LayoutCell {
  return colSpan === undefined ? cell : { ...cell, colSpan };
}
