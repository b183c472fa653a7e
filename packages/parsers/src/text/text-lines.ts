import type { SourceDocument } from '../source-document.js';
import type { SourceCell, SourceLine } from '../source-lines.js';
import { readHeading } from '../report-reader/headings.js';
import { labelIndex, lookupKey } from '../report-reader/label-index.js';
import { keyOf } from '../report-reader/label-key.js';
import { isOneLineDocument, splitOneLine } from './one-line.js';

const PAGE_NUMBER =
  /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页.*|\d{1,3}\s*\/\s*\d{1,3})\s*$/u;
/** Longest line taken as the continuation of a wrapped Word table cell. */
const MAX_CONTINUATION_CHARS = 60;

/**
 * Turns decoded plain text into the lines the report reader reads, recognising each layout
 * that real captures of annual reports have:
 *
 * - one cell per line, with or without blank lines between cells (web page text). In text
 *   whose lines are all separated by one blank line, a run of three blank lines holds an
 *   empty cell; a line of nothing but spaces (NBSP) is an empty cell in any layout;
 * - Word documents saved as text: each table cell on its own line after a tab, rows separated
 *   by an empty line, merged cells as a lone tab, a cell's wrapped text on the following
 *   lines without a tab → one `row` line per table row;
 * - pipe-separated rows, with or without leading/trailing pipes, empty cells kept as the
 *   pipes around them (`a | | b`, `a |||`) → one `row` line per row;
 * - one cell per line closed by ` |`, each row ended by a line of pipes (the pipes of its
 *   empty cells, whose positions are lost) → one `row` of the non-empty cells;
 * - one cell per line with a line holding only `|` between cells (two such lines in a row
 *   enclose an empty cell);
 * - a browser's copy of a table whose cells hold paragraphs: cells between blank lines, the
 *   tab between two cells on a line of its own (only a separator);
 * - table rows whose cells are aligned by runs of spaces (text extracted from a PDF);
 * - a whole report on one line (see {@link splitOneLine}).
 *
 * Page chrome, page numbers and headings stay ordinary text lines; the report reader knows
 * what they are.
 */
export function textToSourceDocument(text: string): SourceDocument {
  const out = new Lines();
  layOutText(text, out);
  return { source: 'text', lines: out.lines };
}

/** Receives the lines of a text document as the layout is recognised, in order. */
export interface LineSink {
  /** One line: its kind and the texts of its cells. */
  push(kind: SourceLine['kind'], texts: readonly string[]): void;
  /** One line of text holding one cell (the common case, without an array). */
  pushText(text: string): void;
  /** Told, before the first line, about how many lines to expect (the text's line count). */
  reserve?(lines: number): void;
}

/** What a document contains at all, so that lines need not each be searched for it. */
interface Traits {
  pipes: boolean;
  tabs: boolean;
  /** Runs of two or more spaces (or ideographic spaces) inside lines: columns, maybe. */
  columns: boolean;
  /** Numbers separated by single spaces, many: rows of single-space-separated cells, maybe. */
  spacedNumbers: boolean;
}

const COLUMN_GAP = /[ \u00a0]{2,}|\u3000+/u;
const COLUMN_GAPS = /[ \u00a0]{2,}|\u3000+/gu;
/**
 * True when some line has a column gap between two of its characters, where a trimmed line
 * can have one; indentation and trailing spaces (`  • 字号`, `主动公开   `) are not. Without
 * such a gap no line is tested for columns: one scan of the text instead of a pattern run on
 * every line.
 */
function hasInnerGap(body: string): boolean {
  COLUMN_GAPS.lastIndex = 0;
  for (let gap = COLUMN_GAPS.exec(body); gap; gap = COLUMN_GAPS.exec(body)) {
    if (textBefore(body, gap.index) && textAfter(body, gap.index + gap[0].length)) return true;
  }
  return false;
}

/** White space within a line (never a line break), a subset of what `trim` removes. */
function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

/** True when something other than white space comes before `at` on its line. */
function textBefore(body: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i -= 1) {
    const code = body.charCodeAt(i);
    if (code === 10 || code === 13) return false;
    if (!isInlineSpace(code)) return true;
  }
  return false;
}

