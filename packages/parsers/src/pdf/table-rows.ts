import { isValueText, startsFirstItem } from './cell-text.js';
import {
  isKnownGroupLabel,
  isKnownLabel,
  isKnownLabelStart,
  isKnownRowLabel,
} from './known-labels.js';
import { buildBlocks, type Block } from './label-blocks.js';
import type { LaidCell, LaidLine } from './layout-types.js';
import type { Cell, PhysicalLine } from './physical-lines.js';
import type { Segment } from './segments.js';

/** A value line with the labels found for it. */
interface Row {
  line: number;
  y: number;
  values: Cell[];
  own: Block | null;
  groups: Block[];
}

/** How far (in ems) beyond its first and last line a label block still covers a value line. */
const COVER = 0.75;
/** How far (in ems) a group label may sit from the nearest rows when it covers none. */
const GROUP_REACH = 2.5;

function covers(b: Block, y: number): boolean {
  return y >= b.top - COVER * b.em && y <= b.bottom + COVER * b.em;
}

/** What a table rebuilds into, and which document lines it used up. */
export interface TableLayout {
  lines: LaidLine[];
  consumed: Set<number>;
  /** Last line index the table used (the next table's header starts below it). */
  end: number;
}

/**
 * Rebuilds one table: each value line becomes a row whose cells are its group labels (copies
 * marked `spanned` after the group's first row), its own label (wrapped lines joined, even
 * across a page break), then one cell per value column (empty where the cell is blank).
 * Header lines become header rows; stray label text becomes text lines. `pageWidth` tells
 * a table that runs past its page's right edge, whose rows then end with a cut cell (`…`)
 * standing for the column not printed.
 */
