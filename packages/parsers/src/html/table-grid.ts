/** A cell as the markup gives it: its text and how far it reaches right and down. */
export interface RawCell {
  text: string;
  /** Rows covered; 0 means "to the end of the table", as in HTML. */
  rowSpan: number;
  colSpan: number;
}

/** A position of the expanded grid. */
export interface GridCell {
  text: string;
  /** True when a rowspan/colspan of the cell at (originRow, originCol) covers this position. */
  spanned: boolean;
  originRow: number;
  originCol: number;
}

/** The largest spans HTML honours; bigger values are clamped, as browsers do. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/**
 * Expands a table into its grid, following the HTML table model: each cell goes to the first
 * free column of its row, then occupies `rowSpan` × `colSpan` positions, every covered position
 * holding a copy marked `spanned`. A rowspan reaching past the last row is cut at the table's
 * end, and so is one that would push a row's own cells out of the table (see
 * {@link cutOverlongSpans}). Rows keep their index; each is as long as its last occupied
 * position (ragged rows are not padded), and holes before that (a row with fewer cells than
 * the rowspans left room for) are empty cells.
 */
export function expandGrid(rows: readonly (readonly RawCell[])[]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  const width = Math.max(0, ...rows.map(ownWidth));
  rows.forEach((cells, r) => {
    const line = grid[r] ?? [];
    cutOverlongSpans(grid, r, width - ownWidth(cells));
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      const colSpan = clamp(cell.colSpan, MAX_COLSPAN);
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : clamp(cell.rowSpan, MAX_ROWSPAN);
      const lastRow = Math.min(rows.length, r + rowSpan);
      for (let rr = r; rr < lastRow; rr++) {
        const target = grid[rr] ?? [];
        for (let cc = c; cc < c + colSpan; cc++) {
          // An overlapping span (malformed markup) never overwrites a cell already placed.
          if (target[cc] !== undefined) continue;
          target[cc] = {
            text: cell.text,
            spanned: rr !== r || cc !== c,
            originRow: r,
            originCol: c,
          };
        }
      }
      c += colSpan;
    }
  });
  return grid.map((line, r) => {
    const out: GridCell[] = [];
    for (let c = 0; c < line.length; c++)
      out.push(line[c] ?? { text: '', spanned: false, originRow: r, originCol: c });
    return out;
  });
}

/** The columns a row's own cells take (without the cells rowspans bring down into it). */
function ownWidth(cells: readonly RawCell[]): number {
  let width = 0;
  for (const cell of cells) width += clamp(cell.colSpan, MAX_COLSPAN);
  return width;
}

/**
 * Cuts, before row `r`, rowspans that leave its own cells less than `room` columns: a span
 * one row too long (a common Word/CMS export bug: `（三）不予公开` with rowspan 9 over its 8
 * rows) would push the next group's row one column right and lose it, since that row brings
 * its own group cell and as many cells as the widest row of the table. Browsers draw such a
 * table askew; its author meant the span to end where the row no longer fits. The innermost
 * span (latest to start) is cut first.
 */
function cutOverlongSpans(grid: (GridCell | undefined)[][], r: number, room: number): void {
  const line = grid[r] ?? [];
  let covered = 0;
  for (const cell of line) if (cell !== undefined) covered += 1;
  if (covered <= room) return;
  const origins: GridCell[] = [];
  for (const cell of line)
    if (
      cell !== undefined &&
      !origins.some((o) => o.originRow === cell.originRow && o.originCol === cell.originCol)
    )
      origins.push(cell);
  origins.sort((a, b) => b.originRow - a.originRow || b.originCol - a.originCol);
  for (const origin of origins) {
    if (covered <= room) break;
    // The span's copies fill the rows below it without a gap: stop at the first row without
    // one, so a cut costs the span's rows, not the rest of the table's.
    for (let rr = r, cut = true; cut && rr < grid.length; rr++) {
      const target = grid[rr] ?? [];
      cut = false;
      target.forEach((cell, cc) => {
        if (cell?.originRow !== origin.originRow || cell.originCol !== origin.originCol) return;
        target[cc] = undefined;
        cut = true;
        if (rr === r) covered -= 1;
      });
    }
  }
}

function clamp(span: number, max: number): number {
  return Number.isFinite(span) && span >= 1 ? Math.min(Math.floor(span), max) : 1;
}