/** True when something other than white space comes from `at` on to the end of its line. */
function textAfter(body: string, at: number): boolean {
  for (let i = at; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    if (code === 10 || code === 13) return false;
    if (!isInlineSpace(code)) return true;
  }
  return false;
}

/**
 * A cell of a space-aligned row: a number (half- or full-width: a 2019 本年增/减 of －3) or a
 * placeholder for none.
 */
const VALUE_CELL = /^(?:[-+－＋]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?|[-—–/／－]+|无)$/u;

/**
 * Text laid out in columns by runs of spaces (text extracted from PDF, some web copies):
 * `规章    0    0    0`. A row when it splits into cells short enough to be labels, at least
 * one of them a number, or at least three of them (a header row); running text never is.
 */
function spacedColumns(trimmed: string): string[] | null {
  if (!COLUMN_GAP.test(trimmed)) return null;
  const cells = trimmed.split(COLUMN_GAPS);
  if (cells.length < 2) return null;
  let values = 0;
  let longest = 0;
  let single = 0;
  for (const cell of cells) {
    if (VALUE_CELL.test(cell)) values += 1;
    else if (cell.length > 48 || /[。；;]/u.test(cell)) return null;
    else if (cell.length === 1) single += 1;
    longest = Math.max(longest, cell.length);
  }
  // Characters spaced out to fill a line (a centred heading: 一、总\u3000体\u3000情\u3000况) are text.
  if (values === 0 && single >= cells.length - 1) return null;
  return values > 0 || (cells.length >= 3 && longest <= 24) ? cells : null;
}

/**
 * A Word cell whose list number is followed by a tab (`1.\t属于国家秘密`: Word follows an
 * automatic number with a tab, and its plain-text export keeps it) — one cell, not a row.
 */
const LIST_NUMBER_TAB =
  /^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\t[^\t]+$/u;

/** Digit-space-digit pairs that make a text's single-spaced rows worth looking for. */
const MIN_SPACED_NUMBERS = 8;

/**
 * True when the text has numbers separated by single spaces (`2 1 6 6 1 3 19`) often enough
 * to hold table rows laid out that way: one native search per space, and only in a text
 * without pipes or tabs.
 */
function hasSpacedNumbers(body: string): boolean {
  let pairs = 0;
  for (let at = body.indexOf(' ', 1); at >= 0; at = body.indexOf(' ', at + 1)) {
    const before = body.charCodeAt(at - 1);
    const after = body.charCodeAt(at + 1);
    if (before >= 48 && before <= 57 && after >= 48 && after <= 57) {
      pairs += 1;
      if (pairs >= MIN_SPACED_NUMBERS) return true;
    }
  }
  return false;
}

/**
 * True when some tab has text after it on its line (a Word cell `\t5`, a tab row `a\tb`): a
 * tab that only ends its line (a copy that kept one after every line) separates no cells.
 */
function hasCellTab(body: string): boolean {
  for (let at = body.indexOf('\t'); at >= 0; at = body.indexOf('\t', at + 1))
    if (textAfter(body, at + 1)) return true;
  return false;
}

/** A row number (序号) printed before a row's label. */
const ROW_NUMBER = /^\d{1,3}$/u;

/** Numbers a single-spaced line without a label needs to be a row (`2024 1 18` is not). */
const MIN_UNLABELLED_VALUES = 5;

/**
 * A row whose cells are separated by single spaces (text from pdftotext without `-layout`,
 * some copies): label cells, then numbers to the end of the line (`规章 0 0 0`,
 * `（三）不予公开 1.属于国家秘密 2 1 6 6 1 3 19`), or many numbers alone (table 四's values).
 * Lines that end otherwise (`第 3 页`), a few numbers alone (`2024 1 18`) or a sentence stay
 * text.
 */
function singleSpacedRow(trimmed: string): string[] | null {
  const cells = trimmed.split(/[ \u00a0]+/u);
  let values = 0;
  while (values < cells.length && VALUE_CELL.test(cells[cells.length - 1 - values] ?? ''))
    values += 1;
  const labels = cells.length - values;
  // Numbers alone make a row only when there are many (table 四's fifteen), not a date.
  if (values === 0 || (labels === 0 && values < MIN_UNLABELLED_VALUES)) return null;
  for (let i = 0; i < labels; i += 1) {
    const cell = cells[i] ?? '';
    // A 序号 column's row number before the label (`4 一、本年新收… 663 …`) is a cell too.
    if (i === 0 && labels > 1 && ROW_NUMBER.test(cell)) continue;
    if (cell.length > 48 || VALUE_CELL.test(cell) || /[。；;：:]/u.test(cell)) return null;
  }
  return cells;
}

