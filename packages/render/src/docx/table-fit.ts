import {
  type LayoutCell,
  layoutGrid,
  type LayoutTableId,
  type Report,
  type TableLayout,
} from '@xxgk/model';
import { cellText } from '../cell-text.js';
import { displayWidth } from '../xlsx/text-width.js';
import { SIZE, TYPE_AREA_WIDTH } from './gbt9704.js';

/**
 * Relative grid column widths of the official template (`w:tblGrid`, twips): table 三 gives its
 * three label columns 754, 921 and 3271 and each applicant column 685; tables 二 and 四 divide
 * the width evenly.
 * @see 国办公开办函〔2021〕30号 附件（格式模板）
 */
function columnWeights(id: LayoutTableId, columns: number): number[] {
  if (id === 'applications') {
    const labels = [754, 921, 3271];
    return [...labels, ...Array.from({ length: columns - labels.length }, () => 685)];
  }
  return Array.from({ length: columns }, () => 1);
}

/** Splits `total` twips in proportion to `weights`, the rounding rest going to the last one. */
function proportional(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (sum > 0 ? Math.floor((w * total) / sum) : 0));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** The template's grid column widths in twips, adding up to the width of the type area. */
export function columnWidths(layout: TableLayout): number[] {
  return proportional(columnWeights(layout.id, layout.columns), TYPE_AREA_WIDTH);
}

/** Left and right cell margin in twips; the template uses 1 mm (57), narrow columns need room. */
export const CELL_MARGIN = 28;

/** Width of the cell borders, 1 pt (LibreOffice takes them from the cell's inside). */
const BORDER_WIDTH = 20;

/**
 * What a cell takes besides its text: both margins, both borders and some slack, since a
 * cell's text wraps as soon as it is a hair too wide and the fonts that stand in for Times New
 * Roman and 宋体 differ slightly.
 */
export const CELL_OVERHEAD = 2 * CELL_MARGIN + 2 * BORDER_WIDTH + 40;
/** The part of a cell's width its text cannot use: the margins and the borders. */
const CELL_FRAME = 2 * CELL_MARGIN + 2 * BORDER_WIDTH;

/**
 * Widths in em of the characters a number cell prints: Times New Roman (and Liberation Serif,
 * which LibreOffice substitutes, metric for metric) draws digits, the point and the signs half
 * an em wide. Anything else: full width for CJK, 0.6 em for the rest.
 */
function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    if (/[0-9.,+-]/u.test(ch)) ems += 0.5;
    else ems += displayWidth(ch) === 2 ? 1 : 0.6;
  }
  return ems;
}

/** Twips a text takes at a size in half-points and a character scale in percent (an estimate). */
export function textTwips(text: string, halfPoints: number, scale = 100): number {
  // One em at n half-points is n / 2 points, 10 n twips.
  return Math.ceil(textEms(text) * halfPoints * 10 * (scale / 100));
}

/**
 * Extra right margin of a label cell. A label wrapped in a narrow column fills its lines to the
 * edge, and the text of the next cell on the same line must stay more than a character's
 * width away, or a reader of the printed page (ours included) takes the two for one cell.
 */
export const LABEL_GAP = 180;

/** The longest cell text kept on one line: the longest number the readers take as one. */
const MAX_ONE_LINE = 24;

/** Label and header columns may wrap, but never narrower than this many characters per line. */
const MIN_CHARS: Readonly<Record<LayoutCell['kind'], number>> = {
  caption: 0,
  note: 0,
  header: 2,
  label: 3,
  data: 0,
};

/**
 * Sizes tried for the number cells in the template's column widths, in half-points: 五号
 * (10.5 pt) as the template, down to 8 pt; then the label columns give up width too.
 */
const NUMBER_SIZES: readonly number[] = [SIZE.table, 20, 18, 16];
/**
 * Share of its template width a label column keeps when it gives up width: enough that no
 * label wraps over more than a few lines, which a reader of the page could no longer join.
 */
