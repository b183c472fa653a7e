import type { Paragraph, TextView } from './text-view.js';
import { isTableRow, TABLE_SECTIONS } from './text-view.js';
import { isTableLabel } from './table-labels.js';
import { memoKey } from './view-memo.js';

/**
 * Sentences written under the heading of a table section (二、三、四), before or after its table:
 * `四、政府信息公开行政复议、行政诉讼情况` then `本年度共发生行政复议3件，行政诉讼1件。`, or
 * `三、收到和处理政府信息公开申请情况` then `共收到8份政府信息公开申请…其中，予以公开2件…`. They are
 * not narrative (the writing rules leave the table sections alone) but they state the figures of
 * the table below them, so the text-vs-table rules read them too, each as a view of its own that
 * holds only them (so the claim search, its anchors and its joined cut lines work unchanged).
 */
export interface TableProse {
  /** Sentences in section 四: what they count is disclosure's 复议/诉讼 by the heading's word. */
  readonly review: TextView | null;
  /** Sentences in sections 二 and 三. */
  readonly other: TextView | null;
}

const PROSE = memoKey<TableProse>('tableProse');

/** A count with its measure word (3件, 三件): a table cell never holds one. */
const COUNTED = /[\d零〇一二两三四五六七八九十百]\s*件/u;

/**
 * True for a paragraph of a table section that is a sentence, not a cell or a row of the table:
 * it ends a statement (。；) or states a count with its measure word, and is no row (`a | 3 | 4`)
 * nor a label the national tables print (（二）部分公开（区分处理的，只计这一情形，不计其他情形）).
 */
function isProse(p: Paragraph): boolean {
  const t = p.folded;
  // Plain searches first: most table lines hold none of these marks, nor 件.
  if (
    !t.includes('。') &&
    !t.includes('；') &&
    !t.includes(';') &&
    !(t.includes('件') && COUNTED.test(t))
  )
    return false;
  return !isTableRow(t) && !isTableLabel(t.trim());
}

/**
 * Marks a sentence holds and a table cell does not, as the folded text has them (NFKC makes ；
 * a `;`): found by `indexOf`, not paragraph by paragraph.
 */
const MARKS = ['。', ';', '件'];

/**
 * The sentences of the table sections, as views (null when a part holds none); once per view.
 * The table sections' text is searched for the marks of a sentence (a few `indexOf` over the
 * document, which hold none in most reports) and only the lines they fall on are looked at:
 * testing every table line was a fifth of the text rules' time on the seeds.
 */
export function tableProse(view: TextView): TableProse {
  // Looked up by hand, not through memoOf: every closure tsx compiles is named at run time (a
  // defineProperty each), and this runs three times per report.
  const cached = view.memo.get(PROSE) as TableProse | undefined;
  if (cached) return cached;
  const made = findProse(view);
  view.memo.set(PROSE, made);
  return made;
}

/** The sentences of the table sections, found (see {@link tableProse}). */
function findProse(view: TextView): TableProse {
  const lines = candidateLines(view);
  if (lines.length === 0) return { review: null, other: null };
  const ps = view.paragraphs;
  const chosen = new Set<number>();
  for (const k of paragraphsOn(view, lines)) {
    const p = ps[k] as Paragraph;
    if (p.section === null || !TABLE_SECTIONS.has(p.section) || !isProse(p)) continue;
    chosen.add(k);
    // The lines a page width cut before it, which may hold no mark (…共收到8份政府信 / 息公开申请…。).
    for (let j = k - 1; j >= 0 && cutBefore(ps[j], ps[j + 1] as Paragraph); j--) chosen.add(j);
  }
  const review: Paragraph[] = [];
  const other: Paragraph[] = [];
  for (const k of [...chosen].sort(ascending)) {
    const p = ps[k] as Paragraph;
    (p.section === 'review' ? review : other).push(p);
  }
  return { review: proseView(view, review), other: proseView(view, other) };
}

/**
 * The 1-based lines of the table sections that hold a mark of a sentence (see {@link MARKS}),
 * ascending, without repeats. A 件 counts only after a figure (not 本年制发件数, a header).
 */
