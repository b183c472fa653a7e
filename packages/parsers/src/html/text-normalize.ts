/**
 * White space and joining rules for text taken out of HTML. Chinese text has no spaces between
 * words, so the places where markup splits a text (a line break in the source, a cell split
 * into several paragraphs) must not become spaces between two Chinese characters, while Latin
 * words and numbers on either side of such a split must stay apart.
 */

/**
 * True for characters that sit in Chinese text without spaces around them: ideographs,
 * radicals, CJK punctuation, full-width forms and the quotes, dashes and ellipses Chinese
 * text uses.
 */
export function isCjkLike(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x2014 && code <= 0x201f) ||
    code === 0x2026 ||
    code === 0x00b7 ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

/** Code point of the character ending just before index `end` of `s` (NaN at the start). */
function codePointBefore(s: string, end: number): number {
  const low = s.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) return s.codePointAt(end - 2) ?? low;
  return low;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const SPACE_RUN = /[\s\u00a0\u3000]+/gu;

/**
 * True when `raw` holds a character `normalizeInline` works on: white space (`\s`, which
 * includes U+00A0, U+3000 and U+FEFF) or an invisible one (U+200B–U+200D, U+2060, U+00AD).
 * A loop, not a regex: nearly every piece (a cell's `0`, a label) is a few characters with
 * none of them, and a regex call cost more than the scan (~25 ns a piece, ~400 a report page).
 */
export function needsWork(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0xa0) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
    } else if (
      c === 0xa0 ||
      c === 0xad ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200d) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x2060 ||
      c === 0x3000 ||
      c === 0xfeff
    )
      return true;
  }
  return false;
}

/**
 * Collapses the white space of one block of HTML text as a browser displays it, trimmed:
 * `&nbsp;`, `&#12288;` and tabs are spaces, runs of spaces become one, and a run of source
 * white space holding a line break disappears when it stands between two Chinese characters
 * (Word and many CMSs wrap long Chinese lines in the HTML source; CSS Text 3 drops such breaks
 * too), unless it holds a space the author typed (`&nbsp;`, `&#12288;`).
 */
export function normalizeInline(raw: string): string {
  // Most pieces (a number, a label) need nothing: skip the regex work for them.
  if (!needsWork(raw)) return raw;
  const visible =
    raw.includes('\u200b') || raw.includes('\ufeff') || raw.includes('\u00ad')
      ? raw.replace(INVISIBLE, '')
      : raw;
  return visible
    .replace(SPACE_RUN, (run: string, offset: number, whole: string) => {
      if (!run.includes('\n') && !run.includes('\r')) return ' ';
      // &nbsp; and &#12288; are spaces the author typed, not source formatting.
      if (run.includes('\u00a0') || run.includes('\u3000')) return ' ';
      const before = codePointBefore(whole, offset);
      const after = whole.codePointAt(offset + run.length) ?? Number.NaN;
      return isCjkLike(before) && isCjkLike(after) ? '' : ' ';
    })
    .trim();
}

/**
 * Joins the pieces of one table cell that the markup split (several `<p>`, `<br>`). Such
 * splits are the author's Enter key or Word's layout of a narrow column, inside text that was
 * continuous: pieces are joined directly when either side is Chinese (`商业` + `企业`, a header
 * broken one character per line, `22` + `（其中修订16件）`), and with one space only between
 * two non-Chinese sides (`1` + `5` stays two numbers, `12.5` + `Excel` two words).
 */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    if (out === '') out = piece;
    else {
      const glue =
        isCjkLike(codePointBefore(out, out.length)) ||
        isCjkLike(piece.codePointAt(0) ?? Number.NaN);
      out += glue ? piece : ` ${piece}`;
    }
  }
  return out;
}
