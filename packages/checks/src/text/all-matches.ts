/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, but
 * searched with the pattern itself: `matchAll` first copies the pattern (a new RegExp per call,
 * ~0.1 µs), and the checker runs a few hundred searches per report. The pattern's `lastIndex`
 * is where the search starts, as for `matchAll`, and is restored before returning, so callers
 * see the pattern unchanged even when they search with it again while reading the matches.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      found.push(m);
      // An empty match would be found again at the same index: step over it, by a whole
      // character in a unicode pattern (as matchAll does).
      if (m[0] === '')
        pattern.lastIndex = advance(
          text,
          pattern.lastIndex,
          pattern.unicode || pattern.flags.includes('v'),
        );
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
