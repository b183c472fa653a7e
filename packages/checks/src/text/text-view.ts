import type { Heading, ReportSections, SectionKey } from '@xxgk/model';
import { SECTIONS } from '@xxgk/model';
import { foldKeepLength } from './fold.js';
import { locateHeadings, placeHeadings, searchableLine, type LocatedHeading } from './headings.js';
import { isTableLabel } from './table-labels.js';
import { allMatches } from './all-matches.js';
import type { MemoKey } from './view-memo.js';

/** A run of text that belongs to one section: a whole line, or part of a line that holds several. */
export interface Paragraph {
  /** 1-based line in the document text. */
  readonly line: number;
  /** Index in the line where this paragraph starts. */
  readonly offset: number;
  /** The text as printed. */
  readonly raw: string;
  /** The same text folded (see `foldKeepLength`), bookmarks blanked; same length as `raw`. */
  readonly folded: string;
  /** Section the paragraph is in; null before the first heading. */
  readonly section: SectionKey | null;
  /** The heading this paragraph opens with, if any. */
  readonly heading: LocatedHeading | null;
}

/** The document's text as the rules read it. */
export interface TextView {
  readonly lines: readonly string[];
  /**
   * Every line folded (as `Paragraph.folded`, bookmarks blanked), joined by line breaks: one
   * `includes` tells a rule whether its key word is anywhere in the document before it walks
   * the paragraphs. Same length as the lines joined.
   */
  readonly foldedText: string;
  readonly paragraphs: readonly Paragraph[];
  /** Section headings in document order, one per section. */
  readonly headings: readonly LocatedHeading[];
  /** The paragraphs outside the table sections (preamble, 一, 五, 六), where the narrative is. */
  readonly narrative: readonly Paragraph[];
  /**
   * The folded narrative paragraphs joined by line breaks: rules search it once per pattern
   * instead of once per paragraph (see `narrativeMatches`). Patterns must not cross a line break.
   */
  readonly narrativeText: string;
  /** Where each narrative paragraph starts in `narrativeText`, ascending. */
  readonly narrativeStarts: readonly number[];
  /**
   * True when the view was made from the report's `sections` (no document text): findings then
   * carry no line numbers and the outline says nothing about the document.
   */
  readonly synthetic: boolean;
  /**
   * Facts worked out once per view and shared by rules (see `memoOf` in view-memo.ts): kept
   * here, not in WeakMaps keyed by the view, so that they die young with the view.
   */
  readonly memo: Map<MemoKey<unknown>, unknown>;
}

/** Sections whose content is a table, not narrative. */
export const TABLE_SECTIONS: ReadonlySet<SectionKey> = new Set([
  'proactive',
  'applications',
  'review',
]);

/** Splits document text into paragraphs by section, using the given outline or finding one. */
export function buildTextView(text: string, outline?: readonly Heading[]): TextView {
  const lines = splitLines(text);
  const { folded, foldedText } = foldLines(text, lines);
  const placed = outline ? placeHeadings(outline, lines, folded) : null;
  // The text is searched for headings only when the reader's outline does not name all six.
  const headings =
    placed && placed.length === SECTIONS.length
      ? placed
      : placed
        ? mergeHeadings(placed, locateHeadings(lines, folded))
        : locateHeadings(lines, folded);
  return view(lines, folded, foldedText, headings, false);
}

/**
 * The reader's outline, completed with the headings found in the text for sections the outline
 * lacks: a heading the reader missed must not make a section look absent.
 */
function mergeHeadings(
  given: readonly LocatedHeading[],
  located: readonly LocatedHeading[],
): LocatedHeading[] {
  const have = new Set(given.map((h) => h.key));
  return [...given, ...located.filter((h) => !have.has(h.key))].sort(
    (a, b) => a.line - b.line || a.offset - b.offset,
  );
}

/** Lines of a text; a plain split when there is no carriage return (much faster). */
function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/u) : text.split('\n');
}

/**
 * The lines folded for searching, and the same joined by line breaks. Folding the whole text at
 * once is an order of magnitude faster than line by line; when it keeps the length (it nearly
 * always does) its lines are the folded lines, and when it changes nothing (text already
 * folded by the reader) they are the lines themselves, without splitting again.
 */
