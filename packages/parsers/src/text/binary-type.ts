/** Magic numbers of binary files people may hand to xxgk, with a Chinese name for messages. */
const MAGIC: readonly (readonly [number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP 压缩格式的文件（如 DOCX、XLSX、OFD）'],
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
 * has. Zero bytes alone do not count: UTF-16 text has them at every other position.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (binaryKind(bytes)) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control += 1;
  }
  const zeros = evenZeros + oddZeros;
  const utf16Like = zeros > 0 && Math.max(evenZeros, oddZeros) >= zeros * 0.9;
  if (zeros > 0 && !utf16Like) return true;
  return control > n * 0.02;
}
