import type { Paragraph, TextView } from './text-view.js';
import { memoKey, memoOf } from './view-memo.js';

/**
 * Narrative lines that a page width cut (text taken from a PDF or a fixed-width page), joined
 * back: `…共收到政府信息公开申` + `请1120件，…`. `p` is the joined text as one paragraph (its line
 * the first line's); `joins` are the places in it where a line ended.
 */
export interface WrappedBlock {
  readonly p: Paragraph;
  readonly joins: readonly number[];
  /** Each joined line (a narrative paragraph) and where it starts in `p`. */
  readonly members: readonly { readonly line: Paragraph; readonly from: number }[];
}

/** Marks that end a statement: a line ending with one was not cut by the page width. */
const STATEMENT_END = '。；;！？!?：:';
/** Shorter lines are headings or list items, not lines cut by the page width. */
const MIN_WRAPPED = 10;

const BLOCKS = memoKey<readonly WrappedBlock[]>('wrappedBlocks');

/**
 * The runs of two or more consecutive narrative lines of one section where every line but the
 * last is at least ten characters long, ends without a mark that ends a statement and is not
 * much shorter than the next, in a section and without a heading. Empty for text written a
 * paragraph per line.
 */
export function wrappedBlocks(view: TextView): readonly WrappedBlock[] {
  return memoOf(view, BLOCKS, () => findBlocks(view.narrative));
}

function findBlocks(ps: readonly Paragraph[]): WrappedBlock[] {
  const blocks: WrappedBlock[] = [];
  let k = 0;
  while (k < ps.length) {
    let last = k;
    while (continues(ps[last], ps[last + 1])) last++;
    if (last > k) blocks.push(block(ps, k, last));
    k = last + 1;
  }
  return blocks;
}

function continues(a: Paragraph | undefined, b: Paragraph | undefined): boolean {
  if (!a || !b || partOfLine(a) || partOfLine(b)) return false;
  // Only inside a section (not the page chrome before the first heading), never a heading.
  if (b.line !== a.line + 1 || a.section === null || b.section !== a.section) return false;
  if (a.heading || b.heading) return false;
  const t = a.folded.trimEnd();
  // A cut line is as full as the page allows: the line after it is not much longer (a heading
  // or a title without a final mark is followed by a longer paragraph). Digits and Latin letters
  // are narrower than Chinese characters, so a line of the same width may hold more of them.
  return (
    t.length >= MIN_WRAPPED &&
    !STATEMENT_END.includes(t.charAt(t.length - 1)) &&
    b.folded.trimEnd().length <= t.length * 1.3 + 2
  );
}

/** Only whole lines are joined (a paragraph that starts inside a line follows a heading). */
function partOfLine(p: Paragraph): boolean {
  return p.offset !== 0;
}

function block(ps: readonly Paragraph[], from: number, to: number): WrappedBlock {
  let raw = '';
  let folded = '';
  const joins: number[] = [];
  const members: { line: Paragraph; from: number }[] = [];
  for (let k = from; k <= to; k++) {
    const p = ps[k];
    if (!p) continue;
    // Trailing spaces of a cut line are the page's, not the text's.
    const len = k < to ? p.folded.trimEnd().length : p.folded.length;
    if (k > from) joins.push(folded.length);
    members.push({ line: p, from: folded.length });
    raw += p.raw.slice(0, len);
    folded += p.folded.slice(0, len);
  }
  const first = ps[from];
  const p: Paragraph = {
    line: first?.line ?? 0,
    offset: 0,
    raw,
    folded,
    section: first?.section ?? null,
    heading: first?.heading ?? null,
  };
  return { p, joins, members };
}
