/**
 * What `\s` in a regular expression and `String.prototype.trim` count as white space, by UTF-16
 * code unit. The readers and the checker test characters one by one on their hot paths, where a
 * regular expression per character would cost a search each.
 */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f
  );
}
