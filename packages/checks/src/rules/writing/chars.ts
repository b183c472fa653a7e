/**
 * What `\s` in a regular expression (and `String.prototype.trim`) counts as white space, by
 * UTF-16 code unit: lets a rule skip leading white space with a loop where it used `^\s*`.
 */
export function isSpace(c: number): boolean {
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

/** Index of the first character at or after `from` that is not white space (see {@link isSpace}). */
export function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** True for the Chinese numerals 一 to 十 that list markers use (`[一二三四五六七八九十]`). */
export function isCnNumeral(c: number): boolean {
  return (
    c === 0x4e00 || // 一
    c === 0x4e8c || // 二
    c === 0x4e09 || // 三
    c === 0x56db || // 四
    c === 0x4e94 || // 五
    c === 0x516d || // 六
    c === 0x4e03 || // 七
    c === 0x516b || // 八
    c === 0x4e5d || // 九
    c === 0x5341 // 十
  );
}

/** True for an ASCII digit (`\d` with the `u` flag). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
