import { isDigitCode, isFigureUnit } from './figure-chars.js';

function isSign(code: number): boolean {
  return code === 45 || code === 43 || code === 0xff0d || code === 0xff0b; // - + － ＋
}

/**
 * What may stand right before a figure that is a cell of its own: a line break, white space,
 * a pipe (text rows), the end of a tag (`<td>12`, `<span lang=EN-US>12`) or of an entity
 * (`&nbsp;12`). Anything else (`电话：0533-1234567`, `收到申请12`) makes the figure part of running
 * text, which is left alone.
 */
function opensCell(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  return (
    code === 10 ||
    code === 13 ||
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 124 || // |
    code === 0xff5c || // ｜
    code === 62 || // >
    (code === 59 && /&[#\w]+;$/u.test(text.slice(Math.max(0, at - 10), at)))
  );
}

/** A space that may stand between a figure and its cell's separator (` |`), not a tab. */
function isInlineSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x3000;
}

/**
 * The input without a table figure that its end cut off. A page saved or copied only in part
 * can stop in the middle of a figure — `12` of `123` — and nothing in what is left tells a
 * whole figure from a cut one, so a cell read from it could be wrong, and arithmetic over it
 * would raise errors a reviewer cannot trust. A figure that stands as a cell of its own (see
 * {@link opensCell}) with nothing after it but spaces — no line break, pipe, tab or `</td>`
 * that closes its cell — is therefore left out: the cell is absent, as the cells after it are
 * (spec: a partial document yields what it holds, rows it lacks are absent). Spaces do not
 * close a cell: `50 ` is what is left of `50 |` when the cut falls before the pipe, and a
 * layout that closes cells with pipes reads an unclosed one as something else.
 *
 * A lone `0` ending a row's line (`| 0`) is kept: no integer continues after a leading zero,
 * and partial captures end on one often. A `0` on a line of its own, or followed by spaces, is
 * not: it may be a cell whose closing pipe was cut (`0` of `0 |`), which a layout of cells
 * closed by pipes read as the first figure of table 四. A whole document never ends inside a
 * table, so nothing else changes.
 */
export function withoutCutFigure(text: string): string {
  let end = text.length;
  while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end -= 1;
  // A text ending in `.` or `,` is no number to the reader (`96171.`, `1,`: a note, null), and
  // `1.` is as likely a row number cut off from its label: only a final digit is looked at.
  if (!isDigitCode(text.charCodeAt(end - 1))) return text;
  let start = end;
  while (start > 0 && isFigureUnit(text.charCodeAt(start - 1))) start -= 1;
  if (start > 0 && isSign(text.charCodeAt(start - 1))) start -= 1;
  const figure = text.slice(start, end);
  const lineOpen =
    start === 0 || text.charCodeAt(start - 1) === 10 || text.charCodeAt(start - 1) === 13;
  if ((figure === '0' || figure === '０') && end === text.length && !lineOpen) return text;
  if (!opensCell(text, start)) return text;
  // A figure alone on its line (a cell-per-line layout) goes with its line and the line break
  // before it: a document ending in a label and a line break reads that row as blank (null),
  // where a cut row must be absent. Elsewhere (`| 行政许可 | 4472`) the cell's opening stays.
  let lineStart = start;
  while (lineStart > 0 && isLineIndent(text.charCodeAt(lineStart - 1))) lineStart -= 1;
  if (lineStart === 0) return '';
  const before = text.charCodeAt(lineStart - 1);
  if (before !== 10 && before !== 13) return text.slice(0, start);
  let cut = lineStart - 1;
  if (before === 10 && cut > 0 && text.charCodeAt(cut - 1) === 13) cut -= 1;
  return text.slice(0, cut);
}

/** White space that may indent a cell on its own line: spaces and tabs. */
function isLineIndent(code: number): boolean {
  return isInlineSpace(code) || code === 9;
}

/**
 * Markup without what its end cut off: a tag cut open (`321<`, `<td sty`, `</t`) is dropped —
 * the parser would give its characters to the cell before it (`321<`, no number) — and what
 * stands before such a tag is whole; otherwise a figure the end cut off is left out
 * ({@link withoutCutFigure}).
 */
export function withoutCutMarkup(markup: string): string {
  const open = markup.lastIndexOf('<');
  if (open >= 0 && markup.indexOf('>', open) < 0) {
    const next = markup.charCodeAt(open + 1);
    const startsTag =
      Number.isNaN(next) || // `<` is the last character
      next === 47 || // /
      next === 33 || // !
      next === 63 || // ?
      (next >= 65 && next <= 90) ||
      (next >= 97 && next <= 122);
    if (startsTag) return markup.slice(0, open);
  }
  return withoutCutFigure(markup);
}
