/** Longest excerpt a finding quotes, in characters. */
const MAX = 60;

/**
 * The part of a line a finding quotes: the match itself with a little context on each side,
 * trimmed, marked with `…` where it was cut. A match too long to quote whole keeps its start and
 * its end (where the figure usually is), cut in the middle.
 */
export function excerptOf(line: string, start: number, end: number, context = 12): string {
  if (end - start > MAX) {
    const half = MAX / 2 - 1;
    const head = line.slice(start, start + half).trimStart();
    const tail = line.slice(end - half, end).trimEnd();
    return `${start > 0 ? '…' : ''}${head}…${tail}${end < line.length ? '…' : ''}`;
  }
  const from = Math.max(0, start - context);
  const to = Math.min(line.length, Math.max(end + context, from + 1));
  let text = line.slice(from, to).trim();
  if (text.length > MAX) text = text.slice(0, MAX);
  return `${from > 0 ? '…' : ''}${text}${to < line.length ? '…' : ''}`;
}
