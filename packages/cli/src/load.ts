import { readFile } from 'node:fs/promises';
import type { ParsedDocument } from '@xxgk/model';
import { XxgkError } from '@xxgk/model';
import { parseDocument } from '@xxgk/parsers';

/** A failure to read `file` from disk as a typed error with a Chinese message naming it. */
export function readFailure(error: unknown, file: string): XxgkError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT')
    return new XxgkError('input.not-found', `找不到文件 ${file}`, { cause: error });
  if (code === 'EISDIR')
    return new XxgkError('input.unreadable', `${file} 是一个文件夹，不是文件`, { cause: error });
  if (code === 'EACCES' || code === 'EPERM')
    return new XxgkError('input.unreadable', `没有读取 ${file} 的权限`, { cause: error });
  return new XxgkError('input.unreadable', `无法读取文件 ${file}`, { cause: error });
}

/**
 * Reads a file as bytes and parses it: any document xxgk reads or a report JSON. Failures are
 * {@link XxgkError}s with a Chinese message naming the file.
 */
export async function loadDocument(file: string): Promise<ParsedDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw readFailure(error, file);
  }
  return parseDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    fileName: file,
  });
}
