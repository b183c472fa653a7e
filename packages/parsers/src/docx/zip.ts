import { XxgkError } from '@xxgk/model';
import { Inflate, inflateSync } from 'fflate';

/**
 * Limits that keep a hostile archive from exhausting memory or time. A real annual report is a
 * few hundred kilobytes; these are two orders of magnitude above that.
 */
export interface ZipLimits {
  /** Largest archive accepted, in bytes. */
  maxArchiveBytes: number;
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Largest total of the uncompressed sizes of the entries extracted. */
  maxExtractedBytes: number;
  /** Largest uncompressed-to-compressed ratio of one entry above {@link ratioFloorBytes}. */
  maxRatio: number;
  /** Entries smaller than this are never judged by their ratio (tiny files compress oddly). */
  ratioFloorBytes: number;
}

/** The limits every DOCX is read under. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
  maxExtractedBytes: 100 * 1024 * 1024,
  maxRatio: 300,
  ratioFloorBytes: 1024 * 1024,
};

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** Input is pushed to the inflater in slices this big, so a lying size is caught early. */
const INFLATE_SLICE = 16 * 1024;
/**
 * Entries up to this compressed size are inflated in one call into a buffer one byte longer
 * than declared (a longer result is caught afterwards); deflate expands at most 1032-fold, so
 * a lie costs at most ~250 MB of discarded writes. Larger entries go through the streaming
 * inflater, which stops as soon as the output passes the declared size.
 */
const ONE_SHOT_LIMIT = 256 * 1024;
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** A ZIP archive whose directory has been read and checked; entries are inflated on demand. */
export class ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private extracted = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: Map<string, ZipEntry>,
    private readonly label: string,
    private readonly limits: ZipLimits,
  ) {
    this.entries = entries;
  }

  /**
   * Reads and checks the central directory: size and entry-count limits, names that would
   * escape a folder, duplicate names. Throws `XxgkError` (`input.too-large` or
   * `input.unreadable`) with a message naming the file.
   */
  static open(bytes: Uint8Array, fileName?: string, limits = DEFAULT_ZIP_LIMITS): ZipArchive {
    const label = fileName ? `文件“${fileName}”` : '该文件';
    if (bytes.length > limits.maxArchiveBytes)
      throw new XxgkError(
        'input.too-large',
        `${label}大小为 ${mb(bytes.length)}，超过了 ${mb(limits.maxArchiveBytes)} 的上限，无法读取。`,
      );
    const entries = readDirectory(bytes, label, limits);
    return new ZipArchive(bytes, entries, label, limits);
  }

  /** True when the archive lists this entry. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The entry's bytes, or undefined when the archive has no such entry. Enforces the ratio and
   * extracted-total limits and checks the inflated size against the directory.
   */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const { label, limits } = this;
    if (entry.encrypted)
      throw new XxgkError('input.unreadable', `${label}中的“${name}”已加密，无法读取。`);
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio)
      throw new XxgkError(
        'input.unreadable',
        `${label}中的“${name}”压缩比异常（${mb(entry.compressedSize)} 解压后为 ${mb(entry.size)}），疑似压缩炸弹，已拒绝读取。`,
      );
    this.extracted += entry.size;
    if (this.extracted > limits.maxExtractedBytes)
      throw new XxgkError(
        'input.too-large',
        `${label}解压后超过 ${mb(limits.maxExtractedBytes)} 的上限，无法读取。`,
      );
    const data = this.rawData(entry);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw corrupt(label);
      return data;
    }
    if (entry.method !== 8)
      throw new XxgkError(
        'input.unreadable',
        `${label}中的“${name}”使用了不支持的压缩方式（${entry.method}），无法读取。`,
      );
    return inflateExactly(data, entry.size, label, name);
  }

  /** Reads an entry as text (UTF-8, or UTF-16 when it starts with a byte-order mark). */
  readText(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes === undefined ? undefined : decodeXml(bytes);
  }

  private rawData(entry: ZipEntry): Uint8Array {
    const { bytes, label } = this;
    const at = entry.localOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== SIG_LOCAL) throw corrupt(label);
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw corrupt(label);
    return bytes.subarray(start, end);
  }
}

