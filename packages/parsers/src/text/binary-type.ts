/** Magic numbers of binary files people may hand to xxgk, with a Chinese name for messages. */
const MAGIC: readonly (readonly [number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP 压缩文件，但其中没有 Word 文档（可能是 XLSX、OFD 或压缩包）'],
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Office 或 WPS 文件（如 .doc、.xls、.wps）'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF 图片'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF 图片'],
  [[0x1f, 0x8b], 'gzip 压缩文件'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩文件'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩文件'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文档'],
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** The kind of binary file the bytes are, by magic number, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [magic, name] of MAGIC) if (startsWith(bytes, magic)) return name;
  return null;
}

/** Bytes sampled to tell text from binary. */
const SAMPLE = 2048;

/**
 * True when the bytes are not text: a known binary magic number, or control bytes that no text
 * has. Zero bytes alone do not count: UTF-16 text has them at every other position. Text in
 * UTF-16 (a byte-order mark, or zero bytes all on one side of the pairs) is judged by its
 * 16-bit characters, not its bytes: the low bytes of ideographs (与 U+4E0E, 万 U+4E07) are
 * control bytes, hundreds of them in a Chinese report.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (binaryKind(bytes)) return true;
  const n = Math.min(bytes.length, SAMPLE);
  const bom = utf16Bom(bytes);
  if (bom) return utf16Controls(bytes, n, bom) > (n / 2) * 0.02;
  let control = 0;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] ?? 0;
    // Printable bytes, nearly all of them, are settled by one comparison.
    if (b >= 0x20) continue;
    if (b === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    } else if (isControl(b)) control += 1;
  }
  const zeros = evenZeros + oddZeros;
  const utf16Like = zeros > 0 && Math.max(evenZeros, oddZeros) >= zeros * 0.9;
  // Zeros on both sides, or too few to be the ASCII of UTF-16 text (a byte table 00 01 02 …
  // has some), are binary — unless one byte order reads as Chinese: a UTF-16 report's first
  // page may be nearly all ideographs (few ASCII zeros), and those ending in 00 (开 U+5F00,
  // common in 公开) put zeros on the other side.
  if (zeros > 0 && !utf16Like) return !readsAsChinese(bytes, n);
  if (control <= n * 0.02) return false;
  if (zeros < (n / 2) * 0.02) return !readsAsChinese(bytes, n);
  // The zeros may be the high bytes of ASCII or the low bytes of ideographs like 开 (U+5F00),
  // so either byte order may be the right one: text when one of them reads without controls.
  const fewest = Math.min(utf16Controls(bytes, n, 'le'), utf16Controls(bytes, n, 'be'));
  return fewest > (n / 2) * 0.02;
}

/** C0 control codes that text never has (tab, line breaks, form feed and escape aside). */
function isControl(code: number): boolean {
  return code < 0x09 || (code > 0x0d && code < 0x20 && code !== 0x1b);
}

/**
 * True when the first n bytes, read as UTF-16 in one byte order, are mostly Han characters and
 * CJK punctuation with no control characters — which random bytes or a byte table never are.
 */
function readsAsChinese(bytes: Uint8Array, n: number): boolean {
  const units = n >> 1;
  if (units < 16) return false;
  for (const order of ['le', 'be'] as const) {
    let chinese = 0;
    let bad = 0;
    for (let i = 0; i + 1 < n; i += 2) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      const code = order === 'le' ? a | (b << 8) : (a << 8) | b;
      if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f)) chinese += 1;
      else if (code >= 0xff00 && code <= 0xffef) chinese += 1;
      else if (code === 0 || isControl(code)) bad += 1;
    }
    if (bad === 0 && chinese >= units * 0.5) return true;
  }
  return false;
}

/** The byte order a UTF-16 byte-order mark names, or null. */
function utf16Bom(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return null;
}

/** Control characters (NUL included) among the first n bytes read as UTF-16 in that order. */
function utf16Controls(bytes: Uint8Array, n: number, order: 'le' | 'be'): number {
  let control = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const code = order === 'le' ? a | (b << 8) : (a << 8) | b;
    if (code === 0 || isControl(code)) control += 1;
  }
  return control;
}
