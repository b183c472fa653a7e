import { BlockList, newTable, type CellNode, type TableNode } from './content-tree.js';
import { isBlock, skipReason, type SkipReason } from './element-rules.js';
import { streamHtml, type TagAttributes } from './html-stream.js';
import { collectMeta, type PageMeta } from './page-hints.js';

/** What one pass over a page collects. */
export interface CollectedPage {
  /** The page's blocks in document order. */
  body: BlockList;
  meta: PageMeta;
  /** True when a table was left out because it was hidden (see {@link collectPage}). */
  hiddenTable: boolean;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CONTENT = new Set(['article', 'main', 'section']);

interface OpenElement {
  name: string;
  skip: SkipReason;
}

interface OpenTable {
  node: TableNode;
  /** Where the table stands; text strayed between its rows goes there, as browsers do. */
  parent: BlockList;
  row: CellNode[] | null;
  cell: CellNode | null;
  inCaption: boolean;
}

/**
 * Reads a page in one streaming pass (html-stream.ts; no DOM is built) into blocks of text and
 * tables. Content that is never displayed (scripts, styles, Word's `<xml>` properties,
 * conditional comments, form controls), hidden elements and page furniture (see
 * element-rules.ts) are left out. With `keepHidden`, hidden elements are read too: some
 * CMSs ship the article in a hidden element that a script reveals.
 */
export function collectPage(html: string, keepHidden = false): CollectedPage {
  const body = new BlockList();
  const meta: PageMeta = {};
  const stack: OpenElement[] = [];
  const tables: OpenTable[] = [];
  let skipDepth = 0;
  /** Why the outermost skipped element is skipped. */
  let skipRoot: SkipReason = null;
  let hiddenTable = false;
  let inTitle = false;
  /** Open <pre> elements, the text they have collected and where it goes. */
  let preDepth = 0;
  let preText = '';
  let preTarget: BlockList | null = null;
  /** Open <article>, <main>, <section>: a <footer> inside one is the report's, not the site's. */
  let contentDepth = 0;
  let title = '';

  const current = (): BlockList => {
    const t = tables[tables.length - 1];
    if (!t) return body;
    if (t.cell) return t.cell.content;
    return t.inCaption ? t.node.caption : t.parent;
  };

  const closeCell = (t: OpenTable): void => {
    t.cell?.content.breakLine();
    t.cell = null;
  };

  streamHtml(html, {
    onopentag(name, attribs) {
      if (name === 'meta') collectMeta(attribs, meta);
      if (skipDepth > 0) {
        stack.push({ name, skip: 'never-text' });
        skipDepth++;
        if (name === 'table' && skipRoot === 'hidden') hiddenTable = true;
        return;
      }
      let skip = skipReason(name, attribs, contentDepth > 0);
      if (skip === 'hidden') {
        if (name === 'table') hiddenTable = true;
        if (keepHidden) skip = null;
      }
      // A footnote mark after a row label (数量<sup>①</sup>, Word's [1]) is not part of it.
      if (!skip && tables[tables.length - 1]?.cell && isFootnoteMark(name, attribs))
        skip = 'never-text';
      stack.push({ name, skip });
      if (CONTENT.has(name) && !skip) contentDepth++;
      if (skip) {
        skipDepth++;
        skipRoot = skip;
        return;
      }
      if (name === 'title') {
        inTitle = true;
        return;
      }
      if (name === 'pre') {
        if (preDepth++ === 0) {
          preTarget = current();
          preTarget.breakLine();
          preText = '';
        }
        return;
      }
      if (preDepth > 0 && name === 'br' && current() === preTarget) {
        preText += '\n';
        return;
      }
      const t = tables[tables.length - 1];
      switch (name) {
        case 'table': {
          const node = newTable();
          const parent = current();
          if (t) t.node.hasNestedTable = true;
          parent.table(node);
          tables.push({ node, parent, row: null, cell: null, inCaption: false });
          return;
        }
        case 'tr':
          if (t) {
            closeCell(t);
            t.row = [];
            t.node.rows.push(t.row);
            return;
          }
          break;
        case 'td':
        case 'th':
          if (t) {
            closeCell(t);
            if (!t.row) {
              t.row = [];
              t.node.rows.push(t.row);
            }
            t.cell = {
              content: new BlockList(),
              rowSpan: span(attribs.rowspan, 1),
              colSpan: span(attribs.colspan, 1),
            };
            t.row.push(t.cell);
            return;
          }
          break;
        case 'caption':
          if (t) {
            closeCell(t);
            t.inCaption = true;
            return;
          }
          break;
        case 'img':
          // A table published as a picture leaves its place in the text (see IMAGE_LINE);
          // icons and spacer GIFs, a few pixels wide or high, are no table.
          if (!isIcon(attribs)) current().image();
          return;
      }
      // A <br> in a heading wraps a title over two lines; the heading is still one line.
      if (name === 'br' && stack.some((e) => HEADINGS.has(e.name))) current().text('\n');
      else if (isBlock(name)) current().breakLine();
    },

    onclosetag(name) {
      const open = stack.pop();
      if (open?.skip) {
        skipDepth--;
        return;
      }
      if (CONTENT.has(name)) contentDepth--;
      if (name === 'pre') {
        if (--preDepth === 0 && preTarget) {
          if (preText.trim() !== '') preTarget.pre(preText);
          preTarget = null;
        }
        return;
      }
      if (name === 'title') {
        inTitle = false;
        meta.title ??= title;
        return;
      }
      const t = tables[tables.length - 1];
      if (t) {
        switch (name) {
          case 'table':
            closeCell(t);
            t.node.caption.breakLine();
            tables.pop();
            current().breakLine();
            return;
          case 'tr':
            closeCell(t);
            t.row = null;
            return;
          case 'td':
          case 'th':
            closeCell(t);
            return;
          case 'caption':
            t.node.caption.breakLine();
            t.inCaption = false;
            return;
        }
      }
      if (name !== 'br' && isBlock(name)) current().breakLine();
    },

    ontext(data) {
      if (skipDepth > 0) return;
      if (inTitle) title += data;
      else if (preDepth > 0 && current() === preTarget) preText += data;
      else current().text(data);
    },
  });
  body.breakLine();
  return { body, meta, hiddenTable };
}

/** Word's footnote and endnote references: `<a href="#_ftn1" style="mso-footnote-id:ftn1">`. */
const FOOTNOTE_LINK = /^#_(?:ftn|edn)\d/u;

/** True for a superscript or a Word footnote/endnote reference: a mark, never a label's text. */
function isFootnoteMark(name: string, attribs: Readonly<TagAttributes>): boolean {
  if (name === 'sup') return true;
  return name === 'a' && FOOTNOTE_LINK.test(attribs.href ?? '');
}

/** Below this many pixels wide or high (as the markup says), a picture is an icon or a spacer. */
const ICON_PIXELS = 48;

/** True for an `<img>` whose width or height attribute makes it an icon or a spacer. */
function isIcon(attribs: Readonly<TagAttributes>): boolean {
  for (const size of [attribs.width, attribs.height]) {
    if (size === undefined) continue;
    const n = Number.parseInt(size, 10);
    if (Number.isFinite(n) && n < ICON_PIXELS) return true;
  }
  return false;
}

/** A rowspan/colspan attribute: a non-negative integer, `fallback` when absent or garbled. */
function span(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
