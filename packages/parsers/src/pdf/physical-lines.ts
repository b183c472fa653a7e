import type { Fragment } from './fragments.js';
import { startsItem } from './cell-text.js';
import {
  isKnownGroupChar,
  isKnownGroupPiece,
  isKnownLabel,
  isKnownLabelPiece,
  isKnownLabelStart,
} from './known-labels.js';
import { needsSpace } from './text-metrics.js';
import type { PdfPage } from './types.js';

/** Text that sits together on one line with no wide gap inside: a cell of a table row. */
export interface Cell {
  page: number;
  text: string;
  x0: number;
  x1: number;
  /** Vertical centre in document space (pages stacked, see {@link stackPages}). */
  y: number;
  em: number;
}

/** Cells that share a baseline (within a tolerance), left to right. */
export interface PhysicalLine {
  page: number;
  /** Vertical centre in document space. */
  y: number;
  /** Smallest size on the line. */
  em: number;
  cells: Cell[];
}

/** Two centres closer than this share a line (numbers often sit a little off their labels). */
const SAME_LINE = 0.45;
/** A gap at least this wide (in ems) separates two cells. */
const CELL_GAP = 0.9;
/** Two numbers are never one: a narrower gap than a word space's double separates them. */
const NUMBER_GAP = 0.4;
const NUMBER = /^[-+－]?[\d.,，%]+$/u;
/** Below this gap (in ems) two narrow characters are joined without a space. */
const WORD_GAP = 0.15;

/** Clusters the fragments of one page into lines, top to bottom, each split into cells. */
export function pageLines(fragments: readonly Fragment[]): PhysicalLine[] {
  const sorted = [...fragments].sort((a, b) => a.yc - b.yc || a.x0 - b.x0);
  const groups: { sum: number; n: number; em: number; items: Fragment[] }[] = [];
  for (const f of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(f.yc - last.sum / last.n) <= SAME_LINE * Math.min(last.em, f.em)) {
      last.sum += f.yc;
      last.n++;
      last.em = Math.min(last.em, f.em);
      last.items.push(f);
    } else {
      groups.push({ sum: f.yc, n: 1, em: f.em, items: [f] });
    }
  }
  return groups.map((g) => {
    const y = g.sum / g.n;
    const cells = splitCells(g.items, y);
    return { page: g.items[0]?.page ?? 0, y, em: g.em, cells };
  });
}

function splitCells(items: Fragment[], y: number): Cell[] {
  const byX = [...items].sort((a, b) => a.x0 - b.x0);
  const cells: Cell[] = [];
  let cur: { f: Fragment[]; x1: number } | null = null;
  const flush = () => {
    if (!cur) return;
    const first = cur.f[0];
    if (!first) return;
    let text = first.text;
    let width = first.x1 - first.x0;
    let weight = (first.x1 - first.x0) / first.em;
    for (let i = 1; i < cur.f.length; i++) {
      const prev = cur.f[i - 1];
      const f = cur.f[i];
      if (!prev || !f) continue;
      const gap = f.x0 - prev.x1;
      const em = Math.max(prev.em, f.em);
      if (needsSpace(text, f.text) && (f.spaceBefore || gap >= WORD_GAP * em)) text += ' ';
      text += f.text;
      width += f.x1 - f.x0;
      weight += (f.x1 - f.x0) / f.em;
    }
    cells.push({ page: first.page, text, x0: first.x0, x1: cur.x1, y, em: width / weight });
    cur = null;
  };
  for (const [i, f] of byX.entries()) {
    const last = cur?.f[cur.f.length - 1];
    const gap = cur ? f.x0 - cur.x1 : Infinity;
    const em = Math.max(last?.em ?? 0, f.em);
    const numbers = last !== undefined && NUMBER.test(last.text) && NUMBER.test(f.text);
    let limit = numbers ? NUMBER_GAP : CELL_GAP;
    if (
      numbers &&
      last &&
      gap >= WORD_GAP * em &&
      !thousandsGroup(last, f) &&
      numberRun(byX, i) >= 4
    )
      limit = WORD_GAP;
    if (
      !numbers &&
      cur &&
      gap >= WORD_GAP * em &&
      (labelThenValue(cur.f, f) ||
        firstOfFigures(byX, i, f, byX[i + 1], em) ||
        groupThenItem(cur.f, f) ||
        groupThenRowPiece(cur.f, f))
    )
      limit = WORD_GAP;
    if (cur && last && gap < limit * em) {
      cur.f.push(f);
      cur.x1 = Math.max(cur.x1, f.x1);
    } else {
      flush();
      cur = { f: [f], x1: f.x1 };
    }
  }
  flush();
  return cells;
}

