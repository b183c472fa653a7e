import { XxgkError } from '@xxgk/model';
import type { SourceCell, SourceLine } from '../source-lines.js';
import type { Block, DocCell, DocTable } from './blocks.js';
import { expandTable, type GridOrigin, type TableGrid } from './table-grid.js';

/** Deepest nesting of tables in cells and text boxes in text boxes that is read. */
export const MAX_NESTING = 32;

/**
 * Turns the document's blocks into the common SourceLines, in reading order:
 * - a paragraph is one `text` line per line break (blank lines are dropped), followed by the
 *   text boxes anchored in it;
 * - a table is one `row` line per row of its expanded grid, every position present: a merged
 *   cell's copies repeat its text with `spanned: true` and point at the cell where it starts;
 * - a layout table — one column wide (a frame around text or the whole report), holding other
 *   tables, or with a cell of article length — is read as the paragraphs and tables its cells
 *   contain, cell by cell, as the HTML reader reads one;
 * - a text box inside a cell follows the row it sits in.
 */
export function toSourceLines(
  blocks: readonly Block[],
  fileName?: string,
  chunk: (relId: string) => readonly SourceLine[] = () => [],
): SourceLine[] {
  const lines: SourceLine[] = [];
  let tables = 0;
  let depth = 0;
  const label = fileName ? `文件“${fileName}”` : '该文件';

  const emitText = (text: string): void => {
    for (const piece of text.split('\n')) {
      if (piece.trim() === '') continue;
      const line = lines.length + 1;
      lines.push({ kind: 'text', cells: [{ text: piece, source: { line, text: piece } }], line });
    }
  };

  /** Tables in cells and text boxes in text boxes nest; a real report nests two or three deep. */
  const nested = (emit: () => void): void => {
    depth += 1;
    if (depth > MAX_NESTING)
      throw new XxgkError(
        'input.unreadable',
        `${label}中的表格或文本框嵌套超过 ${MAX_NESTING} 层，疑似恶意构造，已拒绝读取。`,
      );
    emit();
    depth -= 1;
  };

  /** Splices an imported document's lines in, renumbering its lines and tables. */
  const emitChunk = (relId: string): void => {
    const first = tables;
    const renumbered = new Map<number, number>();
    for (const imported of chunk(relId)) {
      const line = lines.length + 1;
      renumbered.set(imported.line, line);
      const cells = imported.cells.map((cell) => {
        const from = cell.source.line;
        const source = { ...cell.source, line: (from && renumbered.get(from)) ?? line };
        if (source.table !== undefined) {
          source.table += first;
          tables = Math.max(tables, source.table + 1);
        }
        return { ...cell, source };
      });
      lines.push({ kind: imported.kind, cells, line });
    }
  };

  const emitBlocks = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.kind === 'paragraph') {
        emitText(block.text);
        if (block.anchored.length > 0) nested(() => emitBlocks(block.anchored));
      } else if (block.kind === 'chunk') emitChunk(block.relId);
      else nested(() => emitTable(block));
    }
  };

  const emitTable = (table: DocTable): void => {
    const grid = expandTable(table, label);
    if (grid.columns === 0) return;
    if (isLayout(grid)) {
      grid.slots.forEach((line, r) => {
        const seen = new Set<GridOrigin>();
        for (const slot of line) {
          if (!slot || slot.row !== r || seen.has(slot)) continue;
          seen.add(slot);
          emitBlocks(slot.cell.blocks);
        }
      });
      return;
    }
    const index = tables;
    tables += 1;
    // A merged cell is read once, however many grid positions it covers.
    const texts = new Map<GridOrigin, string>();
    const rowLine = new Map<number, number>();
    grid.slots.forEach((slots, r) => {
      const line = lines.length + 1;
      rowLine.set(r, line);
      const cells: SourceCell[] = [];
      slots.forEach((slot, c) => {
        if (!slot) {
          cells.push({ text: '', source: { table: index, row: r, col: c, line, text: '' } });
          return;
        }
        let text = texts.get(slot);
        if (text === undefined) {
          text = cellText(slot.cell);
          texts.set(slot, text);
        }
        const origin = slot.row === r && slot.col === c;
        const cell: SourceCell = {
          text,
          source: {
            table: index,
            row: slot.row,
            col: slot.col,
            line: rowLine.get(slot.row) ?? line,
            text,
          },
        };
        if (!origin) cell.spanned = true;
        cells.push(cell);
      });
      lines.push({ kind: 'row', cells, line });
      // Text boxes anchored in the cells that start in this row follow it.
      const seen = new Set<GridOrigin>();
      for (const slot of slots) {
        if (!slot || slot.row !== r || seen.has(slot)) continue;
        seen.add(slot);
        emitNested(slot.cell.blocks);
      }
    });
  };

  const emitNested = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.kind === 'table') nested(() => emitTable(block));
      else if (block.kind === 'chunk') emitChunk(block.relId);
      else if (block.anchored.length > 0) nested(() => emitBlocks(block.anchored));
    }
  };

  emitBlocks(blocks);
  return lines;
}

/**
 * A cell's text: its paragraphs' text joined by line breaks, empty paragraphs left out; nested
 * tables and text boxes are read as lines of their own after the row.
 */
function cellText(cell: DocCell): string {
  let text = '';
  for (const block of cell.blocks) {
    if (block.kind !== 'paragraph' || block.text === '') continue;
    text = text === '' ? block.text : `${text}\n${block.text}`;
  }
  return text;
}

/**
 * A national table's longest cell is a row label of some 60 characters, and a remark added
 * under a table rarely passes a few hundred; a cell holding the report runs to thousands.
 */
const ARTICLE_LENGTH = 1000;

/** A table used for page layout rather than data (see {@link toSourceLines}). */
function isLayout(grid: TableGrid): boolean {
  if (grid.columns === 1) return true;
  for (const line of grid.slots)
    for (const slot of line) {
      if (!slot) continue;
      if (slot.cell.blocks.some((b) => b.kind === 'table' || b.kind === 'chunk')) return true;
      if (cellText(slot.cell).length > ARTICLE_LENGTH) return true;
    }
  return false;
}
