import { isXxgkError, XxgkError } from '@xxgk/model';

/**
 * Any failure as an {@link XxgkError} fit to show a person: typed errors pass through, anything
 * else (a bug) becomes `internal` with a short Chinese message and never a stack trace.
 */
export function toXxgkError(error: unknown, fileName?: string): XxgkError {
  if (isXxgkError(error)) return error;
  const where = fileName === undefined ? '' : `处理 ${fileName} 时`;
  const detail = error instanceof Error && error.message ? `（${error.message}）` : '';
  return new XxgkError(
    'internal',
    `${where}发生内部错误${detail}，请将该文件报告给 xxgk 维护者。`,
    {
      cause: error,
    },
  );
}

/** The message of a failure about a file, naming the file when the message does not already. */
export function describeFailure(error: XxgkError, fileName: string): string {
  return error.message.includes(fileName) ? error.message : `${fileName}：${error.message}`;
}
