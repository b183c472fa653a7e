import { isValueText } from './cell-text.js';
import type { PhysicalLine } from './physical-lines.js';

/** A repeated header has at most this many lines (a header broken one character per line). */
const MAX_HEADER_LINES = 16;
/** The table runs on when one of the last this many lines of the page before carries values
 * (the rest: a row label's wrapped tail, `行政法规禁` below its figures). */
const TAIL_LINES = 4;
/** Lines of a row label that may sit between a header and the row's figures. */
const LABEL_LINES = 3;
/** Shorter text than this (characters) is too little to tell a header from a stray word. */
const MIN_HEADER_CHARS = 4;

/**
 * Words only the header of table 三 or 四 holds (never a row label): a run of lines without one
 * is no header, so a row label's wrapped tail seen earlier (`开申请数量`) is never taken for
 * one. Table 二's `信息内容` header is not among them: the 2021 format prints it again under
 * each 第二十条 heading, so one at the top of a page may well be a new sub-table's own.
 */
const HEADER_WORDS = ['申请人情况', '自然人', '法人或其他组织', '行政复议', '行政诉讼'];

const isHeaderText = (lines: readonly PhysicalLine[]) => {
  const text = lines
    .map((l) => l.cells.map((c) => c.text).join(''))
    .join('')
    .replace(/\s/gu, '');
  return HEADER_WORDS.some((w) => text.includes(w));
};

/** The characters of some lines, whitespace dropped, sorted: the same however they wrap. */
function charsKey(lines: readonly PhysicalLine[]): string {
  const chars: string[] = [];
  for (const l of lines)
    for (const c of l.cells) for (const ch of c.text) if (!/\s/u.test(ch)) chars.push(ch);
  return chars.sort().join('');
}

const hasValue = (l: PhysicalLine | undefined) =>
  l !== undefined && l.cells.some((c) => isValueText(c.text));

/**
 * Drops the table header a word processor repeats at the top of each page a table runs onto
 * (Word's and LibreOffice's "repeat heading rows"). Left in, it lands between the two halves of
 * a row label cut by the page break (`3.危及“三` / header / `安全一稳` `定”`), and that row is
 * lost. A page's first lines are such a header when the table runs on from the page before (one of its
 * last lines carries values), they carry no value, and they hold the very characters of a run of
 * lines seen earlier right above a line with values — the header where the table began. The
 * comparison ignores how the lines wrap: the repeated header may break its cells differently.
 */
export function dropRepeatedHeaders(pages: readonly PhysicalLine[][]): PhysicalLine[][] {
  const headers = new Set<string>();
  const out: PhysicalLine[][] = [];
  pages.forEach((lines, p) => {
    const prevPage = out[out.length - 1];
    let drop = 0;
    if (p > 0 && (prevPage ?? []).slice(-TAIL_LINES).some(hasValue)) {
      for (let k = 1; k <= Math.min(MAX_HEADER_LINES, lines.length - 1); k++) {
        const prefix = lines.slice(0, k);
        if (hasValue(prefix[k - 1])) break;
        if (headers.has(charsKey(prefix))) drop = k;
      }
    }
    const kept = lines.slice(drop);
    // Every run of value-free lines right above a line with values may be a table's header,
    // also when the first line or two of that row's wrapped label sit between them.
    kept.forEach((l, i) => {
      if (!hasValue(l) || hasValue(kept[i - 1])) return;
      for (let e = i; e > 0 && i - e <= LABEL_LINES; e--) {
        if (hasValue(kept[e - 1])) break;
        for (let s = e - 1; s >= 0 && e - s <= MAX_HEADER_LINES; s--) {
          if (hasValue(kept[s])) break;
          const run = kept.slice(s, e);
          const key = charsKey(run);
          if (key.length >= MIN_HEADER_CHARS && isHeaderText(run)) headers.add(key);
        }
      }
    });
    out.push(kept);
  });
  return out;
}
