const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 * Every piece of report text passes through here: titles and narratives come from documents
 * published on the open web and may contain markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Escapes text for a Markdown pipe-table cell or paragraph: characters that would start
 * emphasis, links, code, HTML or a cell boundary are backslash-escaped, line breaks inside a
 * cell become spaces.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\r\n]+/gu, ' ').replace(/[\\`*_[\]<>|]/gu, (ch) => `\\${ch}`);
}

/**
 * Escapes one line of Markdown paragraph text: inline escapes plus markers that would turn the
 * line into a heading, list, quote or rule when they open it.
 */
export function escapeMarkdownLine(text: string): string {
  const inline = escapeMarkdownInline(text);
  return inline.replace(/^(\s*)([#>+\-=]|\d+[.)])/u, (_m, space: string, marker: string) => {
    const last = marker.slice(-1);
    return `${space}${marker.slice(0, -1)}\\${last}`;
  });
}