function foldLines(
  text: string,
  lines: readonly string[],
): { folded: readonly string[]; foldedText: string } {
  const whole = foldKeepLength(text);
  if (whole.length === text.length) {
    const crlf = text.includes('\r');
    const folded = whole === text ? lines : splitLines(whole);
    if (folded.length === lines.length) {
      if (!whole.includes('[bookmark'))
        return { folded, foldedText: crlf ? folded.join('\n') : whole };
      const searchable = folded.map((l) => (l.includes('[bookmark') ? searchableLine(l) : l));
      return { folded: searchable, foldedText: searchable.join('\n') };
    }
  }
  const folded = lines.map(searchableLine);
  return { folded, foldedText: folded.join('\n') };
}

/** A view of the narrative sections a report carries, for a report given without its text. */
export function sectionsTextView(sections: ReportSections): TextView | null {
  const parts: [SectionKey, string | undefined][] = [
    ['overview', sections.overview],
    ['problems', sections.problems],
    ['other', sections.other],
  ];
  if (parts.every(([, t]) => !t?.trim())) return null;
  const lines: string[] = [];
  for (const [key, body] of parts) {
    if (!body?.trim()) continue;
    const def = SECTIONS.find((s) => s.key === key);
    lines.push(`${def?.ordinal ?? ''}、${def?.title ?? ''}`, ...body.split(/\r\n|\r|\n/u));
  }
  const folded = lines.map(searchableLine);
  return view(lines, folded, folded.join('\n'), locateHeadings(lines, folded), true);
}

/** Cells joined by ' | ' in the document text, three or more, one of them a number. */
const TABLE_ROW = /(?:^|\| )\d+(?: \||$)/u;

/**
 * True for a table row of the document text: at least three cells (two ` | `), one of them a
 * plain number. A paragraph that only happens to hold a pipe stays narrative.
 */
export function isTableRow(folded: string): boolean {
  const first = folded.indexOf(' | ');
  return first >= 0 && folded.indexOf(' | ', first + 3) >= 0 && TABLE_ROW.test(folded);
}

/** A cell that is only a figure (folded, so full-width digits are ASCII). */
const FIGURE_CELL = /^\s*\d+(?:\.\d+)?\s*$/u;

/** How many lines a table label printed one cell per line may be wrapped over. */
const MAX_LABEL_LINES = 3;

/**
 * The paragraphs outside any section that are cells of a table printed one cell per line: a
 * line that is only a figure; a line whose next non-empty line is one (a row label before its
 * values — narrative is not followed by a bare figure on its own line); and a header or label
 * of the national tables (申请人情况, 三、本年度办理结果, （三）不予公开, 结果维持), on one line
 * or wrapped over up to three.
 */
function oneCellTableLines(paragraphs: readonly Paragraph[]): Set<number> {
  const cells = new Set<number>();
  // The non-empty paragraphs outside any section, in order.
  const open: number[] = [];
  paragraphs.forEach((p, i) => {
    if (p.section === null && p.folded.trim() !== '') open.push(i);
  });
  for (let n = 0; n < open.length; n += 1) {
    const i = open[n] as number;
    const folded = (paragraphs[i] as Paragraph).folded;
    if (FIGURE_CELL.test(folded)) {
      cells.add(i);
      continue;
    }
    const next = open[n + 1];
    if (next !== undefined && FIGURE_CELL.test((paragraphs[next] as Paragraph).folded))
      cells.add(i);
    let joined = folded;
    for (let m = n; m < n + MAX_LABEL_LINES && m < open.length; m += 1) {
      if (m > n) joined += (paragraphs[open[m] as number] as Paragraph).folded;
      if (isTableLabel(joined)) {
        for (let k = n; k <= m; k += 1) cells.add(open[k] as number);
        break;
      }
    }
  }
  return cells;
}

function view(
  lines: readonly string[],
  folded: readonly string[],
  foldedText: string,
  headings: readonly LocatedHeading[],
  synthetic: boolean,
): TextView {
  const paragraphs = splitParagraphs(lines, folded, headings);
  // Outside any section (no heading found before it) a table row is not narrative either: a
  // report without headings would have its row labels (三、本年度办理结果 | （三）…) read as
  // text. Nor is a table printed one cell per line: its labels and figures, line by line.
  const cells = oneCellTableLines(paragraphs);
  const narrative = paragraphs.filter((p, i) =>
    p.section === null ? !isTableRow(p.folded) && !cells.has(i) : !TABLE_SECTIONS.has(p.section),
  );
  const narrativeStarts: number[] = [];
  let at = 0;
  for (const p of narrative) {
    narrativeStarts.push(at);
    at += p.folded.length + 1;
  }
  const narrativeText = narrative.map((p) => p.folded).join('\n');
  return {
    lines,
    foldedText,
    paragraphs,
    headings,
    narrative,
    narrativeText,
    narrativeStarts,
    synthetic,
    memo: new Map(),
  };
}

