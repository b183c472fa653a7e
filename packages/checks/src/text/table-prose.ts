import type { SectionKey } from '@xxgk/model';
import type { Paragraph, TextView } from './text-view.js';
import { isTableRow, TABLE_SECTIONS } from './text-view.js';
import { isTableLabel } from './table-labels.js';
import { memoKey } from './view-memo.js';
import { CHINESE_DIGIT } from './numbers.js';

/**
 * Sentences written under the heading of a table section (二、三、四), before or after its table:
 * `四、政府信息公开行政复议、行政诉讼情况` then `本年度共发生行政复议3件，行政诉讼1件。`, or
 * `三、收到和处理政府信息公开申请情况` then `共收到8份政府信息公开申请…其中，予以公开2件…`. They are
 * not narrative (the writing rules leave the table sections alone) but they state the figures of
 * the table below them, so the text-vs-table rules read them too, each as a view of its own that
 * holds only them (so the claim search, its anchors and its joined cut lines work unchanged).
 * A sentence is a line with a mark of one (。；, `N件`) anywhere in those sections, or, at their
 * edges only, a statement without a mark (`本年度无行政复议、行政诉讼情况` on a line of its own).
 */
export interface TableProse {
  /** Sentences in section 四: what they count is disclosure's 复议/诉讼 by the heading's word. */
  readonly review: TextView | null;
  /** Sentences in sections 二 and 三. */
  readonly other: TextView | null;
  /**
   * A bare none-word (`无`, `暂无`) as the first line under section 四's heading: there was no
   * 行政复议 and no 行政诉讼 (see {@link BARE_NONE}); null when there is none.
   */
  readonly reviewNone: Paragraph | null;
}

const PROSE = memoKey<TableProse>('tableProse');

/** A count with its measure word (3件, 三件): a table cell never holds one. */
const COUNTED = new RegExp(String.raw`(?:\d|${CHINESE_DIGIT})\s*件`, 'u');

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
 * a `;`): found by `indexOf`, not paragraph by paragraph; and {@link FULL_STOP}.
 */
const MARKS = [';', '件'];

/**
 * The full stop, the third mark of a sentence, found by `lastIndexOf`: V8's `indexOf` looks for a
 * UTF-16 character by its larger byte with memchr, and 。 (U+3002) shares its 0x30 with the digit
 * 0, so every 0 of the tables stopped the search (~200 per seed: 1.15 µs per report, against
 * 0.44 µs backwards, a plain loop). The hits are sorted after.
 */
const FULL_STOP = '。';

/** Where `mark` occurs last in `text` before `at`, or -1 (`lastIndexOf` from -1 would read 0). */
function before(text: string, mark: string, at: number): number {
  return at > 0 ? text.lastIndexOf(mark, at - 1) : -1;
}

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
  const ps = view.paragraphs;
  const chosen = new Set<number>();
  for (const k of paragraphsOn(view, candidateLines(view))) {
    const p = ps[k] as Paragraph;
    if (p.section === null || !TABLE_SECTIONS.has(p.section) || !isProse(p)) continue;
    chosen.add(k);
    addCutBefore(ps, k, chosen);
  }
  const markless = marklessStatements(view);
  for (const k of markless.found) {
    chosen.add(k);
    addCutBefore(ps, k, chosen);
    // A statement without a final mark may go on, cut, on the lines after it (…未发生因政府信息公开
    // 引起的行政复议 / 和行政诉讼案件): read joined, not the first part alone.
    for (let j = k + 1; j < ps.length && cutAfter(ps[j - 1] as Paragraph, ps[j]); j++)
      chosen.add(j);
  }
  if (chosen.size === 0) return { review: null, other: null, reviewNone: null };
  const review: Paragraph[] = [];
  const other: Paragraph[] = [];
  for (const k of [...chosen].sort(ascending)) {
    const p = ps[k] as Paragraph;
    (p.section === 'review' ? review : other).push(p);
  }
  return {
    review: proseView(view, review),
    other: proseView(view, other),
    reviewNone: markless.none < 0 ? null : (ps[markless.none] ?? null),
  };
}

/**
 * Adds to `chosen` the lines a page width cut before paragraph `k`, which may hold no mark
 * (…共收到8份政府信 / 息公开申请…。): the sentence is read whole, not from its last line.
 */