/**
 * Recognises the layout of decoded text and hands its lines to a sink (see
 * {@link textToSourceDocument}); the report reader's sink builds its tokens directly.
 */
export function layOutText(text: string, out: LineSink): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const split = body.includes('\r') ? body.split(/\r\n|\r|\n/u) : body.split('\n');
  const rawLines = withoutCommonTabEnd(split);
  out.reserve?.(rawLines.length);
  if (isOneLineDocument(rawLines)) oneLineLayout(rawLines, out);
  else {
    const pipes = body.includes('|');
    const tabs = hasCellTab(body);
    lineLayout(rawLines, out, {
      pipes,
      tabs,
      columns: hasInnerGap(body),
      spacedNumbers: !pipes && !tabs && hasSpacedNumbers(body),
    });
  }
}

/** Lines a text needs before its lines' common ending is taken for an export's habit. */
const MIN_LINES_FOR_COMMON_END = 10;

/**
 * The lines without the white space ending with a tab that every one of them ends with (an
 * export that wrote a tab after every line, its empty lines included): there it is no cell
 * separator, and a lone tab is an empty line, not a Word table's merged cell. Text whose
 * lines do not all end so (a Word table's `\t5` lines) is returned as it is.
 */
function withoutCommonTabEnd(lines: string[]): string[] {
  const last = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  if (last < MIN_LINES_FOR_COMMON_END) return lines;
  const first = lines[0] ?? '';
  const tab = first.lastIndexOf('\t');
  if (tab < 0 || !isBlank(first.slice(tab))) return lines;
  // The tab and what follows it (`\t`, `\t `), shared by every line; what is left of a line
  // of spaces (` \t `) is an empty line, a lone tab left (`\t\t`) still a merged cell.
  const end = first.slice(tab);
  for (let i = 1; i < last; i += 1) if (!(lines[i] ?? '').endsWith(end)) return lines;
  return lines.map((line, i) => {
    if (i >= last) return line;
    const kept = line.slice(0, line.length - end.length);
    return isBlank(kept) && !kept.includes('\t') ? '' : kept;
  });
}

/** The lines being produced, numbered as they come. */
class Lines implements LineSink {
  readonly lines: SourceLine[] = [];

  push(kind: SourceLine['kind'], texts: readonly string[]): void {
    const line = this.lines.length + 1;
    const cells: SourceCell[] = new Array<SourceCell>(texts.length);
    for (let i = 0; i < texts.length; i += 1) {
      const text = texts[i] ?? '';
      cells[i] = { text, source: { line, text } };
    }
    this.lines.push({ kind, line, cells });
  }

  pushText(text: string): void {
    const line = this.lines.length + 1;
    this.lines.push({ kind: 'text', line, cells: [{ text, source: { line, text } }] });
  }
}

function oneLineLayout(rawLines: readonly string[], out: LineSink): void {
  for (const raw of rawLines) {
    if (raw.trim() === '') continue;
    const pieces = raw.length > 300 ? splitOneLine(raw) : [raw.trim()];
    for (const piece of pieces) out.pushText(piece);
  }
}

/** White space as it appears in captured text: spaces, tabs, NBSP, ideographic space. */
function isSpace(code: number): boolean {
  return code === 13 || isInlineSpace(code);
}

/** True for an empty line or one of nothing but white space. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** True when nearly every line of content is followed by exactly one empty line. */
function isBlankSeparated(rawLines: readonly string[]): boolean {
  let content = 0;
  let singles = 0;
  for (let i = 0; i < rawLines.length; i += 1) {
    if (isBlank(rawLines[i] ?? '')) continue;
    content += 1;
    if (rawLines[i + 1] === '' && !isBlank(rawLines[i + 2] ?? '')) singles += 1;
  }
  return content >= 10 && singles >= content * 0.6;
}

