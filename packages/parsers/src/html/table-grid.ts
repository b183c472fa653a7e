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
 * end. Rows keep their index; each is as long as its last occupied position (ragged rows are
 * not padded), and holes before that (a row with fewer cells than the rowspans left room for)
 * are empty cells.
 */
export function expandGrid(rows: readonly (readonly RawCell[])[]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r] ?? [];
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

function clamp(span: number, max: number): number {
  return Number.isFinite(span) && span >= 1 ? Math.min(Math.floor(span), max) : 1;
}
