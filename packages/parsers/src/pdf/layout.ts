import { isDigitCode, isFigureUnit } from '../figure-chars.js';
import { toFragments } from './fragments.js';
import type { LaidLine } from './layout-types.js';
import { dropPageChrome, pageLines, stackPages } from './physical-lines.js';
import { dropRepeatedHeaders } from './repeated-header.js';
import { findHeaderStart, findSegments } from './segments.js';
import { layoutTable } from './table-rows.js';
import { needsSpace } from './text-metrics.js';
import type { PdfPage } from './types.js';

/**
 * Rebuilds the document's lines from positioned text: paragraphs line by line, tables row by
 * row (see `layoutTable`), page numbers and running headers dropped, in reading order.
 * The same function serves both engines, so their results can only differ where their
 * positions do.
 */
export function layoutPages(pages: readonly PdfPage[]): LaidLine[] {
  const perPage = pages.map((p) => pageLines(toFragments(p.runs)));
  const lines = stackPages(dropRepeatedHeaders(dropPageChrome(pages, perPage)));
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

  const pageWidths = new Map(pages.map((p) => [p.page, p.width]));
  const pageWidth = (page: number) => pageWidths.get(page) ?? Infinity;

  const out: LaidLine[] = [];
  const consumed = new Set<number>();
  let floor = -1;
  findSegments(lines, textWidth).forEach((seg, table) => {
    seg.headerStart = findHeaderStart(lines, seg, floor, textWidth);
    const laid = layoutTable(lines, seg, table, pageWidth);
    out.push(...laid.lines);
    for (const k of laid.consumed) consumed.add(k);
    floor = laid.end;
  });
  lines.forEach((l, k) => {
    if (consumed.has(k)) return;
    const first = l.cells[0];
    const last = l.cells[l.cells.length - 1];
    out.push({
      kind: 'text',
      cells: l.cells.map((c) => ({ text: c.text, page: c.page })),
      y: l.y,
      ...(first && last ? { box: { page: l.page, x0: first.x0, x1: last.x1, em: l.em } } : {}),
    });
  });
  out.sort((a, b) => a.y - b.y);
  const joined = joinParagraphs(out, widths);

  const rowsSeen = new Map<number, number>();
  for (const line of joined) {
    if (line.table === undefined) continue;
    const n = rowsSeen.get(line.table) ?? 0;
    line.row = n;
    rowsSeen.set(line.table, n + 1);
  }
  return joined;
}

/**
 * Joins the lines of running text into paragraphs, as a word processor had them: a line that
 * reaches the right margin continues on the next line when that one starts at the left margin
 * (a new paragraph is indented, a heading or a short line ends one), also across a page break.
 */
function joinParagraphs(
  lines: LaidLine[],
  widths: ReadonlyMap<number, { x0: number; x1: number }>,
): LaidLine[] {
  const out: LaidLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const a = prev?.box;
    const b = line.box;
    const cell = line.cells[0];
    const prevCell = prev?.cells[0];
    if (
      prev &&
      a &&
      b &&
      cell &&
      prevCell &&
      prev.cells.length === 1 &&
      line.cells.length === 1 &&
      line.kind === 'text' &&
      prev.kind === 'text' &&
      Math.abs(a.em - b.em) <= 0.15 * Math.max(a.em, b.em) &&
      a.x1 >= (widths.get(a.page)?.x1 ?? Infinity) - 1.5 * a.em &&
      b.x0 <= (widths.get(b.page)?.x0 ?? -Infinity) + 0.5 * b.em &&
      line.y - prev.y <= 2.6 * b.em
    ) {
      prevCell.text += lineJoint(prevCell.text, cell.text) + cell.text;
      prev.box = b;
      prev.y = line.y;
      continue;
    }
    out.push(line);
  }
  for (const l of out) delete l.box;
  return out;
}

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** True when the text ends in a figure (digits, then perhaps . or ,) right after an ideograph. */
function endsInFigureAfterHan(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isFigureUnit(text.charCodeAt(i)) && !isDigitCode(text.charCodeAt(i))) i -= 1;
  if (i < 0 || !isDigitCode(text.charCodeAt(i))) return false;
  while (i >= 0 && isFigureUnit(text.charCodeAt(i))) i -= 1;
  return i >= 0 && isHan(text.charCodeAt(i));
}

/**
 * What goes between two printed lines of one paragraph: a space between words, nothing
 * between ideographs, and nothing inside a figure of Chinese text that the line width cut
 * (已办结共55 / 283件): word processors break Chinese lines anywhere, numbers included, and a
 * space there would split 55283 into two figures the text-vs-table rules cannot read.
 */
function lineJoint(left: string, right: string): string {
  if (isDigitCode(right.charCodeAt(0)) && endsInFigureAfterHan(left)) return '';
  return needsSpace(left, right) ? ' ' : '';
}