export function layoutTable(
  lines: readonly PhysicalLine[],
  seg: Segment,
  tableIndex: number,
  pageWidth: (page: number) => number = () => Infinity,
): TableLayout {
  const first = seg.anchors[0] ?? 0;
  const last = seg.anchors[seg.anchors.length - 1] ?? first;
  const clipped = runsPastRightEdge(lines, seg.headerStart, last, pageWidth);
  widenFromHeader(lines, seg, clipped);
  const edge = seg.valueLeft - 0.5 * seg.em;
  const anchorSet = new Set(seg.anchors);
  const isLabel = (c: Cell) => c.x0 < edge;

  // Lines below the last row that may hold the end of its wrapped label, or a last row left
  // blank (its label alone), also below the caption and header of a sub-table of table 二
  // whose only row is blank (第二十条第（八）项 with no fee printed).
  let end = last;
  const skipped = new Set<number>();
  for (let k = last + 1; k <= last + 5; k++) {
    const l = lines[k];
    const prev = lines[k - 1];
    if (!l || !prev || anchorSet.has(k)) break;
    if (l.em > 1.5 * seg.em) break;
    const known = l.cells.every((c) => isKnownLabelStart(c.text));
    if (l.y - prev.y > (known ? 4.5 : 2.6) * seg.em) break;
    if (!l.cells.every((c) => isLabel(c) && c.x1 <= seg.valueLeft + seg.em)) {
      if (skipped.size >= 2 || !l.cells.every((c) => isKnownLabel(c.text))) break;
      skipped.add(k);
      continue;
    }
    if (skipped.size > 0 && !l.cells.every((c) => isKnownRowLabel(c.text))) break;
    end = k;
  }
  // A caption or header passed over stays text unless a blank row was found below it.
  for (const k of skipped) if (k > end) skipped.delete(k);

  const lineOf = new Map<Cell, number>();
  const labelCells: Cell[] = [];
  for (let k = seg.headerStart; k <= end; k++) {
    if (skipped.has(k)) continue;
    for (const c of lines[k]?.cells ?? []) {
      lineOf.set(c, k);
      if (isLabel(c)) labelCells.push(c);
    }
  }
  const blocks = buildBlocks(labelCells, (c) => {
    const k = lineOf.get(c);
    return k !== undefined && anchorSet.has(k) ? k : null;
  });

  const rows: Row[] = seg.anchors.map((k) => {
    const line = lines[k];
    return {
      line: k,
      y: line?.y ?? 0,
      values: (line?.cells ?? []).filter((c) => !isLabel(c)),
      own: null,
      groups: [],
    };
  });

  // A row's own label is the rightmost block that covers it.
  const ownerOf = new Map<Block, Row>();
  for (const row of rows) {
    let best: Block | null = null;
    for (const b of blocks) if (covers(b, row.y) && (!best || b.x0 > best.x0)) best = b;
    if (!best) continue;
    const other = ownerOf.get(best);
    const mid = (best.top + best.bottom) / 2;
    if (other && Math.abs(other.y - mid) <= Math.abs(row.y - mid)) continue;
    if (other) other.own = null;
    ownerOf.set(best, row);
    row.own = best;
  }

  // A data row's label beside no value line is that row printed blank (其他对外管理服务事项
  // under 行政许可 with nothing filled in), not the label of a group near it.
  const grouped = assignGroups(
    rows,
    blocks.filter(
      (b) =>
        !ownerOf.has(b) &&
        !(
          isKnownRowLabel(b.text) &&
          !isKnownGroupLabel(b.text) &&
          !rows.some((r) => covers(b, r.y))
        ),
    ),
  );

  // A row whose cells are all blank shows only its label: a known row label left over makes
  // a row of blank cells.
  for (const b of blocks) {
    if (ownerOf.has(b) || grouped.has(b) || !isKnownRowLabel(b.text)) continue;
    const k = lineOf.get(b.cells[0] as Cell) ?? first;
    const row: Row = { line: k, y: (b.top + b.bottom) / 2, values: [], own: b, groups: [] };
    rows.push(row);
    ownerOf.set(b, row);
  }
  rows.sort((a, b) => a.y - b.y);

  // The table runs past the page's right edge, and no figure of it crosses the edge: the
  // column across the edge is one whose header alone reaches it (其 of 其他), and the column
  // after it (总计, as a rule) was not printed at all. A cut cell stands for that column, so a
  // row of every printed column reads it blank instead of reading one column short, and a row
  // short of a printed column stays short (left out) — no figure taken for a column it is not
  // in. When figures cross the edge (marked cut), the crossing column is there, and whether
  // any lies beyond it is not known: rows are left as printed.
  const columnBeyond =
    clipped && !rows.some((r) => r.values.some((v) => v.x1 > pageWidth(v.page) + EDGE_TOLERANCE));

  const out: LaidLine[] = [];
  const consumed = new Set<number>();
  for (let k = first; k <= last; k++) consumed.add(k);
  for (const r of rows) consumed.add(r.line);
  const attached = new Set<Block>([...ownerOf.keys(), ...grouped]);
  for (const b of attached) for (const c of b.cells) consumed.add(lineOf.get(c) ?? -1);

  // Header: whatever above the first row no row took.
  const headerCells: Cell[] = [];
  const attachedCells = new Set<Cell>([...attached].flatMap((b) => b.cells));
  for (let k = seg.headerStart; k < first; k++) {
    consumed.add(k);
    for (const c of lines[k]?.cells ?? []) if (!attachedCells.has(c)) headerCells.push(c);
  }
  const headerBlocks = buildBlocks(headerCells);
  const headerRows = new Map<number, Block[]>();
  for (const b of headerBlocks) {
    const k = lineOf.get(b.cells[0] as Cell) ?? 0;
    const list = headerRows.get(k) ?? [];
    list.push(b);
    headerRows.set(k, list);
  }
  for (const k of [...headerRows.keys()].sort((a, b) => a - b)) {
    const bs = (headerRows.get(k) ?? []).sort((a, b) => a.x0 - b.x0);
    out.push({
      kind: bs.length > 1 ? 'row' : 'text',
      cells: bs.map(blockCell),
      y: lines[k]?.y ?? 0,
      table: tableIndex,
    });
  }

  for (const row of rows) {
    const cells: LaidCell[] = [];
    for (const g of [...row.groups].sort((a, b) => a.x0 - b.x0)) {
      const firstRow = rows.find((r) => r.groups.includes(g));
      cells.push({ ...blockCell(g), ...(firstRow !== row ? { spanned: true } : {}) });
    }
    if (row.own) cells.push(blockCell(row.own));
    const byColumn = seg.columns.map(() => [] as Cell[]);
    for (const v of row.values) byColumn[columnOf(seg, v)]?.push(v);
    // Empty columns the row's own label runs across (past their middle) hold no blank of that
    // row: the label would print over them. Only a table set in running text (a text file
    // printed to PDF, columns aligned by spaces) has them; kept as blanks, they push the row's
    // figures one column right.
    const labelRight = Math.max(
      -Infinity,
      ...(lines[row.line]?.cells ?? []).filter(isLabel).map((c) => c.x1),
    );
    let lead = 0;
    const centre = (i: number) => {
      const col = seg.columns[i];
      return col ? (col.x0 + col.x1) / 2 : Infinity;
    };
    while (byColumn[lead]?.length === 0 && centre(lead) <= labelRight) lead++;
    for (const vs of byColumn.slice(lead)) {
      cells.push({
        text: vs.map((v) => v.text).join(' '),
        page: vs[0]?.page ?? lines[row.line]?.page ?? 0,
      });
    }
    if (columnBeyond) cells.push({ text: CUT_MARK, page: lines[row.line]?.page ?? 0 });
    out.push({ kind: 'row', cells, y: row.y, table: tableIndex });
  }

  // Label text that belongs to no row (captions, notes) stays as text where it stands.
  for (const b of blocks) {
    const k = lineOf.get(b.cells[0] as Cell) ?? -1;
    if (attached.has(b) || k < first || !consumed.has(k)) continue;
    for (const c of b.cells) consumed.add(lineOf.get(c) ?? -1);
    out.push({ kind: 'text', cells: [blockCell(b)], y: b.top });
  }
  let tableEnd = last;
  for (const k of consumed) if (k > tableEnd) tableEnd = k;
  return { lines: out, consumed, end: tableEnd };
}