function addCutBefore(ps: readonly Paragraph[], k: number, chosen: Set<number>): void {
  for (let j = k - 1; j >= 0 && cutBefore(ps[j], ps[j + 1] as Paragraph); j--) chosen.add(j);
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
    // 。 backwards (see FULL_STOP), the other marks forwards.
    for (let at = run.lastIndexOf(FULL_STOP); at >= 0; at = before(run, FULL_STOP, at))
      hits.push(at);
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
const FIGURE_CHARS = `0123456789${CHINESE_DIGIT.slice(1, -1)}`;

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

/**
 * How many non-empty paragraphs right under a table section's heading, and right before the
 * next heading, may be a statement without a mark: where reports write one (`四、…` then
 * `本年度无行政复议、行政诉讼情况`, the table below it; or the table first and the line after it).
 */
const EDGE = 4;

/** What {@link hints} finds in a line: some text; a word that states none; 起/宗/份; cells. */
const TEXT = 1;
const NONE_WORD = 2;
const UNIT = 4;
const CELLS = 8;

/**
 * What a line holds, in one pass over its characters (a cell is a few): {@link TEXT} for any
 * character but a space or tab; {@link NONE_WORD} for 无/未/没/零 (無/沒 unfolded), which a
 * statement of none holds (均为零); {@link UNIT} for 起/宗/份, a measure word other than 件 (a count with 件 is found
 * anywhere already); {@link CELLS} (and no more is read) for a pipe, or a tab or two spaces
 * between two texts: a row of cells. 0 for a blank line. Cheaper than a search per word: most edge lines are cells
 * or rows holding none of them.
 */
function hints(s: string): number {
  let m = 0;
  let tab = false;
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      spaces++;
      continue;
    }
    if (c === 9) {
      tab = m !== 0;
      continue;
    }
    if (tab || c === 124 || (spaces >= 2 && m !== 0)) return m | TEXT | CELLS;
    spaces = 0;
    m |= TEXT;
    if (
      c === 0x65e0 ||
      c === 0x672a ||
      c === 0x6ca1 ||
      c === 0x7121 ||
      c === 0x6c92 ||
      c === 0x96f6
    )
      m |= NONE_WORD;
    else if (c === 0x8d77 || c === 0x5b97 || c === 0x4efd) m |= UNIT;
  }
  return m;
}

/**
 * The paragraphs (indices in `view.paragraphs`) at the edges of the table sections (see
 * {@link EDGE}) that are statements though they hold no mark of a sentence (no 。；, no `N件`):
 * `本年度无行政复议、行政诉讼情况`, `本年度未收到政府信息公开申请`, `行政复议2起`; and `none`, a bare
 * `无` first under section 四's heading (-1 when there is none). Only those edges are looked at
 * (a few short lines per section, each read once), never the table's lines, so a table's labels
 * (尚未审结, 未经复议直接起诉, （四）无法提供) are not even tested in most layouts; where they are,
 * they are no statement.
 */
function marklessStatements(view: TextView): { found: number[]; none: number } {
  const { headings } = view;
  const ps = view.paragraphs;
  const out: number[] = [];
  let none = -1;
  // The paragraph of the heading looked up last (a section's end is the next one's heading).
  let known = -1;
  let knownAt = -1;
  for (let n = 0; n < headings.length; n++) {
    const h = headings[n];
    if (!h?.key || !TABLE_SECTIONS.has(h.key)) continue;
    const hk = knownAt === n ? known : headingParagraph(view, h.line, h.key, Math.max(known, 0));
    if (hk < 0) continue;
    // Under the heading.
    let seen = 0;
    let k = hk + 1;
    for (; k < ps.length && seen < EDGE; k++) {
      const p = ps[k] as Paragraph;
      if (p.heading || p.section !== h.key) break;
      const m = hints(p.folded);
      if (m === 0) continue;
      // The rest of a heading a page width cut (四、…行政复议、行政诉 / 讼情况): the line after it is
      // still the first under the heading.
      if (seen === 0 && m === TEXT && isHeadingRest(p.folded)) continue;
      if ((m & (NONE_WORD | UNIT)) !== 0 && (m & CELLS) === 0) {
        const t = p.folded.trim();
        const bare = seen === 0 && h.key === 'review' && t.length <= 6 && BARE_NONE.test(t);
        if (bare) none = k;
        if (bare || isMarkless(t, m)) out.push(k);
      }
      seen++;
    }
    // Before the next heading (or the document's end), not back over the lines just read.
    const stop = k;
    seen = 0;
    const next = headings[n + 1];
    const nk = next ? headingParagraph(view, next.line, next.key, hk + 1) : ps.length;
    known = nk;
    knownAt = n + 1;
    const end = nk >= 0 ? nk : sectionEnd(ps, hk, h.key);
    for (let j = end - 1; j >= stop && seen < EDGE; j--) {
      const p = ps[j] as Paragraph;
      if (p.section !== h.key) break;
      const m = hints(p.folded);
      if (m === 0) continue;
      if ((m & (NONE_WORD | UNIT)) !== 0 && (m & CELLS) === 0 && isMarkless(p.folded.trim(), m))
        out.push(j);
      seen++;
    }
  }
  return { found: out, none };
}

