import { XxgkError } from '@xxgk/model';
import type { DocCell, DocTable } from './blocks.js';

/**
 * Most grid positions one table may expand to. Word allows 63 columns; the national tables
 * have 15 at most, and 28 rows. A span of 1000 in every cell of a long table is an attack on
 * memory, not a report.
 */
export const MAX_GRID_SLOTS = 200_000;

/** A cell as printed: where it starts in the grid, and what it holds. */
export interface GridOrigin {
  cell: DocCell;
  /** Row and (normalised) column where the cell starts. */
  row: number;
  col: number;
}

/**
 * A table expanded into its grid: `slots[r][c]` is the cell covering that position (the same
 * object wherever a merge covers several), undefined past the end of a short row.
 */
export interface TableGrid {
  slots: (GridOrigin | undefined)[][];
  columns: number;
}

const EMPTY_CELL: DocCell = { blocks: [], span: 1, vMerge: null, hMerge: null };

/**
 * Expands a table's merged cells into a rectangular grid: `w:gridSpan` covers several columns,
 * `w:vMerge="continue"` (or a bare `w:vMerge`, as WPS writes it) extends the cell above,
 * `w:hMerge="continue"` the cell to the left, `w:gridBefore` leaves leading columns empty.
 * Then drops grid columns that no cell starts in: writers split the grid differently (Word
 * keeps the author's column edges, LibreOffice adds one per distinct edge), and such columns
 * carry no information, so the same printed table yields the same grid whoever wrote it.
 */
export function expandTable(table: DocTable, label = '该文件'): TableGrid {
  const slots: (GridOrigin | undefined)[][] = [];
  let size = 0;
  table.rows.forEach((row, r) => {
    size += row.gridBefore + row.cells.reduce((sum, cell) => sum + cell.span, 0);
    if (size > MAX_GRID_SLOTS)
      throw new XxgkError(
        'input.unreadable',
        `${label}中有一个表格展开后超过 ${MAX_GRID_SLOTS} 个单元格，疑似恶意构造，已拒绝读取。`,
      );
    const line: (GridOrigin | undefined)[] = [];
    slots.push(line);
    for (let c = 0; c < row.gridBefore; c += 1) line.push({ cell: EMPTY_CELL, row: r, col: c });
    let left: GridOrigin | undefined;
    for (const cell of row.cells) {
      const c = line.length;
      if (cell.hMerge === 'continue' && left) {
        for (let k = 0; k < cell.span; k += 1) line.push(left);
        continue;
      }
      const above = slots[r - 1];
      if (cell.vMerge === 'continue' && above?.[c] !== undefined) {
        for (let k = 0; k < cell.span; k += 1)
          line.push(above[c + k] ?? { cell, row: r, col: c + k });
        left = line[line.length - 1];
        continue;
      }
      const origin: GridOrigin = { cell, row: r, col: c };
      for (let k = 0; k < cell.span; k += 1) line.push(origin);
      left = origin;
    }
  });
  return dropEmptyColumns(slots);
}

function dropEmptyColumns(slots: (GridOrigin | undefined)[][]): TableGrid {
  const width = Math.max(0, ...slots.map((line) => line.length));
  const keep: number[] = [];
  for (let c = 0; c < width; c += 1) {
    const startsHere = slots.some((line) => {
      const slot = line[c];
      return slot !== undefined && (c === 0 || line[c - 1] !== slot);
    });
    if (startsHere) keep.push(c);
  }
  const kept =
    keep.length === width
      ? slots
      : slots.map((line) => keep.filter((c) => c < line.length).map((c) => line[c]));
  // Renumber each cell's column in the kept grid, from the row it starts in.
  kept.forEach((line, r) => {
    line.forEach((slot, c) => {
      if (slot && slot.row === r && (c === 0 || line[c - 1] !== slot)) slot.col = c;
    });
  });
  return { slots: kept, columns: keep.length };
}