/**
 * True when `f` is a number and the fragments before it on the line make up a whole label of
 * the national tables: a label that fills its column sits closer to the first figure than a
 * cell gap (LibreOffice's PDF of a Word table: `4.保护第三方合法权益` then `848` half an em on,
 * `3.危及“三安全一稳定”` then `917` a quarter em on), and no label ends in a figure, so any
 * visible gap ends it. Running text is never a whole label, so a
 * number after it stays in its sentence.
 */
function labelThenValue(before: readonly Fragment[], f: Fragment): boolean {
  if (!NUMBER.test(f.text)) return false;
  return isKnownLabel(before.map((b) => b.text).join(''));
}

/**
 * True when `f` is a number and the next fragment is a number too far on to continue it, or one of
 * four or more figures side by side (see {@link numberRun}): `f` opens a row's figures. The line of a label wrapped over three lines that the figures sit on is no
 * whole label (`行政机关不再处理其` then `345`, `283`…), yet its figures are cells. A number in
 * running text is followed by its measure word, or by the rest of a phone number one word
 * space on, never by a figure a column away.
 */
function firstOfFigures(
  byX: readonly Fragment[],
  i: number,
  f: Fragment,
  next: Fragment | undefined,
  em: number,
): boolean {
  if (next === undefined || !NUMBER.test(f.text) || !NUMBER.test(next.text)) return false;
  // Two numbers this far apart are two cells anyway (see NUMBER_GAP): f is a figure of its own.
  if (next.x0 - f.x1 >= NUMBER_GAP * em) return true;
  return !thousandsGroup(f, next) && numberRun(byX, i) >= 4;
}

/**
 * True when `f` can continue the number `last` as its next thousands group (`1 234`, `12 345`):
 * `last` has one to three digits, or ends a group already, and `f` is three digits.
 */
function thousandsGroup(last: Fragment, f: Fragment): boolean {
  return /^[-+－]?\d{1,3}(?:[ ,，]\d{3})*$/u.test(last.text) && /^\d{3}(?:\.\d+)?$/u.test(f.text);
}

/**
 * How many number fragments in a row, with no other text between, the fragment at `i` stands in.
 * A table row of narrow columns prints four or more figures side by side, each column's figure
 * a little over a word space from the next (Word tables with five-digit counts: `11784` then
 * `11779` 0.37 em on); running text holds at most a phone number's three (`138 1234 5678`).
 */
function numberRun(byX: readonly Fragment[], i: number): number {
  let a = i;
  let b = i;
  while (a > 0 && NUMBER.test(byX[a - 1]?.text ?? '')) a--;
  while (b < byX.length - 1 && NUMBER.test(byX[b + 1]?.text ?? '')) b++;
  return b - a + 1;
}

/**
 * True when `f` opens a numbered item and the fragments before it are the first line of a
 * group label that does not go on with it: the group's column wraps its label (三、本年 over
 * 度办理结果) and its first line sits a third of an em before the row label beside it
 * (`三、本年` then `（一）予以公开`), or a middle line of it does (`其他处` then
 * `2.申请人逾期未按收费通知`), or one character of it printed one per line (`、` then
 * `（二）部分公开`). Each is then a cell, and each column's lines join up
 * with their own.
 */
