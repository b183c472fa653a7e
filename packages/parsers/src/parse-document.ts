import { isXxgkError, XxgkError, type ParsedDocument } from '@xxgk/model';
import { decodeText } from './decode.js';
import { READERS } from './readers.js';
import { readReportJson, looksLikeJson } from './report-reader/json-report.js';
import { readReport, readReportText } from './report-reader/read-report.js';
import type { ReadOptions } from './source-document.js';
import { binaryKind } from './text/binary-type.js';
import { textReader } from './text/text-reader.js';

function named(options: ReadOptions): string {
  return options.fileName ? `文件“${options.fileName}”` : '该文档';
}

/** Anything unexpected becomes a Chinese message; a person never sees a stack trace. */
function asXxgkError(error: unknown, options: ReadOptions): XxgkError {
  if (isXxgkError(error)) return error;
  const detail = error instanceof Error && error.message ? `（${error.message}）` : '';
  return new XxgkError('internal', `读取${named(options)}时出现内部错误${detail}，请报告此问题。`, {
    cause: error,
  });
}

/**
 * Reads any document xxgk supports (plain text, the readers registered in `readers.ts`, or a
 * report JSON) from its bytes into a report, with where each cell came from.
 * @throws XxgkError with a Chinese message naming the file and the reason: `input.empty`,
 *   `input.unsupported` (a binary type no reader reads), `input.unreadable` (text in no known
 *   encoding), `input.invalid-json`, `input.not-report`, `input.no-tables`.
 */
export async function parseDocument(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ParsedDocument> {
  try {
    if (bytes.length === 0)
      throw new XxgkError('input.empty', `${named(options)}是空的（0 字节）。`);
    const reader = READERS.find((r) => r.sniff(bytes, options.fileName));
    if (!reader || (reader.kind === 'text' && binaryKind(bytes))) {
      const kind = binaryKind(bytes);
      throw new XxgkError(
        'input.unsupported',
        `${named(options)}是${kind ?? '无法识别的二进制文件'}，xxgk 不能读取这种文件。可读取的是纯文本、HTML、DOCX、PDF 格式的年度报告，以及年度报告 JSON。`,
      );
    }
    if (reader === textReader) {
      const text = decodeText(bytes, options.fileName ? { fileName: options.fileName } : {});
      if (text.trim() === '') throw new XxgkError('input.empty', `${named(options)}没有任何内容。`);
      if (looksLikeJson(bytes, options.fileName)) return readReportJson(text, options.fileName);
      // Plain text goes straight from its layout into the report reader: the same result as
      // reading the text reader's SourceDocument, without building it.
      return readReportText(text, options);
    }
    const doc = await reader.read(bytes, options);
    return readReport(doc, options);
  } catch (error) {
    throw asXxgkError(error, options);
  }
}

/**
 * Reads a report from text already decoded (e.g. pasted into a form).
 * @throws XxgkError as {@link parseDocument}.
 */
export function parseText(text: string, options: ReadOptions = {}): ParsedDocument {
  try {
    if (text.trim() === '')
      throw new XxgkError('input.empty', `${named(options)}没有任何文字内容。`);
    return readReportText(text, options);
  } catch (error) {
    throw asXxgkError(error, options);
  }
}
