import type { LayoutCell, TableLayout } from './types.js';

/** A position of the expanded grid: the cell covering it and whether the cell starts here. */
export interface GridSlot {
  cell: LayoutCell;
  /** Row and column where the covering cell starts. */
  row: number;
  col: number;
  /** True at the cell's top-left position. */
  origin: boolean;
}

/**
 * Expands a layout into its full grid, placing each cell at the first free column of its row
 * as HTML does. Writers whose formats list covered positions (DOCX `vMerge="continue"`, XLSX
 * merge ranges) read this. Throws when cells overlap or overflow the width: the layouts are
 * generated, so that is a bug, not bad input.
 */
export function layoutGrid(layout: TableLayout): (GridSlot | null)[][] {
  const grid: (GridSlot | null)[][] = layout.rows.map(() =>
    Array.from({ length: layout.columns }, () => null),
  );
  layout.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < layout.columns && grid[r]?.[c]) c += 1;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) {
          const line = grid[r + dr];
          if (!line || c + dc >= layout.columns || line[c + dc])
            throw new Error(`表格布局 ${layout.id} 第 ${r + 1} 行的单元格重叠或越界`);
          line[c + dc] = { cell, row: r, col: c, origin: dr === 0 && dc === 0 };
        }
      }
      c += colSpan;
    }
  });
  return grid;
}
