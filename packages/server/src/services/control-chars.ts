/** True for C0 control characters and DEL: never part of a file name a person typed. */
function isControl(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

/**
 * A name with its control characters replaced (a zip entry or an upload may carry any bytes,
 * and such a name must neither break a message nor a Content-Disposition header).
 */
export function replaceControlChars(name: string, replacement = ''): string {
  return [...name].map((ch) => (isControl(ch) ? replacement : ch)).join('');
}