const SQUEEZED_LABELS = 0.4;
/** The size (8 pt) at which the label columns start to give up width. */
const LABELS_KEPT_DOWN_TO = 16;
/**
 * The smallest size, 7.5 pt: smaller numbers are narrowed rather than shrunk further, since
 * numbers much smaller than their 五号 labels no longer read as the labels' row.
 */
const SMALLEST_SIZE = 15;
/** Character scales tried (percent) at the smallest size, for numbers no real report prints. */
const MIN_SCALE = 10;

/** How a table is laid out so that every number cell prints on one line. */
export interface TableFit {
  /** Grid column widths in twips, adding up to the width of the type area. */
  widths: number[];
  /** Size of the number cells' text in half-points (labels keep 五号). */
  numberSize: number;
  /** Character scale of the number cells' text in percent (100 unless numbers are extreme). */
  numberScale: number;
  /** Size of the column headers' text in half-points (see {@link headerSize}). */
  headerSize: number;
}

/** Per grid column: the width its data needs at a size and scale, and its floor otherwise. */
interface ColumnNeeds {
  data: (halfPoints: number, scale: number) => number;
  floor: number;
  /** The column holds labels only (table 三's three label columns, table 二's first). */
  labels: boolean;
  /** Characters of the longest header standing over this column alone. */
  header: number;
}

function columnNeeds(layout: TableLayout, report: Report): ColumnNeeds[] {
  const grid = layoutGrid(layout);
  const texts: string[][] = Array.from({ length: layout.columns }, () => []);
  const spans: number[][] = Array.from({ length: layout.columns }, () => []);
  const floors = Array.from({ length: layout.columns }, () => 0);
  const labels = Array.from({ length: layout.columns }, () => true);
  const headers = Array.from({ length: layout.columns }, () => 0);
  for (const slots of grid)
    slots.forEach((slot, c) => {
      if (!slot?.origin) return;
      const cell = slot.cell;
      const span = cell.colSpan ?? 1;
      if (cell.kind === 'data' && cell.path) {
        for (let k = c; k < c + span; k += 1) labels[k] = false;
        const text = cellText(report, cell.path);
        // A long note ("本年度未发生…") may wrap like a label; numbers never reach this length.
        if (text === '' || text.length > MAX_ONE_LINE) return;
        texts[c]?.push(text);
        spans[c]?.push(span);
      } else if (span === 1) {
        if (cell.kind === 'header') headers[c] = Math.max(headers[c] ?? 0, [...cell.text].length);
        const chars = [...cell.text].slice(0, MIN_CHARS[cell.kind]).join('');
        const overhead = CELL_OVERHEAD + (cell.kind === 'label' ? LABEL_GAP : 0);
        floors[c] = Math.max(floors[c] ?? 0, textTwips(chars, SIZE.table) + overhead);
      }
    });
  return texts.map((list, c) => ({
    floor: floors[c] ?? 0,
    labels: labels[c] ?? false,
    header: labels[c] ? 0 : (headers[c] ?? 0),
    // A number spread over several grid columns (table 二's single-value rows) needs its share
    // of the width from each.
    data: (halfPoints, scale) =>
      list.reduce(
        (most, text, i) =>
          Math.max(
            most,
            Math.ceil((textTwips(text, halfPoints, scale) + CELL_OVERHEAD) / (spans[c]?.[i] ?? 1)),
          ),
        0,
      ),
  }));
}

/**
 * Widens the columns that need it to what they need, taking the width from the other columns
 * in proportion to what they can spare; null when the needs exceed the total.
 */
function distribute(template: readonly number[], needs: readonly number[]): number[] | null {
  const total = template.reduce((a, b) => a + b, 0);
  if (needs.reduce((a, b) => a + b, 0) > total) return null;
  const widths = template.map((w, c) => Math.max(w, needs[c] ?? 0));
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  if (excess <= 0) return [...template];
  const spare = widths.map((w, c) => Math.max(0, w - (needs[c] ?? 0)));
  const spareSum = spare.reduce((a, b) => a + b, 0);
  const cut = spare.map((s) => Math.ceil((s * excess) / spareSum));
  const out = widths.map((w, c) => w - (cut[c] ?? 0));
  // Rounding up took a few twips too many: give them back to the widest column.
  const rest = total - out.reduce((a, b) => a + b, 0);
  const widest = out.indexOf(Math.max(...out));
  out[widest] = (out[widest] ?? 0) + rest;
  return out;
}