/**
 * True when the document's pipe rows open with a pipe (`| a | b |`); otherwise a row that
 * starts with a pipe starts with an empty cell (`| | 2.重复申请 | 0 |`, a cell under a rowspan).
 */
function opensWithPipe(rawLines: readonly string[]): boolean {
  let rows = 0;
  let opening = 0;
  for (const raw of rawLines) {
    const bar = raw.indexOf('|');
    if (bar < 0 || bar === raw.trimEnd().length - 1 || isPipesOnly(raw.trim())) continue;
    rows += 1;
    if (raw.slice(0, bar).trim() === '') opening += 1;
  }
  return rows > 0 && opening > rows * 0.6;
}

/** The cells of a pipe-separated row; a closing pipe ends the row. */
function splitPipes(trimmed: string, leadingPipe: boolean): string[] {
  const parts = trimmed.split('|');
  if (leadingPipe && trimmed.startsWith('|')) parts.shift();
  if (trimmed.endsWith('|')) parts.pop();
  for (let i = 0; i < parts.length; i += 1) parts[i] = (parts[i] ?? '').trim();
  return parts;
}

/**
 * The rows being gathered across lines: a Word table row (cells after tabs) and a group of
 * `cell |` lines. Fields and methods rather than closures over mutable locals, which made
 * every line's checks of them slow.
 */
class PendingRows {
  tab: string[] | null = null;
  pipes: string[] | null = null;

  constructor(private readonly out: LineSink) {}

  flushTab(): void {
    if (this.tab) this.out.push('row', this.tab);
    this.tab = null;
  }

  flushPipes(): void {
    if (this.pipes) this.out.push('row', this.pipes);
    this.pipes = null;
  }
}