function candidateLines(view: TextView): number[] {
  const { headings, foldedText: text, lines } = view;
  // Where each table section runs, in lines: from its heading to the next heading; sections one
  // after another (二、三、四) make one run.
  const runs: number[] = [];
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    if (!h?.key || !TABLE_SECTIONS.has(h.key)) continue;
    const to = headings[k + 1]?.line ?? lines.length + 1;
    if (runs.length > 0 && runs[runs.length - 1] === h.line) runs[runs.length - 1] = to;
    else runs.push(h.line, to);
  }
  const found: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const from = runs[r] ?? 1;
    const to = runs[r + 1] ?? lines.length + 1;
    const begin = lineOffset(lines, text.length, from);
    // A slice is a view of the text, not a copy: `indexOf` then stops at the run's end.
    const run = text.slice(begin, lineOffset(lines, text.length, to));
    const hits: number[] = [];
    for (const mark of MARKS)
      for (let at = run.indexOf(mark); at >= 0; at = run.indexOf(mark, at + 1))
        if (mark !== '件' || afterFigure(run, at)) hits.push(at);
    if (hits.length === 0) continue;
    hits.sort(ascending);
    // The line of each mark: the run's first line plus the line breaks before the mark.
    let line = from;
    let lineEnd = run.indexOf('\n');
    for (const at of hits) {
      while (lineEnd >= 0 && lineEnd < at) {
        line++;
        lineEnd = run.indexOf('\n', lineEnd + 1);
      }
      if (found[found.length - 1] !== line) found.push(line);
    }
  }
  return found;
}

/**
 * Where 1-based line `n` starts in the text (lines joined by one line break; `n` past the last
 * line is the text's end), summing the lengths of the lines before it or of those from it on,
 * whichever are fewer: the table sections' bounds lie near the document's ends, so neither walk
 * reads the table's hundreds of lines.
 */
function lineOffset(lines: readonly string[], length: number, n: number): number {
  if (n > lines.length) return length;
  if (n - 1 <= lines.length - n) {
    let offset = 0;
    for (let i = 0; i < n - 1; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset;
  }
  let tail = 0;
  for (let i = n - 1; i < lines.length; i++) tail += (lines[i]?.length ?? 0) + 1;
  return length - tail + 1;
}

/** Digits and Chinese numerals: what a figure before 件 ends with. */
const FIGURE_CHARS = '0123456789零〇一二两三四五六七八九十百';

/** True when a figure (then maybe spaces) ends right before `at`. */
function afterFigure(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= 0 && FIGURE_CHARS.includes(text.charAt(i));
}

/** Numbers in ascending order (a module function: see `tableProse`). */
function ascending(a: number, b: number): number {
  return a - b;
}

/** Marks that end a statement: a line ending with one was not cut by the page width. */
const STATEMENT_END = '。；;！？!?：:';

/**
 * True when `a`, the line before `b`, reads as the start of `b`'s sentence cut by the page width:
 * a whole line of the same section, ten characters or more, ending without a mark that ends a
 * statement, and no row or label of a table (as `wrapped-lines.ts` judges narrative lines).
 */
function cutBefore(a: Paragraph | undefined, b: Paragraph): boolean {
  if (!a || a.heading || a.offset !== 0 || b.offset !== 0) return false;
  if (a.line !== b.line - 1 || a.section !== b.section) return false;
  const t = a.folded.trimEnd();
  return (
    t.length >= 10 &&
    !STATEMENT_END.includes(t.charAt(t.length - 1)) &&
    !isTableRow(t) &&
    !isTableLabel(t.trim())
  );
}

/** The indices in `view.paragraphs` of the paragraphs on some lines (ascending), in order. */
function paragraphsOn(view: TextView, lines: readonly number[]): number[] {
  const ps = view.paragraphs;
  const out: number[] = [];
  let k = 0;
  for (const line of lines) {
    // Paragraphs are in line order, at least one per line: line n's are at index n-1 or later.
    k = Math.max(k, line - 1);
    while (k > 0 && (ps[k - 1]?.line ?? 0) >= line) k--;
    while (k < ps.length && (ps[k]?.line ?? 0) < line) k++;
    for (; k < ps.length && ps[k]?.line === line; k++) out.push(k);
  }
  return out;
}

/** A view whose narrative is the given paragraphs (the document's lines and headings kept). */
function proseView(view: TextView, paragraphs: readonly Paragraph[]): TextView | null {
  if (paragraphs.length === 0) return null;
  const narrativeStarts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    narrativeStarts.push(at);
    at += p.folded.length + 1;
  }
  return {
    lines: view.lines,
    foldedText: view.foldedText,
    paragraphs: view.paragraphs,
    headings: view.headings,
    narrative: paragraphs,
    narrativeText: paragraphs.map((p) => p.folded).join('\n'),
    narrativeStarts,
    synthetic: view.synthetic,
    memo: new Map(),
  };
}
