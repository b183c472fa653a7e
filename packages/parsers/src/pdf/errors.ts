import { XxgkError } from '@xxgk/model';

/** How a file is named in messages: its name, or a neutral phrase when the caller gave none. */
export function shownName(fileName: string | undefined): string {
  return fileName ? `文件「${fileName}」` : '该 PDF 文件';
}

/** A PDF without a text layer: a scan that needs OCR first. */
export function scannedError(fileName: string | undefined): XxgkError {
  const name = fileName ? `文件「${fileName}」` : '该 PDF 文件';
  return new XxgkError(
    'input.scanned',
    `${name}是扫描件（没有文字层），需要先做文字识别（OCR）才能读取`,
  );
}

/** A PDF that holds neither text nor images: nothing to read. */
export function emptyPdfError(fileName: string | undefined): XxgkError {
  return new XxgkError('input.empty', `${shownName(fileName)}没有任何文字内容，无法读取报告`);
}

/** A PDF that needs a password to open. */
export function encryptedError(fileName: string | undefined, cause?: unknown): XxgkError {
  return new XxgkError(
    'input.unreadable',
    `${shownName(fileName)}已加密（需要密码才能打开），无法读取；请提供未加密的版本`,
    { cause },
  );
}

/** A damaged file, or one that is not a PDF at all. */
export function brokenPdfError(fileName: string | undefined, cause?: unknown): XxgkError {
  return new XxgkError(
    'input.unreadable',
    `${shownName(fileName)}不是有效的 PDF 文件或已损坏，无法读取`,
    { cause },
  );
}