function splitParagraphs(
  lines: readonly string[],
  foldedLines: readonly string[],
  headings: readonly LocatedHeading[],
): Paragraph[] {
  const byLine = new Map<number, LocatedHeading[]>();
  for (const h of headings) {
    const list = byLine.get(h.line);
    if (list) list.push(h);
    else byLine.set(h.line, [h]);
  }
  const paragraphs: Paragraph[] = [];
  let section: SectionKey | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    const folded = foldedLines[i] ?? '';
    const here = byLine.get(line);
    if (!here) {
      paragraphs.push({ line, offset: 0, raw, folded, section, heading: null });
      continue;
    }
    let start = 0;
    for (const h of here) {
      if (h.offset > start)
        paragraphs.push({
          line,
          offset: start,
          raw: raw.slice(start, h.offset),
          folded: folded.slice(start, h.offset),
          section,
          heading: null,
        });
      start = Math.max(start, h.offset);
      section = h.key;
      const next = here.find((o) => o.offset > h.offset)?.offset ?? raw.length;
      paragraphs.push({
        line,
        offset: start,
        raw: raw.slice(start, next),
        folded: folded.slice(start, next),
        section,
        heading: h,
      });
      start = next;
    }
  }
  return paragraphs;
}

/** Paragraphs outside the table sections (preamble, 一, 五, 六), where the narrative is. */
export function narrativeParagraphs(view: TextView): readonly Paragraph[] {
  return view.narrative;
}

/** The folded text of one section, without its heading line. */
export function sectionText(view: TextView, key: SectionKey): string | null {
  if (!view.headings.some((h) => h.key === key)) return null;
  const parts: string[] = [];
  for (const p of view.paragraphs) {
    if (p.section !== key) continue;
    if (p.heading) {
      const title = foldKeepLength(p.heading.text);
      const at = title ? p.folded.indexOf(title) : -1;
      const rest = at >= 0 ? p.folded.slice(at + title.length) : '';
      if (rest.trim()) parts.push(rest);
      continue;
    }
    parts.push(p.folded);
  }
  return parts.join('\n');
}

/** Index in `narrative` of the paragraph holding an index of `narrativeText`. */
export function narrativeIndex(view: TextView, index: number): number {
  const starts = view.narrativeStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The narrative paragraph holding an index of `narrativeText`, and the index within it. */
export function narrativeAt(view: TextView, index: number): { p: Paragraph; at: number } | null {
  const lo = narrativeIndex(view, index);
  const p = view.narrative[lo];
  return p ? { p, at: index - (view.narrativeStarts[lo] ?? 0) } : null;
}

/** Character-class patterns of `narrativeWith`, by their characters (a few per rule set). */
const CLASSES = new Map<string, RegExp>();

/**
 * Indices in `narrative` of the paragraphs that hold at least one of some characters, ascending.
 * One character-class search that skips to the next paragraph at each hit: rules use it to run
 * a costly pattern only where a match can be.
 */
export function narrativeWith(view: TextView, chars: string): number[] {
  let re = CLASSES.get(chars);
  if (!re) {
    if (CLASSES.size >= 64) CLASSES.clear(); // bounded, should a caller build its characters
    re = new RegExp(`[${chars.replace(/[\\\]^-]/gu, '\\$&')}]`, 'gu');
    CLASSES.set(chars, re);
  }
  const text = view.narrativeText;
  const starts = view.narrativeStarts;
  const found: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = narrativeIndex(view, m.index);
    found.push(k);
    const next = starts[k + 1];
    if (next === undefined) break;
    re.lastIndex = next;
  }
  return found;
}

/** A match of a pattern in the narrative, placed in its paragraph. */
export interface NarrativeMatch {
  p: Paragraph;
  /** Start and end in the paragraph. */
  start: number;
  end: number;
  match: RegExpMatchArray;
}

/**
 * Every match of a global pattern in the narrative, one search over the whole narrative, each
 * placed in its paragraph. The pattern must not match across a line break.
 */
export function* narrativeMatches(view: TextView, pattern: RegExp): Generator<NarrativeMatch> {
  for (const match of allMatches(pattern, view.narrativeText)) {
    const where = narrativeAt(view, match.index ?? 0);
    if (!where) continue;
    yield { p: where.p, start: where.at, end: where.at + match[0].length, match };
  }
}