/** True for the end of a heading cut by the page width: a few characters ending with 情况. */
function isHeadingRest(folded: string): boolean {
  const t = folded.trim();
  return t.length <= 8 && t.endsWith('情况');
}

/** The index of the paragraph holding a table section's heading (on 1-based line `line`). */
function headingParagraph(
  view: TextView,
  line: number,
  key: SectionKey | null | undefined,
  from: number,
): number {
  const ps = view.paragraphs;
  let k = Math.max(from, line - 1);
  while (k > from && (ps[k - 1]?.line ?? 0) >= line) k--;
  while (k < ps.length && (ps[k]?.line ?? 0) < line) k++;
  for (; k < ps.length && ps[k]?.line === line; k++)
    if (ps[k]?.heading && ps[k]?.section === key) return k;
  return -1;
}

/** The index after the last paragraph of the section whose heading is paragraph `hk`. */
function sectionEnd(ps: readonly Paragraph[], hk: number, key: SectionKey): number {
  // Only when the next heading's paragraph is not found: a walk over the section's paragraphs.
  let k = hk + 1;
  while (k < ps.length && !ps[k]?.heading && ps[k]?.section === key) k++;
  return k;
}

/**
 * A bare none-word (`无`, `暂无`): a statement only as the first line under section 四's heading,
 * where it says there was no 行政复议 and no 行政诉讼; elsewhere it may be a table's cell.
 */
const BARE_NONE = /^(?:无|暂无|没有|本年度无|无此(?:类)?情况|未发生)[。.]?$/u;

/** How the national tables number their rows and groups, folded: 1. / (四) / 三、. */
const ROW_NUMBER = /^(?:\d+\s*[.、]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/u;

/**
 * True for a folded, trimmed line that reads as a statement without a mark: it holds a word that
 * states none (`hinted` has {@link NONE_WORD}) in six characters or more, or a count with
 * 起/宗/份; and it is no table row, run of cells (pipes, tabs), label the national tables print
 * (nor one's first line, numbered as they are), table title (表四：…) or unit line (单位：件).
 */
function isMarkless(t: string, hinted: number): boolean {
  // A count is a statement however short the page width left it (申请8份); a none-word needs a
  // few words round it (无 alone, 尚未审结 are cells).
  const counted = (hinted & UNIT) !== 0 && countedIn(t);
  if (t.length < (counted ? 3 : 6)) return false;
  if ((hinted & NONE_WORD) === 0 && !counted) return false;
  if (t.includes('|') || t.includes('\t') || t.startsWith('表') || t.startsWith('单位'))
    return false;
  // Numbered as the tables number their rows (1.申请人无正当理由…, (四)无法提供): a label, maybe
  // the first line of one wrapped over two, which alone is no label.
  return !ROW_NUMBER.test(t) && !isTableRow(t) && !isTableLabel(t);
}

/** True when a figure comes right before 起, 宗 or 份 in `t` (行政复议2起). */
function countedIn(t: string): boolean {
  for (const u of '起宗份')
    for (let at = t.indexOf(u); at >= 0; at = t.indexOf(u, at + 1))
      if (afterFigure(t, at)) return true;
  return false;
}

/**
 * True when `b`, the line after `a` (a statement without a mark, or a line of it), goes on with
 * `a`'s sentence cut by the page width: `a` reads as cut (see {@link cutBefore}) and `b` is a
 * plain line of text of the same section, no row, cell run, label or table title.
 */
function cutAfter(a: Paragraph, b: Paragraph | undefined): boolean {
  if (!b || b.heading || !cutBefore(a, b)) return false;
  const m = hints(b.folded);
  if (m === 0 || (m & CELLS) !== 0) return false;
  const t = b.folded.trim();
  return (
    // As long as a cut line at most (wrapped-lines.ts): a longer one is a paragraph of its own.
    t.length <= a.folded.trimEnd().length * 1.3 + 2 &&
    !t.startsWith('表') &&
    !t.startsWith('单位') &&
    !/^\d+(?:\.\d+)?$/u.test(t) &&
    !isTableRow(t) &&
    !isTableLabel(t)
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