function groupThenItem(before: readonly Fragment[], f: Fragment): boolean {
  if (!startsItem(f.text)) return false;
  const text = before.map((b) => b.text).join('');
  return (
    (isKnownLabelStart(text) || isKnownGroupPiece(text) || isKnownGroupChar(text)) &&
    !isKnownLabelStart(text + f.text)
  );
}

/**
 * True when the fragments before `f` are a middle piece of a group label and `f` a piece of
 * another label that the two together are no piece of: the group's narrow column and the row
 * label's column each wrap their text, and a line of one sits half an em from a line of the
 * other (`）无` then `掌握相关政`, `法提` then `府信息`, of （四）无法提供 beside
 * 1.本机关不掌握相关政府信息). Each is then a cell, and each column's lines join up with their own.
 */
function groupThenRowPiece(before: readonly Fragment[], f: Fragment): boolean {
  const text = before.map((b) => b.text).join('');
  return isKnownGroupPiece(text) && isKnownLabelPiece(f.text) && !isKnownLabelPiece(text + f.text);
}

const PAGE_NUMBER = [
  /^[-—–－~·.\s]*\d{1,4}[-—–－~·.\s]*$/u,
  /^[-—–－\s]*第\s*\d{1,4}\s*页[-—–－\s]*$/u,
  /^第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u,
  /^(page|p\.)\s*\d{1,4}(\s*of\s*\d{1,4})?$/iu,
];

/** Share of the page height at the top and bottom where headers, footers and numbers live. */
const MARGIN_BAND = 0.12;

/**
 * Drops page furniture: page numbers at the top or bottom of a page, and running headers or
 * footers repeated on most pages. Tables that continue on the next page then read through.
 */
export function dropPageChrome(
  pages: readonly PdfPage[],
  lines: PhysicalLine[][],
): PhysicalLine[][] {
  const edgeText = new Map<string, number>();
  const key = (l: PhysicalLine) =>
    l.cells
      .map((c) => c.text)
      .join(' ')
      .replace(/\d+/gu, '#');
  const edges = (ls: PhysicalLine[], height: number) => {
    const out: PhysicalLine[] = [];
    const first = ls[0];
    const last = ls[ls.length - 1];
    if (first && first.y < height * MARGIN_BAND) out.push(first);
    if (last && last !== first && last.y > height * (1 - MARGIN_BAND)) out.push(last);
    return out;
  };
  lines.forEach((ls, i) => {
    for (const l of edges(ls, pages[i]?.height ?? 842)) {
      const k = key(l);
      edgeText.set(k, (edgeText.get(k) ?? 0) + 1);
    }
  });
  const repeatedOn = Math.max(3, Math.ceil(pages.length / 2));
  return lines.map((ls, i) => {
    const drop = new Set(
      edges(ls, pages[i]?.height ?? 842).filter((l) => {
        const text = l.cells
          .map((c) => c.text)
          .join(' ')
          .trim();
        return PAGE_NUMBER.some((re) => re.test(text)) || (edgeText.get(key(l)) ?? 0) >= repeatedOn;
      }),
    );
    return ls.filter((l) => !drop.has(l));
  });
}

/**
 * Stacks the pages into one vertical space: each page follows the previous one as if the page
 * break were one ordinary line gap, so a table cut by a page break reads as one table.
 */
export function stackPages(lines: PhysicalLine[][]): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  let offset = 0;
  let prevBottom: PhysicalLine | undefined;
  for (const ls of lines) {
    const first = ls[0];
    if (!first) continue;
    if (prevBottom) {
      const gap = 1.5 * Math.max(prevBottom.em, first.em);
      offset = prevBottom.y + gap - first.y;
    }
    for (const l of ls) {
      const y = l.y + offset;
      out.push({ ...l, y, cells: l.cells.map((c) => ({ ...c, y })) });
    }
    prevBottom = out[out.length - 1];
  }
  return out;
}
