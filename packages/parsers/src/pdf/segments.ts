import { isValueText, startsItem } from './cell-text.js';
import { isKnownLabelStart, isKnownRowLabelStart } from './known-labels.js';
import type { Cell, PhysicalLine } from './physical-lines.js';

/** A horizontal band that holds one column of values. */
export interface Column {
  x0: number;
  x1: number;
}

/**
 * One table as found on the page: the lines that carry values (anchors), the value columns,
 * and where the label area ends.
 */
export interface Segment {
  /** Indexes (into the document's lines) of the lines that carry values, top to bottom. */
  anchors: number[];
  /** Value columns, left to right. */
  columns: Column[];
  /** Left edge of the value area: cells starting left of it are labels. */
  valueLeft: number;
  /** Typical size of the table's text. */
  em: number;
  /** Index of the first header line (equal to `anchors[0]` when there is none). */
  headerStart: number;
}

/** The cells of a line from its first value cell on (or none when it has no value). */
function valueCells(line: PhysicalLine): Cell[] {
  const first = line.cells.findIndex((c) => isValueText(c.text));
  return first < 0 ? [] : line.cells.slice(first);
}

/** Left margin of each page: where its text lines start. */
export function pageLeftMargins(lines: readonly PhysicalLine[]): Map<number, number> {
  const left = new Map<number, number>();
  for (const l of lines)
    for (const c of l.cells) left.set(l.page, Math.min(left.get(l.page) ?? Infinity, c.x0));
  return left;
}

/**
 * True when the line carries values: several cells with a number among them, or a lone number
 * off the margin. A line of running text that ends in a number set apart (justified text) is
 * not one: no label of a table runs across most of the text width.
 */
export function isAnchor(line: PhysicalLine, leftMargin: number, textWidth: number): boolean {
  const values = line.cells.filter((c) => isValueText(c.text));
  if (values.length === 0) return false;
  if (line.cells.some((c) => !isValueText(c.text) && c.x1 - c.x0 > 0.6 * textWidth)) return false;
  if (line.cells.length >= 2) return true;
  const only = values[0];
  return only !== undefined && only.x0 > leftMargin + 4 * only.em;
}

function overlaps(a: Column, c: Cell, slack: number): boolean {
  return c.x0 < a.x1 + slack && c.x1 > a.x0 - slack;
}

/** Adds a row's value cells to the columns, or returns false when they do not fit them. */
function fitColumns(columns: Column[], cells: readonly Cell[], commit: boolean): boolean {
  const used = new Set<number>();
  const plan: { cell: Cell; col: number }[] = [];
  for (const cell of cells) {
    const hits = columns
      .map((col, i) => (overlaps(col, cell, cell.em * 0.2) ? i : -1))
      .filter((i) => i >= 0);
    if (hits.length > 1) return false;
    const hit = hits[0];
    if (hit !== undefined) {
      if (used.has(hit)) return false;
      used.add(hit);
    }
    plan.push({ cell, col: hit ?? -1 });
  }
  if (!commit) return true;
  for (const { cell, col } of plan) {
    const c = columns[col];
    if (c) {
      c.x0 = Math.min(c.x0, cell.x0);
      c.x1 = Math.max(c.x1, cell.x1);
    } else columns.push({ x0: cell.x0, x1: cell.x1 });
  }
  columns.sort((a, b) => a.x0 - b.x0);
  return true;
}

/** How far (in ems) two lines of one table may lie apart. */
const MAX_TABLE_GAP = 6;
/** Text this much larger than the table's is a heading, not part of the table. */
const HEADING_SCALE = 1.5;

/**
 * True when a line between two value lines ends the table: a heading, a paragraph running
 * across the value columns, or a new header row with text in the value columns.
 */
export function isBlocker(line: PhysicalLine, seg: Segment): boolean {
  if (line.em > HEADING_SCALE * seg.em) return true;
  const edge = seg.valueLeft - 0.5 * seg.em;
  if (line.cells.length === 1) {
    const c = line.cells[0];
    if (!c) return false;
    if (c.x0 >= edge) return true;
    return c.x1 > seg.valueLeft + seg.em;
  }
  // A header reaching into the value columns counts too: centred over a sub-table of table 二
  // whose first column is blank in every row so far, it starts left of the values.
  return line.cells.some(
    (c) => !isValueText(c.text) && (c.x0 >= edge || c.x1 > seg.valueLeft + seg.em),
  );
}

/** Groups the value lines of the document into tables. */
export function findSegments(
  lines: readonly PhysicalLine[],
  textWidth: (page: number) => number,
): Segment[] {
  const margins = pageLeftMargins(lines);
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let prevIndex = -1;
  lines.forEach((line, i) => {
    if (!isAnchor(line, margins.get(line.page) ?? 0, textWidth(line.page))) return;
    const values = valueCells(line);
    if (current && prevIndex >= 0) {
      const seg: Segment = current;
      const between = lines.slice(prevIndex + 1, i);
      let y = lines[prevIndex]?.y ?? line.y;
      let broken = false;
      for (const l of [...between, line]) {
        if (l.y - y > MAX_TABLE_GAP * seg.em) broken = true;
        y = l.y;
      }
      if (between.some((l) => isBlocker(l, seg))) broken = true;
      if (!broken && !fitColumns(seg.columns, values, false)) broken = true;
      if (broken) current = null;
    }
    if (!current) {
      current = { anchors: [], columns: [], valueLeft: Infinity, em: line.em, headerStart: i };
      segments.push(current);
    }
    current.anchors.push(i);
    fitColumns(current.columns, values, true);
    current.valueLeft = Math.min(current.valueLeft, values[0]?.x0 ?? Infinity);
    current.em = median(current.anchors.map((a) => numberEm(lines[a] ?? line)));
    prevIndex = i;
  });
  return segments;
}

/**
 * The size of a value line's type, from its numbers: a size is estimated from advance widths,
 * and a blank marker ("/" is a quarter em wide, estimated at half) would make it look half as
 * large, and the headers above then look like a heading.
 */
function numberEm(line: PhysicalLine): number {
  const sizes = line.cells.filter((c) => /\d/u.test(c.text)).map((c) => c.em);
  return sizes.length > 0 ? median(sizes) : line.em;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** A heading of the report's outline (一、… 六、), which never belongs to a table header. */
const HEADING_RE = /^[一二三四五六七八九十]{1,2}\s*[、.．]/u;

/**
 * Finds the header lines above a table's first value line: narrow lines of the table's size,
 * close together, up to a heading, a paragraph or the previous table.
 */
export function findHeaderStart(
  lines: readonly PhysicalLine[],
  seg: Segment,
  floor: number,
  textWidth: (page: number) => number,
): number {
  const first = seg.anchors[0] ?? 0;
  let start = first;
  let below = lines[first];
  for (let k = first - 1; k > floor && first - k <= 16; k--) {
    const l = lines[k];
    if (!l || !below) break;
    if (l.em > HEADING_SCALE * seg.em) break;
    if (below.y - l.y > 6.5 * Math.max(seg.em, l.em, below.em)) break;
    if (l.cells.length === 1) {
      const c = l.cells[0];
      if (!c) break;
      if (HEADING_RE.test(c.text) && !isKnownLabelStart(c.text)) break;
      // The first line of a row label wrapped around its figures (一、本年新收政府信息公 over
      // the figures, 开申请数量 under them) belongs to that row, never to the header.
      if (startsItem(c.text) && isKnownRowLabelStart(c.text)) break;
      if (c.x1 - c.x0 > 0.6 * textWidth(l.page)) break;
    }
    start = k;
    below = l;
  }
  return start;
}