/** Decodes an XML part: UTF-16 when a byte-order mark says so, else UTF-8 (BOM dropped). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

function readDirectory(bytes: Uint8Array, label: string, limits: ZipLimits): Map<string, ZipEntry> {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) throw corrupt(label);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== SIG_EOCD64_LOCATOR) throw corrupt(label);
    const at = u64(bytes, locator + 8);
    if (at + 56 > bytes.length || u32(bytes, at) !== SIG_EOCD64) throw corrupt(label);
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  if (count > limits.maxEntries)
    throw new XxgkError(
      'input.too-large',
      `${label}包含 ${count} 个压缩条目，超过了 ${limits.maxEntries} 个的上限，无法读取。`,
    );
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== SIG_CENTRAL) throw corrupt(label);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw corrupt(label);
    const rawName = bytes.subarray(at + 46, nameEnd);
    // Bit 11 marks UTF-8 names; older writers use the system code page, which never matters
    // for the ASCII part names a DOCX is read by.
    const name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const zip64 = zip64Extra(bytes, nameEnd, extraLength);
      if (!zip64) throw corrupt(label);
      let k = 0;
      const next = (): number => u64(bytes, zip64 + 8 * k++);
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localOffset === 0xffffffff) localOffset = next();
    }
    checkName(name, label);
    if (entries.has(name))
      throw new XxgkError('input.unreadable', `${label}中有重复的压缩条目“${name}”，已拒绝读取。`);
    entries.set(name, {
      name,
      method,
      compressedSize,
      size,
      localOffset,
      encrypted: (flags & 1) === 1,
    });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (bytes[at] === 0x50 && u32(bytes, at) === SIG_EOCD) return at;
  }
  return -1;
}

function zip64Extra(bytes: Uint8Array, start: number, length: number): number | undefined {
  let at = start;
  while (at + 4 <= start + length) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) return at + 4;
    at += 4 + size;
  }
  return undefined;
}

/** Names that would land outside the folder they are unpacked into (zip slip), or odd bytes. */
function checkName(name: string, label: string): void {
  const parts = name.split(/[/\\]/u);
  const hostile =
    name === '' ||
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-zA-Z]:/u.test(name) ||
    name.includes('\0') ||
    parts.includes('..');
  if (hostile)
    throw new XxgkError(
      'input.unreadable',
      `${label}中有非法的压缩条目路径“${name.replace(/\0/gu, '\\0')}”，已拒绝读取。`,
    );
}

function inflateExactly(data: Uint8Array, size: number, label: string, name: string): Uint8Array {
  if (data.length <= ONE_SHOT_LIMIT) {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(size + 1) });
    } catch (cause) {
      throw new XxgkError('input.unreadable', `${label}中的“${name}”已损坏，无法解压。`, { cause });
    }
    if (out.length > size) throw tooLarge(label, name, size);
    if (out.length !== size) throw corrupt(label);
    return out;
  }
  const out = new Uint8Array(size);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !overflow; at += INFLATE_SLICE) {
      const end = Math.min(data.length, at + INFLATE_SLICE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (cause) {
    throw new XxgkError('input.unreadable', `${label}中的“${name}”已损坏，无法解压。`, { cause });
  }
  if (overflow) throw tooLarge(label, name, size);
  if (length !== size) throw corrupt(label);
  return out;
}

function tooLarge(label: string, name: string, size: number): XxgkError {
  return new XxgkError(
    'input.unreadable',
    `${label}中的“${name}”解压后比声明的大小（${size} 字节）更大，疑似压缩炸弹，已拒绝读取。`,
  );
}

function corrupt(label: string): XxgkError {
  return new XxgkError(
    'input.unreadable',
    `${label}不是完整的 ZIP/DOCX 文件（可能已损坏或下载不完整）。`,
  );
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (
    ((b[at] ?? 0) |
      ((b[at + 1] ?? 0) << 8) |
      ((b[at + 2] ?? 0) << 16) |
      ((b[at + 3] ?? 0) << 24)) >>>
    0
  );
}

function u64(b: Uint8Array, at: number): number {
  // Sizes beyond 2^53 are far over every limit; the low and high words suffice.
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}
