import { XxgkError } from '@xxgk/model';
import { Inflate } from 'fflate';
import type { UploadLimits } from '../config.js';
import { replaceControlChars } from './control-chars.js';

/** One file out of an upload: a plain file, or an entry of an uploaded .zip. */
export interface UploadedItem {
  /** The name as given (for a zip entry: its path inside the archive). Data only, never a path. */
  fileName: string;
  bytes: Uint8Array;
  /** Set when the entry was not extracted, with the reason. */
  refused?: XxgkError;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const INFLATE_SLICE = 16 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>>
  0;

/** True when the bytes start like a ZIP archive (a DOCX is one too; see {@link isPlainArchive}). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

function corrupt(label: string): XxgkError {
  return new XxgkError(
    'input.unreadable',
    `${label}不是完整的 ZIP 压缩包（可能已损坏或下载不完整）。`,
  );
}

/**
 * Names inside a zip are UTF-8 when the archive says so (flag bit 11); Chinese Windows writes
 * them in GBK without saying so, which GB18030 decodes.
 */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder('utf-8').decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}

/** A name fit to show: control characters made visible, length bounded. */
function displayName(name: string): string {
  return replaceControlChars(name, '�').slice(0, 255);
}

/** Names that would land outside a folder they were unpacked into (zip slip). */
export function escapesFolder(name: string): boolean {
  const parts = name.split(/[/\\]/u);
  return (
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-zA-Z]:/u.test(name) ||
    name.includes('\0') ||
    parts.includes('..')
  );
}

function readDirectory(bytes: Uint8Array, label: string, limits: UploadLimits): Entry[] {
  const last = bytes.length - 22;
  let eocd = -1;
  for (let at = last; at >= Math.max(0, last - 0xffff); at -= 1)
    if (bytes[at] === 0x50 && u32(bytes, at) === SIG_EOCD) {
      eocd = at;
      break;
    }
  if (eocd < 0) throw corrupt(label);
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  // ZIP64 archives are for sizes far beyond every limit here.
  if (count === 0xffff || offset === 0xffffffff)
    throw new XxgkError('input.too-large', `${label}是 ZIP64 格式的超大压缩包，已拒绝。`);
  if (count > limits.maxZipEntries)
    throw new XxgkError(
      'input.too-large',
      `${label}包含 ${count} 个条目，超过了每个压缩包 ${limits.maxZipEntries} 个的上限，已拒绝。`,
    );
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== SIG_CENTRAL) throw corrupt(label);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > bytes.length) throw corrupt(label);
    entries.push({
      name: decodeName(bytes.subarray(at + 46, nameEnd), flags),
      method: u16(bytes, at + 10),
      flags,
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at = nameEnd + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/**
 * True when a ZIP is an archive of documents rather than a document itself: a DOCX, XLSX or
 * other Office Open XML file has a `[Content_Types].xml` and goes to the readers whole.
 */
export function isPlainArchive(bytes: Uint8Array, fileName: string, limits: UploadLimits): boolean {
  if (!looksLikeZip(bytes)) return false;
  try {
    return !readDirectory(bytes, `文件“${fileName}”`, limits).some(
      (e) => e.name === '[Content_Types].xml',
    );
  } catch {
    // An unreadable archive named .zip is reported by expandZip; anything else goes to the readers.
    return /\.zip$/iu.test(fileName);
  }
}

/** Inflates an entry, never producing more than its declared size (a lying size is a bomb). */
function inflateEntry(data: Uint8Array, size: number): Uint8Array | null {
  const out = new Uint8Array(size);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || length + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < data.length && !overflow; at += INFLATE_SLICE) {
    const end = Math.min(data.length, at + INFLATE_SLICE);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  return overflow || length !== size ? null : out;
}

const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/iu;

/**
 * Expands an uploaded .zip into its files, under limits that keep a hostile archive from
 * exhausting memory: the number of entries, the total expanded size (checked from the
 * directory before anything is inflated, and enforced while inflating), each entry's size and
 * compression ratio. Entry names are data only: nothing is written to disk, and a name that
 * tries to leave its folder is refused. Entries that cannot be extracted come back with the
 * reason, so the uploader sees every file of the archive accounted for.
 * @throws XxgkError `input.too-large` / `input.unreadable` for the archive as a whole.
 */
export function expandZip(
  bytes: Uint8Array,
  fileName: string,
  limits: UploadLimits,
): UploadedItem[] {
  const label = `压缩包“${fileName}”`;
  const entries = readDirectory(bytes, label, limits).filter((e) => !e.name.endsWith('/'));
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxZipExpandedBytes)
    throw new XxgkError(
      'input.too-large',
      `${label}解压后共 ${mb(declared)}，超过了 ${mb(limits.maxZipExpandedBytes)} 的上限，已拒绝。`,
    );
  if (entries.length === 0) throw new XxgkError('input.empty', `${label}中没有任何文件。`);
  const items: UploadedItem[] = [];
  for (const entry of entries) {
    const name = displayName(entry.name);
    const refuse = (
      code: 'input.unreadable' | 'input.too-large' | 'input.unsupported',
      message: string,
    ) =>
      items.push({
        fileName: name,
        bytes: new Uint8Array(0),
        refused: new XxgkError(code, message),
      });
    if (escapesFolder(entry.name)) {
      refuse('input.unreadable', `${label}中的条目“${name}”的路径试图跳出压缩包目录，已拒绝。`);
      continue;
    }
    if (JUNK.test(entry.name)) {
      refuse('input.unsupported', `“${name}”是操作系统生成的附属文件，不是年报，已跳过。`);
      continue;
    }
    if (entry.flags & 1) {
      refuse('input.unreadable', `${label}中的“${name}”已加密，无法读取。`);
      continue;
    }
    if (entry.size > limits.maxFileBytes) {
      refuse(
        'input.too-large',
        `${label}中的“${name}”解压后为 ${mb(entry.size)}，超过单个文件 ${mb(limits.maxFileBytes)} 的上限。`,
      );
      continue;
    }
    if (
      entry.size > limits.ratioFloorBytes &&
      entry.size > entry.compressedSize * limits.maxZipRatio
    ) {
      refuse(
        'input.unreadable',
        `${label}中的“${name}”压缩比异常（${mb(entry.compressedSize)} 解压后为 ${mb(entry.size)}），疑似压缩炸弹，已拒绝。`,
      );
      continue;
    }
    const at = entry.localOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== SIG_LOCAL) throw corrupt(label);
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw corrupt(label);
    const data = bytes.subarray(start, end);
    let content: Uint8Array | null;
    if (entry.method === 0) content = entry.compressedSize === entry.size ? data.slice() : null;
    else if (entry.method === 8) {
      try {
        content = inflateEntry(data, entry.size);
      } catch {
        content = null;
      }
    } else {
      refuse(
        'input.unreadable',
        `${label}中的“${name}”使用了不支持的压缩方式（${entry.method}），无法读取。`,
      );
      continue;
    }
    if (!content) {
      refuse(
        'input.unreadable',
        `${label}中的“${name}”已损坏，或解压后的大小与声明不符（疑似压缩炸弹），已拒绝。`,
      );
      continue;
    }
    if (looksLikeZip(content) && /\.zip$/iu.test(entry.name)) {
      refuse(
        'input.unsupported',
        `${label}中的“${name}”本身是压缩包；压缩包内的压缩包不会展开，请单独上传。`,
      );
      continue;
    }
    items.push({ fileName: name, bytes: content });
  }
  return items;
}
