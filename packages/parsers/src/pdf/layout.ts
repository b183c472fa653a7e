import { toFragments } from './fragments.js';
import type { LaidLine } from './layout-types.js';
import { dropPageChrome, pageLines, stackPages } from './physical-lines.js';
import { findHeaderStart, findSegments } from './segments.js';
import { layoutTable } from './table-rows.js';
import type { PdfPage } from './types.js';

/**
 * Rebuilds the document's lines from positioned text: paragraphs line by line, tables row by
 * row (see `layoutTable`), page numbers and running headers dropped, in reading order.
 * The same function serves both engines, so their results can only differ where their
 * positions do.
 */
export function layoutPages(pages: readonly PdfPage[]): LaidLine[] {
  const perPage = pages.map((p) => pageLines(toFragments(p.runs)));
  const lines = stackPages(dropPageChrome(pages, perPage));
  const widths = new Map<number, { x0: number; x1: number }>();
  for (const l of lines) {
    for (const c of l.cells) {
      const w = widths.get(l.page) ?? { x0: Infinity, x1: -Infinity };
      widths.set(l.page, { x0: Math.min(w.x0, c.x0), x1: Math.max(w.x1, c.x1) });
    }
  }
  const textWidth = (page: number) => {
    const w = widths.get(page);
    return w ? w.x1 - w.x0 : 0;
  };

  const out: LaidLine[] = [];
  const consumed = new Set<number>();
  let floor = -1;
  findSegments(lines, textWidth).forEach((seg, table) => {
    seg.headerStart = findHeaderStart(lines, seg, floor, textWidth);
    const laid = layoutTable(lines, seg, table);
    out.push(...laid.lines);
    for (const k of laid.consumed) consumed.add(k);
    floor = laid.end;
  });
  lines.forEach((l, k) => {
    if (consumed.has(k)) return;
    out.push({ kind: 'text', cells: l.cells.map((c) => ({ text: c.text, page: c.page })), y: l.y });
  });
  out.sort((a, b) => a.y - b.y);

  const rowsSeen = new Map<number, number>();
  for (const line of out) {
    if (line.table === undefined) continue;
    const n = rowsSeen.get(line.table) ?? 0;
    line.row = n;
    rowsSeen.set(line.table, n + 1);
  }
  return out;
}