/** Sizes tried for the column headers, in half-points: 五号, 10 pt (the template's), 小五, 8 and 7.5 pt. */
const HEADER_SIZES: readonly number[] = [SIZE.table, 20, 18, 16, 15];

/**
 * The size of the column headers over number columns `width` twips wide, the longest of them
 * `longest` characters: the largest size whose
 * wrapped lines (两字一行 and up) leave more than a character's width between the headers of
 * neighbouring columns, so a reader of the page tells them apart and finds the column of a
 * number left blank in every row (行政复议 总计 in a table 四 with no figure there).
 */
export function headerSize(width: number, longest: number): number {
  for (const size of HEADER_SIZES) {
    const em = size * 10;
    const perLine = Math.min(longest, Math.floor((width - CELL_FRAME) / em));
    if (perLine >= 2 && width - perLine * em >= 1.05 * em) return size;
  }
  return HEADER_SIZES[HEADER_SIZES.length - 1] ?? SIZE.table;
}

/**
 * The template's widths with each column at least its floor, the difference taken from the
 * widest column: table 三's two narrow label columns then hold three characters a line, as
 * the template prints them, at the expense of the long item labels.
 */
function raiseFloors(template: readonly number[], floors: readonly number[]): number[] {
  const out = template.map((w, c) => Math.max(w, floors[c] ?? 0));
  const excess = out.reduce((a, b) => a + b, 0) - template.reduce((a, b) => a + b, 0);
  const widest = out.indexOf(Math.max(...out));
  out[widest] = (out[widest] ?? 0) - excess;
  return out;
}

/**
 * Lays out a national table so that every number prints on one line, as a reader of the
 * printed page (and our PDF reader) needs it, giving up as little of the template's look as
 * it can, in this order: the template's column widths (number columns sharing their width
 * among themselves, label columns wide enough for three characters a line) with the number
 * cells' type from 五号 down to 8 pt; then the label columns narrowed too, down to
 * {@link SQUEEZED_LABELS} of their width, and the type down to 7.5 pt; then the digits narrowed.
 * The merged cells are the template's whatever the widths.
 */
export function fitTable(layout: TableLayout, report: Report): TableFit {
  const needs = columnNeeds(layout, report);
  const template = raiseFloors(
    columnWidths(layout),
    needs.map((n) => n.floor),
  );
  const at = (halfPoints: number, scale: number, keepLabels: boolean): TableFit | null => {
    // The template's number columns are all of a width; they stay so, as wide as the widest
    // number needs.
    const numbers = Math.max(
      0,
      ...needs.filter((n) => !n.labels).map((n) => Math.max(n.floor, n.data(halfPoints, scale))),
    );
    const widths = distribute(
      template,
      needs.map((n, c) =>
        n.labels
          ? Math.max(n.floor, (template[c] ?? 0) * (keepLabels ? 1 : SQUEEZED_LABELS))
          : numbers,
      ),
    );
    return (
      widths && {
        widths,
        numberSize: halfPoints,
        numberScale: scale,
        headerSize: headerSize(
          Math.min(...widths.filter((_, c) => !needs[c]?.labels)),
          Math.max(2, ...needs.map((n) => n.header)),
        ),
      }
    );
  };
  const attempts: [number, number, boolean][] = [
    ...NUMBER_SIZES.map((size): [number, number, boolean] => [size, 100, true]),
    [LABELS_KEPT_DOWN_TO, 100, false],
  ];
  for (let scale = 100; scale > MIN_SCALE; scale -= 5) attempts.push([SMALLEST_SIZE, scale, false]);
  for (const [size, scale, keep] of attempts) {
    const fit = at(size, scale, keep);
    if (fit) return fit;
  }
  // Unreachable for texts of MAX_ONE_LINE characters; kept so the function is total.
  return {
    widths: template,
    numberSize: SMALLEST_SIZE,
    numberScale: MIN_SCALE,
    headerSize: SIZE.table,
  };
}
