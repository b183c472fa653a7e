import { normalizeInline } from './text-normalize.js';

/**
 * What one pass over the HTML collects: block text and tables, in document order, before
 * tables are told apart into data tables (read as grids) and layout tables (read as text).
 */

/** A table as written: rows of cells, each cell holding its own blocks. */
export interface TableNode {
  kind: 'table';
  caption: BlockList;
  rows: CellNode[][];
  /** True when a cell holds another table: this table lays out the page, not data. */
  hasNestedTable: boolean;
}

/**
 * Preformatted text (`<pre>`): some sites publish a report as the plain text it was typed in,
 * tab- or space-aligned; it keeps its line breaks and is read as a text document.
 */
export interface PreformattedNode {
  kind: 'pre';
  text: string;
}

/** A picture (`<img>`): its place in the text (see `IMAGE_LINE`), never part of a cell's text. */
export interface ImageNode {
  kind: 'image';
}

/** A `<td>` / `<th>`. */
export interface CellNode {
  content: BlockList;
  rowSpan: number;
  colSpan: number;
}

/** A block of a {@link BlockList}. */
export type Block = string | TableNode | PreformattedNode | ImageNode;

/** Every picture is the same block (pictures carry nothing the reader uses). */
const IMAGE: ImageNode = Object.freeze({ kind: 'image' });

/** The items of a list that has none (shared: most cells have one block or none). */
const NO_ITEMS: readonly Block[] = Object.freeze([]);

/**
 * The blocks of one container (the page, a cell, a caption): lines of text (white space
 * already collapsed) and tables, in order. Text arrives in pieces and becomes a line at the
 * next block boundary.
 */
export class BlockList {
  /** The blocks, made on the first one with room for exactly one (a cell's only line). */
  private list: Block[] | null = null;

  /** The blocks in document order. */
  get items(): readonly Block[] {
    return this.list ?? NO_ITEMS;
  }

  private add(block: Block): void {
    if (this.list === null) this.list = [block];
    else this.list.push(block);
  }

  /**
   * The current line's first piece and, only when there are more, the rest. Nearly every
   * line (a table cell's `0`) is one piece: no array per cell and per line for it.
   */
  private first: string | null = null;
  private more: string[] | null = null;

  /** Adds a piece of text to the current line. */
  text(piece: string): void {
    if (this.first === null) {
      // Source formatting before a line's text (the line breaks between `</tr>` and `<tr>`,
      // dozens a table) is trimmed from it anyway: no line to join and normalise for it.
      if (!isSourceBlank(piece)) this.first = piece;
    } else (this.more ??= []).push(piece);
  }

  /** Ends the current line (a block element opened or closed, or a `<br>`). */
  breakLine(): void {
    if (this.first === null) return;
    const line = normalizeInline(this.more ? this.first + this.more.join('') : this.first);
    this.first = null;
    this.more = null;
    if (line !== '') this.add(line);
  }

  /** Adds preformatted text at this point of the flow. */
  pre(text: string): void {
    this.breakLine();
    this.add({ kind: 'pre', text });
  }

  /** Marks a picture at this point of the flow. */
  image(): void {
    this.breakLine();
    this.add(IMAGE);
  }

  /** Starts a table at this point of the flow. */
  table(node: TableNode): void {
    this.breakLine();
    this.add(node);
  }
}

/**
 * True for text of spaces, tabs and line breaks only. Leading such text is what
 * `normalizeInline` trims in any case; other white space (`&nbsp;`, `&#12288;`, U+FEFF) is left
 * to it, since some of it decides what else it removes.
 */
function isSourceBlank(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}

/** A new, empty table. */
export function newTable(): TableNode {
  return { kind: 'table', caption: new BlockList(), rows: [], hasNestedTable: false };
}
