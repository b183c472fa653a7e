/** An opening or closing `<table>` tag. */
const TABLE_TAG = /<(\/?)table\b[^>]*>/giu;
/** Any tag or comment. */
const ANY_TAG = /<[a-z!/][^>]*>/iu;
/** Markdown marks a line's text may carry: heading hashes, bold, backslash escapes. */
const HEADING_HASHES = /^#{1,6}\s+/u;
const BOLD = /\*\*(.+?)\*\*|__(.+?)__/gu;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|"])/gu;

/** The text of one Markdown line as HTML: marks removed, `&` and `<` escaped. */
function lineAsHtml(line: string): string {
  const text = line
    .trim()
    .replace(HEADING_HASHES, '')
    .replace(BOLD, (_all, a?: string, b?: string) => a ?? b ?? '')
    .replace(ESCAPE, '$1');
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

/**
 * A plain-text or Markdown document that holds HTML tables (a web page captured to Markdown
 * keeps its merged-cell tables as `<table>` markup) rewritten so that each line of its text
 * outside the tables is a paragraph — as HTML, its line breaks would collapse and the report's
 * headings run into its paragraphs. Returns null for anything else: a page with markup of its
 * own outside its tables, or one with no text lines between them.
 */
export function textWithTables(html: string): string | null {
  const outside: string[] = [];
  const inside: string[] = [];
  let depth = 0;
  let last = 0;
  let tableStart = 0;
  for (const match of html.matchAll(TABLE_TAG)) {
    const at = match.index;
    if (match[1] === '') {
      if (depth === 0) {
        outside.push(html.slice(last, at));
        tableStart = at;
      }
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0) {
        last = at + match[0].length;
        inside.push(html.slice(tableStart, last));
      }
    }
  }
  if (depth !== 0 || inside.length === 0) return null;
  outside.push(html.slice(last));
  let lines = 0;
  for (const text of outside) {
    if (ANY_TAG.test(text)) return null;
    for (const line of text.split(/\r\n|\r|\n/u)) if (line.trim() !== '') lines += 1;
  }
  if (lines < 2) return null;
  const paragraphs = (text: string): string =>
    text
      .split(/\r\n|\r|\n/u)
      .filter((line) => line.trim() !== '')
      .map((line) => `<p>${lineAsHtml(line)}</p>`)
      .join('\n');
  let out = paragraphs(outside[0] ?? '');
  for (let i = 0; i < inside.length; i += 1)
    out += `\n${inside[i] ?? ''}\n${paragraphs(outside[i + 1] ?? '')}`;
  return out;
}
