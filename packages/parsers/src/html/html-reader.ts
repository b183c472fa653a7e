import { withoutCutMarkup } from '../cut-figure.js';
import { decodeHtml } from '../decode.js';
import type { DocumentReader, ReadOptions, SourceDocument } from '../source-document.js';
import { collectPage } from './collect.js';
import { emitLines } from './emit-lines.js';
import { publishedOnHint, titleHint } from './page-hints.js';
import { sniffHtml } from './sniff-html.js';
import { textWithTables } from './text-with-tables.js';

/**
 * Reads an HTML page (a site's article page, Word's "save as web page", a bare table
 * fragment) into source lines: block text as `text` lines, every data table as `row` lines
 * of its expanded grid. See collect.ts and emit-lines.ts.
 */
export function readHtml(input: string): SourceDocument {
  // A partial capture may stop inside a figure (<td>12 of 123): that cell is left out; or
  // inside a tag (321</t): the tag is dropped.
  const source = withoutCutMarkup(input);
  // Text or Markdown around HTML tables (a page captured to Markdown): its lines are paragraphs.
  const html = (/^\s*</u.test(source) ? null : textWithTables(source)) ?? source;
  let page = collectPage(html);
  let lines = emitLines(page.body);
  // A page whose only tables are hidden ships its article for a script to reveal: read it.
  if (page.hiddenTable && !lines.some((l) => l.kind === 'row')) {
    page = collectPage(html, true);
    lines = emitLines(page.body);
  }
  const hints: NonNullable<SourceDocument['hints']> = {};
  const title = titleHint(page.meta);
  const publishedOn = publishedOnHint(page.meta);
  if (title) hints.title = title;
  if (publishedOn) hints.publishedOn = publishedOn;
  return { source: 'html', lines, hints };
}

/** The HTML {@link DocumentReader}: sniffs markup, decodes (BOM, meta charset, detection). */
export const htmlReader: DocumentReader = {
  kind: 'html',
  sniff: sniffHtml,
  read(bytes: Uint8Array, options: ReadOptions): Promise<SourceDocument> {
    try {
      return Promise.resolve(readHtml(decodeHtml(bytes, { fileName: options.fileName })));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};
