import { isWhiteSpace } from '@xxgk/model';

/** White space as `\s` and `trim` count it (the model's {@link isWhiteSpace}). */
export const isSpace = isWhiteSpace;

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
