/** A piece between pipes longer than this holds running text, not one table cell. */
const MAX_CELL_CHARS = 40;
/** A heading ordinal after a space: where running text starts a new section. */
const INNER_HEADING = /\s[一二三四五六七八九十]{1,2}、/u;

/**
 * Splits a report captured as one single line (paragraphs, headings and table cells run
 * together, separated by single spaces and pipes) into the lines it was made of. Text between
 * two pipes is one cell, even when it holds a space (`本年新 制发数量`), unless it is long or
 * starts a section; running text is split at its spaces, which in Chinese text fall between
 * paragraphs, headings and titles rather than inside sentences. An empty piece between two
 * pipes is a blank cell (`''`).
 */
export function splitOneLine(line: string): string[] {
  const out: string[] = [];
  const parts = line.split('|');
  parts.forEach((part, k) => {
    const edge = k === 0 || k === parts.length - 1;
    const trimmed = part.trim();
    if (!edge && trimmed.length <= MAX_CELL_CHARS && !INNER_HEADING.test(part)) {
      out.push(trimmed);
      return;
    }
    for (const word of trimmed.split(/\s+/u)) if (word !== '') out.push(word);
  });
  return out;
}

/** True when a document is one of those captured on one line (or very few, very long ones). */
export function isOneLineDocument(lines: readonly string[]): boolean {
  let content = 0;
  let long = false;
  for (const line of lines) {
    if (line.length === 0 || (line.length < 8 && line.trim() === '')) continue;
    content += 1;
    if (content > 3) return false;
    if (line.length > 300) long = true;
  }
  return long;
}