function lineLayout(rawLines: readonly string[], out: LineSink, traits: Traits): void {
  // Both facts need a pass over every line, and most documents never ask for them (no run of
  // three empty lines, no pipe row to split): worked out on first use.
  let blankSeparated: boolean | undefined;
  let leadingPipe: boolean | undefined;
  const pending = new PendingRows(out);
  /** Whether anything came since the last lone-pipe separator (two in a row: an empty cell). */
  let sinceSeparator = true;
  let emptyRun = 0;
  /**
   * A browser copy's separator line ended with a tab (no cell after it on that line): if the
   * row ends there — two blank lines or none (the table's end), not the one blank line that
   * comes before a cell's paragraph — the row's last cell is empty.
   */
  let tabEndsLine = false;
  /**
   * In a browser's copy (once a separator tab line was seen) a cell is every line between two
   * separators: a line of NBSP (`<p>&nbsp;</p>`) in a cell that also holds a figure is no cell
   * of its own. Such a line waits (`blankCell`) until the cell is known to hold nothing else.
   */
  let browserCopy = false;
  let cellHasText = false;
  let blankCell = false;

  /** Pipe rows output right before this line (a Markdown separator row is the second). */
  let pipeRun = 0;

  for (let index = 0; index < rawLines.length; index += 1) {
    const raw = rawLines[index] ?? '';
    const rowsBefore = pipeRun;
    pipeRun = 0;
    if (raw === '') {
      pending.flushTab();
      emptyRun += 1;
      continue;
    }
    if (tabEndsLine && emptyRun !== 1) out.pushText('');
    tabEndsLine = false;
    const blanksBefore = emptyRun;
    const trimmedFirst = raw.trim();
    if (browserCopy && trimmedFirst !== '') {
      // A figure after a waiting NBSP line with one blank line between is the same cell; after
      // two (the next row) or anything but a figure (the text after the table), the NBSP line
      // was a cell of its own.
      if (blankCell && (emptyRun >= 2 || !VALUE_CELL.test(trimmedFirst))) out.pushText('');
      blankCell = false;
      cellHasText = true;
    }
    if (emptyRun >= 3 && (blankSeparated ??= isBlankSeparated(rawLines)))
      for (let k = 0; k < (emptyRun - 1) >> 1; k += 1) out.pushText('');
    emptyRun = 0;
    const trimmed = trimmedFirst;

    if (
      trimmed === '' &&
      raw.includes('\t') &&
      (!traits.tabs || (blanksBefore > 0 && rawLines[index + 1] === ''))
    ) {
      // A browser's copy of a table whose cells hold paragraphs (`<td><p>5</p></td>`) puts each
      // cell between blank lines and the tab between two cells on a line of its own. The tabs
      // only separate; what lies between two of them, or after the last (`\t&nbsp;\t&nbsp;`),
      // is a cell with no paragraph: empty. Where no tab in the text has a cell after it this is
      // no Word export; where some do (a page's 索引号 table copied as tab rows), a tab line
      // with a blank line on each side still is one — a Word export's merged cell (a lone tab)
      // sits among its row's cell lines.
      pending.flushTab();
      pending.flushPipes();
      if (blankCell) out.pushText('');
      browserCopy = true;
      blankCell = false;
      cellHasText = false;
      // Two blank lines before it end the previous row: a tab opening the line then follows the
      // new row's first cell, empty (no paragraph).
      const opensRow = blanksBefore >= 2 && raw.charCodeAt(0) === 9;
      for (let k = emptyTabCells(raw) + (opensRow ? 1 : 0); k > 0; k -= 1) out.pushText('');
      // Only a line of tabs alone: a copy that keeps `&nbsp;` cells on the line (`&nbsp;\t&nbsp;\t`,
      // text selected and copied) goes on with the next cell on the very next line.
      tabEndsLine = isTabsOnly(raw);
      continue;
    }
    if (raw.charCodeAt(0) === 9) {
      // A tab inside a trimmed cell has text on both sides: most Word cells are one digit.
      if (trimmed.length > 2 && trimmed.includes('\t') && !LIST_NUMBER_TAB.test(trimmed)) {
        // A tab-separated row whose first cell is empty (a table copied from Excel or WPS,
        // merged cells left empty): a Word cell line holds one cell, never a tab after text.
        pending.flushTab();
        pending.flushPipes();
        out.push('row', tabCells(trimmed, raw));
        continue;
      }
      pending.flushPipes();
      (pending.tab ??= []).push(trimmed);
      continue;
    }
    if (trimmed === '') {
      pending.flushTab();
      pending.flushPipes();
      if (!browserCopy) out.pushText('');
      else {
        if (blanksBefore >= 2) {
          // A row ended before this line: it opens a new cell.
          if (blankCell) out.pushText('');
          cellHasText = false;
        }
        if (!cellHasText) blankCell = true;
      }
      continue;
    }
    const pipe = traits.pipes ? trimmed.indexOf('|') : -1;
    if (pipe >= 0) {
      if (isPipesOnly(trimmed)) {
        pending.flushTab();
        if (pending.pipes) pending.flushPipes();
        else if (!sinceSeparator) out.pushText('');
        sinceSeparator = false;
        continue;
      }
      sinceSeparator = true;
      pending.flushTab();
      if (pipe === trimmed.length - 1) {
        // `cell |`: one cell on its line, closed by its only pipe.
        (pending.pipes ??= []).push(trimmed.slice(0, -1).trim());
        continue;
      }
      pending.flushPipes();
      // `|---|:---:|` under a Markdown table's first row only draws the rule below it; further
      // down, a row of dashes is a row of placeholders (no data), and is kept.
      pipeRun = rowsBefore + 1;
      if (rowsBefore === 1 && isMarkdownRule(trimmed)) continue;
      out.push('row', splitPipes(trimmed, (leadingPipe ??= opensWithPipe(rawLines))));
      continue;
    }
    // A page number between two separators does not fill the cell they enclose (tested only
    // when a separator is open: otherwise the line changes nothing either way).
    if (!sinceSeparator && (!traits.pipes || !PAGE_NUMBER.test(trimmed))) sinceSeparator = true;
    const tabRow = pending.tab;
    const lastCell: number = tabRow ? tabRow.length - 1 : -1;
    if (tabRow && lastCell >= 0 && isContinuation(trimmed)) {
      tabRow[lastCell] = `${tabRow[lastCell] ?? ''}${trimmed}`;
      continue;
    }
    pending.flushTab();
    pending.flushPipes();
    if (traits.tabs && (trimmed.includes('\t') || isBlankRow(trimmed, raw))) {
      out.push('row', tabCells(trimmed, raw));
      continue;
    }
    const columns =
      (traits.columns ? spacedColumns(trimmed) : null) ??
      (traits.spacedNumbers && trimmed.includes(' ') ? singleSpacedRow(trimmed) : null);
    if (columns) out.push('row', columns);
    else out.pushText(trimmed);
  }
  if (blankCell) out.pushText('');
  pending.flushTab();
  pending.flushPipes();
}

