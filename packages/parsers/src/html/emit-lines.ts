import { IMAGE_LINE } from '@xxgk/model';
import type { SourceLine } from '../source-lines.js';
import { textToSourceDocument } from '../text/index.js';
import type { BlockList, CellNode, TableNode } from './content-tree.js';
import { expandGrid, type GridCell, type RawCell } from './table-grid.js';
import { joinPieces, normalizeInline } from './text-normalize.js';

/**
 * A cell this long, or split into this many blocks of real text, is page layout (a column
 * holding the article), not a figure or label of a report table. Many blocks alone are not
 * enough: Word prints a narrow label (三、本年度办理结果) one character per paragraph.
 */
const LAYOUT_CELL_CHARS = 400;
const LAYOUT_CELL_BLOCKS = 8;
const LAYOUT_BLOCKS_CHARS = 120;
/**
 * Grid positions beyond which a table is not expanded (a report table has a few hundred):
 * spans of malformed or hostile markup must not make the grid explode.
 */
const MAX_GRID_POSITIONS = 100_000;

/**
 * Turns collected blocks into source lines: each text block is a `text` line of one cell;
 * each data table is one `row` line per grid row, spans expanded, with provenance
 * {line, table, row, col, text}. A merged cell's copies repeat its text, are marked `spanned`
 * and point at the cell where it starts (as the DOCX reader's do), so the position of a cell
 * in its line is its grid column and its provenance is where it was printed. A layout table
 * (one holding other tables, one column wide, or with article-sized cells) is read as the
 * text and tables of its cells in order. A picture after the page's first line of text is a
 * line `IMAGE_LINE` (a table published as an image). Rows with no text at all (Word's spacer rows) are
 * left out, unless they have many cells of their own (a blank values row); `row` stays the grid
 * index.
 */
export function emitLines(body: BlockList): SourceLine[] {
  const lines: SourceLine[] = [];
  let tableIndex = 0;

  const emitText = (text: string): void => {
    const line = lines.length + 1;
    lines.push({ kind: 'text', line, cells: [{ text, source: { line, text } }] });
  };

  const emitBlocks = (blocks: BlockList): void => {
    for (const item of blocks.items) {
      if (typeof item === 'string') emitText(item);
      else if (item.kind === 'pre') emitPreformatted(item.text);
      // A picture before any text is the site's logo or banner, not part of the report.
      else if (item.kind === 'image') {
        if (lines.length > 0) emitText(IMAGE_LINE);
      } else emitTable(item);
    }
  };

  // Preformatted text is a text document inside the page: the text reader splits it into
  // lines and cells (tabs, pipes, one cell per line), renumbered in the page's lines.
  const emitPreformatted = (text: string): void => {
    for (const source of textToSourceDocument(text).lines) {
      const line = lines.length + 1;
      lines.push({
        kind: source.kind,
        line,
        cells: source.cells.map((c) => ({ text: c.text, source: { line, text: c.text } })),
      });
    }
  };

  const emitTable = (table: TableNode): void => {
    emitBlocks(table.caption);
    if (isLayoutTable(table)) {
      for (const row of table.rows) for (const cell of row) emitBlocks(cell.content);
      return;
    }
    const raw: RawCell[][] = new Array<RawCell[]>(table.rows.length);
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r] ?? [];
      const cells: RawCell[] = new Array<RawCell>(row.length);
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] as CellNode;
        cells[c] = {
          text: cellText(cell.content.items),
          rowSpan: cell.rowSpan,
          colSpan: cell.colSpan,
        };
      }
      raw[r] = cells;
    }
    const grid = expandGrid(raw);
    // Rows with no text at all (Word's spacer rows) are left out; a table of none is no table.
    // One row of many empty cells of its own right under header rows (no number yet) is kept:
    // the values row of a table left blank (table 四's fifteen cells, which have no label) —
    // without it the table would be absent. Spacer rows after the figures stay left out.
    const filled = grid.map((row) => row.some((cell) => cell.text !== ''));
    if (!filled.includes(true)) return;
    let header = false;
    let figures = false;
    for (let r = 0; r < grid.length && !figures; r++) {
      const row = grid[r] ?? [];
      if (filled[r]) {
        header = true;
        figures = row.some((cell) => FIGURE.test(cell.text));
      } else if (header && isBlankValuesRow(row)) {
        filled[r] = true;
        figures = true;
      }
    }
    const index = tableIndex++;
    /** The line each grid row went to (0 for a row left out), for the copies of its cells. */
    const rowLine: number[] = new Array<number>(grid.length).fill(0);
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r] ?? [];
      if (!filled[r]) continue;
      const line = lines.length + 1;
      rowLine[r] = line;
      const cells: SourceLine['cells'] = new Array<SourceLine['cells'][number]>(row.length);
      for (let col = 0; col < row.length; col++) {
        const cell = row[col] as GridCell;
        cells[col] = cell.spanned
          ? {
              text: cell.text,
              source: {
                line: rowLine[cell.originRow] || line,
                table: index,
                row: cell.originRow,
                col: cell.originCol,
                text: cell.text,
              },
              spanned: true,
            }
          : { text: cell.text, source: { line, table: index, row: r, col, text: cell.text } };
      }
      lines.push({ kind: 'row', line, cells });
    }
  };

  emitBlocks(body);
  return lines;
}

/** A cell holding a figure (digits, maybe padded). */
const FIGURE = /^\s*\d/u;
/** Unspanned empty cells that make an empty row a blank row of values, not a spacer. */
const BLANK_VALUES_ROW_CELLS = 5;

/** True for an empty grid row of at least {@link BLANK_VALUES_ROW_CELLS} cells of its own. */
function isBlankValuesRow(row: readonly GridCell[]): boolean {
  let own = 0;
  for (const cell of row) if (!cell.spanned) own++;
  return own >= BLANK_VALUES_ROW_CELLS;
}

/** A cell's text: its blocks joined as the pieces of one cell (see `joinPieces`). */
function cellText(items: BlockList['items']): string {
  if (items.length === 1 && typeof items[0] === 'string') return joinPieces(items as string[]);
  const pieces: string[] = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    pieces[i] =
      typeof item === 'string' ? item : item?.kind === 'pre' ? normalizeInline(item.text) : '';
  }
  return joinPieces(pieces);
}

function isLayoutTable(table: TableNode): boolean {
  if (table.hasNestedTable) return true;
  let width = 0;
  let positions = 0;
  table.rows.forEach((row, r) => {
    for (const cell of row) {
      const down =
        cell.rowSpan === 0 ? table.rows.length - r : Math.min(cell.rowSpan, table.rows.length - r);
      positions += Math.max(1, down) * Math.min(Math.max(1, cell.colSpan), 1000);
    }
  });
  if (positions > MAX_GRID_POSITIONS) return true;
  for (const row of table.rows) {
    let rowWidth = 0;
    for (const cell of row) {
      rowWidth += Math.max(1, cell.colSpan);
      let chars = 0;
      for (const item of cell.content.items)
        chars +=
          typeof item === 'string' ? item.length : item.kind === 'pre' ? item.text.length : 0;
      if (chars > LAYOUT_CELL_CHARS) return true;
      if (cell.content.items.length > LAYOUT_CELL_BLOCKS && chars > LAYOUT_BLOCKS_CHARS)
        return true;
    }
    width = Math.max(width, rowWidth);
  }
  return width <= 1;
}
