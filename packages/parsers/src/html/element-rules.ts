/**
 * Which elements carry the report and which are page furniture. Published reports sit inside
 * a site's page: navigation menus, breadcrumbs (当前位置), share and print/close links
 * (打印, 关闭, 字号), site footers (版权所有, 备案号). Their text would confuse the report
 * reader (a menu item "政府信息公开年度报告" looks like a title), so they are left out; anything
 * doubtful is kept, since the report reader copes with stray lines but not with lost ones.
 */

/** Elements whose content is never shown as text. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  // Word's document properties: <xml><w:WordDocument>…</xml>
  'xml',
  'select',
  'option',
  'optgroup',
  'button',
  'textarea',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'map',
  'audio',
  'video',
]);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/** Elements a class or id may mark as page furniture. */
const CHROME_CANDIDATES = new Set(['div', 'ul', 'ol', 'dl', 'section', 'aside', 'span', 'p', 'a']);

/** class / id words (split at spaces, `-` and `_`) that name navigation, sharing or a site footer. */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'submenu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'position',
  'location',
  // 当前位置 in pinyin initials, common in older CMS templates.
  'dqwz',
  'share',
  'bdsharebuttonbox',
  'bdshare',
  'jiathis',
  'footer',
  'foot',
  'copyright',
  'sidebar',
  'topbar',
  'toolbar',
]);

/** Elements that hold the report's own content: a `<footer>` inside one is the report's. */
const CONTENT = new Set(['article', 'main', 'section']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * What the rules above say of one element name. The reader looks this up once per tag
 * instead of asking four sets on every open and two on every close: the tag names come fresh
 * from the parser, so each set lookup hashed and compared a new string.
 */
export interface ElementKind {
  /** Its content is never shown as text (see `NEVER_TEXT`). */
  readonly neverText: boolean;
  /** It starts and ends a line of text. */
  readonly block: boolean;
  /** A class or id may mark it as page furniture. */
  readonly chromeCandidate: boolean;
  /** `<article>`, `<main>`, `<section>`. */
  readonly content: boolean;
  /** `<h1>` … `<h6>`. */
  readonly heading: boolean;
}

const KINDS = new Map<string, ElementKind>();
for (const name of [...NEVER_TEXT, ...BLOCKS, ...CHROME_CANDIDATES, ...CONTENT, ...HEADINGS])
  KINDS.set(
    name,
    Object.freeze({
      neverText: NEVER_TEXT.has(name),
      block: BLOCKS.has(name),
      chromeCandidate: CHROME_CANDIDATES.has(name),
      content: CONTENT.has(name),
      heading: HEADINGS.has(name),
    }),
  );
/** Any other element (`<td>`, `<tr>`, `<b>`…): none of the above. */
const PLAIN: ElementKind = Object.freeze({
  neverText: false,
  block: false,
  chromeCandidate: false,
  content: false,
  heading: false,
});

/** What the rules say of the element `name` (a lower-case tag name). */
export function elementKind(name: string): ElementKind {
  return KINDS.get(name) ?? PLAIN;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/iu;

/** Why an element's content is left out, or null if it is read. */
export type SkipReason = 'never-text' | 'hidden' | 'chrome' | null;

/**
 * Decides whether an element's content is read. `insideContent` (inside an `<article>`,
 * `<main>` or `<section>`) keeps a `<footer>` that belongs to the report (its signature and
 * date) rather than to the site.
 */
export function skipReason(
  name: string,
  attribs: Readonly<Record<string, string>>,
  insideContent: boolean,
  kind: ElementKind = elementKind(name),
): SkipReason {
  if (kind.neverText) return 'never-text';
  const style = attribs.style;
  if ((style !== undefined && HIDDEN_STYLE.test(style)) || attribs.hidden !== undefined)
    return 'hidden';
  if (name === 'nav') return 'chrome';
  if (name === 'footer') return insideContent ? null : 'chrome';
  if (name === 'a' && /^\s*javascript:/iu.test(attribs.href ?? '')) return 'chrome';
  if (kind.chromeCandidate && (namesChrome(attribs.class) || namesChrome(attribs.id)))
    return 'chrome';
  return null;
}

function namesChrome(value: string | undefined): boolean {
  if (!value) return false;
  for (const word of value.toLowerCase().split(/[\s_-]+/u)) if (CHROME_WORDS.has(word)) return true;
  return false;
}

/** True for elements that break the text into lines. */
export function isBlock(name: string): boolean {
  return BLOCKS.has(name);
}
