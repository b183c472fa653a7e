import type { SourceDocument } from '../source-document.js';
import type { SourceLine } from '../source-lines.js';
import { readHeading } from '../report-reader/headings.js';
import { isOneLineDocument, splitOneLine } from './one-line.js';

/** A line of cells before it gets its number. */
interface Pending {
  kind: SourceLine['kind'];
  cells: string[];
}

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
 * - a whole report on one line (see {@link splitOneLine}).
 *
 * Page chrome, page numbers and headings stay ordinary text lines; the report reader knows
 * what they are.
 */
export function textToSourceDocument(text: string): SourceDocument {
  const rawLines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const pending = isOneLineDocument(rawLines) ? oneLineLayout(rawLines) : lineLayout(rawLines);
  const lines: SourceLine[] = pending.map((p, i) => ({
    kind: p.kind,
    line: i + 1,
    cells: p.cells.map((cell) => ({ text: cell, source: { line: i + 1, text: cell } })),
  }));
  return { source: 'text', lines };
}

function oneLineLayout(rawLines: readonly string[]): Pending[] {
  const out: Pending[] = [];
  for (const raw of rawLines) {
    if (raw.trim() === '') continue;
    const pieces = raw.length > 300 ? splitOneLine(raw) : [raw.trim()];
    for (const piece of pieces) out.push({ kind: 'text', cells: [piece] });
  }
  return out;
}

/** True when nearly every line of content is followed by exactly one empty line. */
function isBlankSeparated(rawLines: readonly string[]): boolean {
  let content = 0;
  let singles = 0;
  for (let i = 0; i < rawLines.length; i += 1) {
    if ((rawLines[i] ?? '').trim() === '') continue;
    content += 1;
    if (rawLines[i + 1] === '' && (rawLines[i + 2] ?? '').trim() !== '') singles += 1;
  }
  return content >= 10 && singles >= content * 0.6;
}

function splitPipes(line: string): string[] {
  const parts = line.split('|');
  if (/^\s*\|/u.test(line)) parts.shift();
  if (/\|\s*$/u.test(line)) parts.pop();
  return parts.map((p) => p.trim());
}

function lineLayout(rawLines: readonly string[]): Pending[] {
  const out: Pending[] = [];
  const blankSeparated = isBlankSeparated(rawLines);
  let tabRow: string[] | null = null;
  let pipeGroup: string[] | null = null;
  /** Whether anything came since the last lone-pipe separator (two in a row: an empty cell). */
  let sinceSeparator = true;
  let emptyRun = 0;

  const flushTab = (): void => {
    if (tabRow) out.push({ kind: 'row', cells: tabRow });
    tabRow = null;
  };
  const flushPipes = (): void => {
    if (pipeGroup) out.push({ kind: 'row', cells: pipeGroup });
    pipeGroup = null;
  };
  const text = (cell: string): void => {
    out.push({ kind: 'text', cells: [cell] });
  };

  for (const raw of rawLines) {
    if (raw === '') {
      flushTab();
      emptyRun += 1;
      continue;
    }
    if (blankSeparated && emptyRun >= 3) for (let k = 0; k < (emptyRun - 1) >> 1; k += 1) text('');
    emptyRun = 0;

    if (raw.startsWith('\t')) {
      flushPipes();
      (tabRow ??= []).push(raw.replace(/^\t+/u, '').trim());
      continue;
    }
    if (raw.trim() === '') {
      flushTab();
      flushPipes();
      text('');
      continue;
    }
    if (isPipesOnly(raw)) {
      flushTab();
      if (pipeGroup) flushPipes();
      else if (!sinceSeparator) text('');
      sinceSeparator = false;
      continue;
    }
    sinceSeparator = true;
    const single = cellThenPipe(raw);
    if (single !== null) {
      flushTab();
      (pipeGroup ??= []).push(single);
      continue;
    }
    if (raw.includes('|')) {
      flushTab();
      flushPipes();
      out.push({ kind: 'row', cells: splitPipes(raw) });
      continue;
    }
    const lastCell: number = tabRow ? tabRow.length - 1 : -1;
    if (tabRow && lastCell >= 0 && isContinuation(raw)) {
      tabRow[lastCell] = `${tabRow[lastCell] ?? ''}${raw.trim()}`;
      continue;
    }
    flushTab();
    flushPipes();
    if (raw.includes('\t')) {
      const cells = raw.split('\t').map((c) => c.trim());
      while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      out.push({ kind: 'row', cells });
      continue;
    }
    text(raw.trim());
  }
  flushTab();
  flushPipes();
  return out;
}

/** True for a line of nothing but pipes and spaces (at least one pipe). */
function isPipesOnly(raw: string): boolean {
  let pipes = 0;
  for (const ch of raw) {
    if (ch === '|') pipes += 1;
    else if (ch.trim() !== '') return false;
  }
  return pipes > 0;
}

/**
 * `cell |`: one cell on its line, closed by its only pipe (captures that put each cell on a
 * line); the cell's text, or null.
 */
function cellThenPipe(raw: string): string | null {
  const end = raw.trimEnd();
  if (!end.endsWith('|') || end.indexOf('|') !== end.length - 1) return null;
  const cell = end.slice(0, -1).trim();
  return cell === '' ? null : cell;
}

/** A line without a tab right after a Word table cell continues that cell's wrapped text. */
function isContinuation(raw: string): boolean {
  const trimmed = raw.trim();
  return (
    trimmed.length <= MAX_CONTINUATION_CHARS &&
    !PAGE_NUMBER.test(trimmed) &&
    readHeading(trimmed) === null
  );
}
