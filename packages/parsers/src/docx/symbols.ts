/**
 * Wingdings glyphs that reports use as marks (check boxes in 是否 columns, bullets). Word stores
 * them as `w:sym` with the font's own code, shifted into the private-use area (F0xx).
 */
const WINGDINGS: ReadonlyMap<number, string> = new Map([
  [0x6c, '●'],
  [0x6e, '■'],
  [0x6f, '□'],
  [0x71, '❑'],
  [0x77, '◆'],
  [0x9f, '•'],
  [0xa1, '○'],
  [0xa8, '□'],
  [0xfb, '✗'],
  [0xfc, '✓'],
  [0xfd, '☒'],
  [0xfe, '☑'],
]);

const SYMBOL_GREEK = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';

/**
 * The text of a `w:sym` element (`w:font`, `w:char` in hex). Symbol-font letters become Greek,
 * known Wingdings marks their Unicode look-alikes; anything else outside the private-use area
 * is the character itself, and an unknown private-use glyph is dropped rather than printed as
 * a box.
 */
export function symbolText(font: string | undefined, char: string | undefined): string {
  const code = Number.parseInt(char ?? '', 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  const local = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const name = (font ?? '').toLowerCase();
  if (name.startsWith('wingdings')) return WINGDINGS.get(local) ?? '';
  if (name === 'symbol') {
    if (local >= 0x41 && local <= 0x5a) return SYMBOL_GREEK[local - 0x41] ?? '';
    if (local >= 0x61 && local <= 0x7a) return (SYMBOL_GREEK[local - 0x61] ?? '').toLowerCase();
    if (local >= 0x20 && local < 0x7f) return String.fromCharCode(local);
    return '';
  }
  if (code >= 0xe000 && code <= 0xf8ff)
    return local >= 0x20 && local < 0x7f ? String.fromCharCode(local) : '';
  return String.fromCodePoint(code);
}
