/**
 * A JSON syntax error in Chinese: what is wrong and where (line and column), for the message of
 * `input.invalid-json`. The engine's own text is English and varies between Node versions, so
 * only its shape (the kind of error, the position) is read from it.
 */
export function jsonSyntaxReason(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/u.exec(message)?.[1];
  const where = position === undefined ? '' : `${lineAndColumn(text, Number(position))}：`;
  // A file cut off mid-value fails at its very end, whatever the engine calls the error.
  const atEnd = position !== undefined && Number(position) >= text.trimEnd().length;
  if (atEnd || /Unexpected end|Unterminated/iu.test(message))
    return `${where}内容在中途结束，文件可能不完整`;
  if (/after JSON/iu.test(message))
    return `${where}一个完整的 JSON 对象之后还有其他内容（多个文件的 JSON Lines 输出须每行分开保存）`;
  return `${where}语法错误`;
}

/** “第 L 行第 C 个字符” of a 0-based position in `text`. */
function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return `第 ${line} 行第 ${column} 个字符`;
}