/** Text of the cell that stands for the columns beyond the page's right edge (read blank). */
const CUT_MARK = '…';
/** How far past the page's edge a figure may reach before it is taken to be cut (as marked). */
const EDGE_TOLERANCE = 0.5;
/**
 * How far past the page's edge any text of a table may reach before the table is taken to
 * run past it: no page prints text up to its very edge, but an ideograph the edge cuts may
 * stick out by less than a point (尚 of 尚未审结 ending 0.4 pt past A4's 595.3).
 */
const TABLE_EDGE_TOLERANCE = 0.1;

/**
 * True when some text of the table (header or rows, lines `from`…`to`) runs past its page's
 * right edge: a table wider than its page (an HTML table without widths, converted by
 * LibreOffice) prints its columns up to the edge, clipping the one across it, and none beyond.
 */
function runsPastRightEdge(
  lines: readonly PhysicalLine[],
  from: number,
  to: number,
  pageWidth: (page: number) => number,
): boolean {
  for (let k = from; k <= to; k++)
    for (const c of lines[k]?.cells ?? [])
      if (c.x1 > pageWidth(c.page) + TABLE_EDGE_TOLERANCE) return true;
  return false;
}

/** The value column a cell falls in: the one it overlaps most, else the nearest. */
function columnOf(seg: Segment, v: Cell): number {
  let best = 0;
  let bestScore = -Infinity;
  seg.columns.forEach((col, i) => {
    const overlap = Math.min(v.x1, col.x1) - Math.max(v.x0, col.x0);
    const centre = Math.abs((v.x0 + v.x1) / 2 - (col.x0 + col.x1) / 2);
    const score = overlap > 0 ? overlap : -centre;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Adds the value columns that only the header shows (a column blank in every row): the
 * lowest header cells right of the labels that no value column already holds. A header cell
 * left of the values counts when no label stands below it.
 */
function widenFromHeader(lines: readonly PhysicalLine[], seg: Segment, clipped: boolean): void {
  const first = seg.anchors[0] ?? 0;
  const last = seg.anchors[seg.anchors.length - 1] ?? first;
  const headerCells: Cell[] = [];
  for (let k = seg.headerStart; k < first; k++) headerCells.push(...(lines[k]?.cells ?? []));
  if (headerCells.length === 0) return;
  const edge = seg.valueLeft - 0.5 * seg.em;
  const bodyLabels: Cell[] = [];
  for (let k = first; k <= last; k++)
    for (const c of lines[k]?.cells ?? [])
      if (c.x0 < edge && !isValueText(c.text)) bodyLabels.push(c);
  const blocks = buildBlocks(headerCells);
  const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) =>
    a.x0 < b.x1 && a.x1 > b.x0;
  for (const b of blocks) {
    if (blocks.some((o) => o !== b && o.top > b.bottom && overlap(o, b))) continue;
    if (seg.columns.some((c) => overlap(c, b))) continue;
    // In a table cut at the page edge the figures are left-aligned in wide columns: the last
    // line of a header (法律服务 / 机构) may miss its column's figures, which sit under the
    // header above it. Taken for a blank column, it would push the figures after it along.
    if (
      clipped &&
      blocks.some(
        (o) => o.bottom < b.top && overlap(o, b) && seg.columns.some((c) => overlap(c, o)),
      )
    )
      continue;
    if (b.x0 < edge && bodyLabels.some((c) => overlap(c, b))) continue;
    seg.columns.push({ x0: b.x0, x1: b.x1 });
    seg.valueLeft = Math.min(seg.valueLeft, b.x0);
  }
  seg.columns.sort((a, b) => a.x0 - b.x0);
}

function blockCell(b: Block): LaidCell {
  return { text: b.text, page: b.cells[0]?.page ?? 0 };
}

/**
 * Finds the labels that head a group of rows (（三）不予公开, the vertical 三、本年度办理结果)
 * and the rows each one spans. A group starts from the rows it covers and extends up and
 * down over rows labelled further right, stopping at a row labelled in its own column, at a
 * neighbouring group of its column, or where the numbering of the rows inside starts again.
 * Inner groups are settled first, so outer ones read their numbering from them.
 */
function assignGroups(rows: Row[], candidates: Block[]): Set<Block> {
  const groups = new Set<Block>();
  const seeded = new Map<Block, number[]>();
  for (const b of candidates) {
    let seeds = rows.map((r, i) => (covers(b, r.y) ? i : -1)).filter((i) => i >= 0);
    if (seeds.length === 0) {
      const reach = GROUP_REACH * b.em;
      const above = rows.findLastIndex((r) => r.y < b.top && b.top - r.y <= reach);
      const below = rows.findIndex((r) => r.y > b.bottom && r.y - b.bottom <= reach);
      seeds = [above, below].filter((i) => i >= 0);
    }
    if (seeds.length === 0) continue;
    if (!seeds.every((i) => (rows[i]?.own?.x0 ?? -Infinity) > b.x0 + 0.5 * b.em)) continue;
    seeded.set(b, seeds);
  }
  // Innermost level first.
  const byLevel = [...seeded.keys()].sort((a, b) => b.x0 - a.x0);
  const levels: Block[][] = [];
  for (const b of byLevel) {
    const level = levels[levels.length - 1];
    const head = level?.[0];
    if (level && head && Math.abs(head.x0 - b.x0) <= 0.5 * Math.max(head.em, b.em)) level.push(b);
    else levels.push([b]);
  }
  for (const level of levels) {
    const claim = new Map<number, Block>();
    const span = new Map<Block, { lo: number; hi: number }>();
    for (const b of level) {
      const seeds = seeded.get(b) ?? [];
      for (const i of seeds) {
        const prev = claim.get(i);
        const mid = (b.top + b.bottom) / 2;
        const y = rows[i]?.y ?? 0;
        if (prev && Math.abs((prev.top + prev.bottom) / 2 - y) <= Math.abs(mid - y)) continue;
        claim.set(i, b);
      }
    }
    for (const b of level) {
      const mine = [...claim.entries()].filter(([, g]) => g === b).map(([i]) => i);
      if (mine.length > 0) span.set(b, { lo: Math.min(...mine), hi: Math.max(...mine) });
    }
    const child = (i: number, b: Block): Block | null => {
      const r = rows[i];
      if (!r) return null;
      const inner = [...r.groups, ...(r.own ? [r.own] : [])].filter(
        (x) => x.x0 > b.x0 + 0.5 * b.em,
      );
      return inner.sort((x, y) => x.x0 - y.x0)[0] ?? null;
    };
    const canTake = (i: number, b: Block): boolean => {
      const r = rows[i];
      return !!r && !claim.has(i) && (r.own?.x0 ?? -Infinity) > b.x0 + 0.5 * b.em;
    };
    let grew = true;
    while (grew) {
      grew = false;
      for (const [b, s] of span) {
        const up = s.lo - 1;
        const topChild = child(s.lo, b);
        if (
          canTake(up, b) &&
          !(topChild && startsFirstItem(topChild.text) && child(up, b) !== topChild)
        ) {
          claim.set(up, b);
          s.lo = up;
          grew = true;
        }
        const down = s.hi + 1;
        const downChild = child(down, b);
        if (
          canTake(down, b) &&
          !(downChild && startsFirstItem(downChild.text) && downChild !== child(s.hi, b))
        ) {
          claim.set(down, b);
          s.hi = down;
          grew = true;
        }
      }
    }
    for (const [i, b] of claim) {
      rows[i]?.groups.push(b);
      groups.add(b);
    }
  }
  return groups;
}
