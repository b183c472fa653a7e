/**
 * Width classes of characters, so that positions inside a run and a font's size can be
 * estimated from advance widths alone. Both engines give widths; only pdf.js gives sizes.
 */

/** True for characters set one em wide in Chinese documents (ideographs, full-width forms). */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x2014 && c <= 0x2026) ||
    c >= 0x20000
  );
}

/** Width of a character in ems, as estimated: 1 for wide characters, ½ for the rest. */
export function charWeight(ch: string): number {
  return isWide(ch) ? 1 : 0.5;
}

/** Estimated width of a text (without spaces) in ems. */
export function textWeight(text: string): number {
  let w = 0;
  for (const ch of text) w += charWeight(ch);
  return w;
}

/** True when a space belongs between two texts joined on one line (two narrow characters). */
export function needsSpace(left: string, right: string): boolean {
  const a = [...left].pop();
  const b = right[Symbol.iterator]().next().value;
  return a !== undefined && b !== undefined && !isWide(a) && !isWide(b);
}