/**
 * The cells of a tab-separated row, its empty cells before a label dropped (as a row whose
 * leading cell holds a space always had them: rows are read by their labels, not by the
 * positions of their cells). Empty cells after the last text are kept: they are the row's last
 * columns left blank (`（一）予以公开\t6\t60\t53\t15\t25\t0\t`, a blank 总计 copied from a web
 * page or a spreadsheet), and without them the row is one cell short and cannot be placed.
 */
function tabCells(trimmed: string, raw: string): string[] {
  const cells = trimmed.split('\t').map((c) => c.trim());
  const end = raw.trimEnd().length;
  for (let i = end; i < raw.length; i += 1) if (raw.charCodeAt(i) === 9) cells.push('');
  // A row of figures alone (table 四's) has no label to place it: its leading empty cells are
  // blank figures, kept in their places.
  if (VALUE_CELL.test(cells[0] ?? '')) {
    const start = raw.length - raw.trimStart().length;
    for (let i = 0; i < start; i += 1) if (raw.charCodeAt(i) === 9) cells.unshift('');
  }
  return cells;
}

/**
 * A table label followed only by tabs (`（二）部分公开\t\t\t`, `行政许可\t`): a row whose cells are
 * all blank. Other text that a tab happens to follow (a date line of a spreadsheet) stays text.
 */
function isBlankRow(trimmed: string, raw: string): boolean {
  return (
    raw.length > trimmed.length &&
    trimmed.length <= MAX_CONTINUATION_CHARS &&
    endsWithTabAfterText(raw) &&
    lookupKey(labelIndex(), keyOf(trimmed)) !== null
  );
}

/** True when a tab comes after the last text of the line (only white space follows it). */
function endsWithTabAfterText(raw: string): boolean {
  for (let i = raw.length - 1; i >= 0; i -= 1) {
    const code = raw.charCodeAt(i);
    if (code === 9) return textBefore(raw, i);
    if (!isInlineSpace(code) && code !== 13) return false;
  }
  return false;
}

/** True for a line of nothing but tabs. */
function isTabsOnly(raw: string): boolean {
  for (let i = 0; i < raw.length; i += 1) if (raw.charCodeAt(i) !== 9) return false;
  return true;
}

/**
 * The empty cells on a blank line of a browser's table copy: the pieces its tabs cut, less
 * an empty piece before the first tab (the cell before it ended on an earlier line) and after
 * the last (the next cell starts on a later line).
 */
function emptyTabCells(raw: string): number {
  const pieces = raw.split('\t');
  return pieces.length - (pieces[0] === '' ? 1 : 0) - (pieces[pieces.length - 1] === '' ? 1 : 0);
}

/** The delimiter row of a Markdown table: cells of hyphens, a colon at either end allowed. */
const MARKDOWN_RULE = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/u;

/** True for a Markdown table's delimiter row (`|---|:---:|`), which holds no cells. */
function isMarkdownRule(trimmed: string): boolean {
  return MARKDOWN_RULE.test(trimmed);
}

/** True for a line of nothing but pipes and white space (at least one pipe). */
function isPipesOnly(trimmed: string): boolean {
  for (let i = 0; i < trimmed.length; i += 1) {
    const code = trimmed.charCodeAt(i);
    if (code !== 124 && !isSpace(code)) return false;
  }
  return true;
}

/**
 * A line without a tab right after a Word table cell continues that cell's wrapped text. One
 * with a tab inside is a row of its own: a browser's copy of a table row whose first cell is
 * empty and whose next cell breaks a line (`<td></td><td>商业<br>企业</td><td>科研…`) gives
 * `\t商业` and then `企业\t科研…` — the Word cell it seems to open never continues.
 */
function isContinuation(trimmed: string): boolean {
  return (
    trimmed.length <= MAX_CONTINUATION_CHARS &&
    !trimmed.includes('\t') &&
    !PAGE_NUMBER.test(trimmed) &&
    readHeading(trimmed) === null
  );
}
