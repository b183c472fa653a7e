import type { TagAttributes } from './html-stream.js';

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
  attribs: Readonly<TagAttributes>,
  insideContent: boolean,
): SkipReason {
  if (NEVER_TEXT.has(name)) return 'never-text';
  const style = attribs.style;
  if ((style !== undefined && HIDDEN_STYLE.test(style)) || attribs.hidden !== undefined)
    return 'hidden';
  if (name === 'nav') return 'chrome';
  if (name === 'footer') return insideContent ? null : 'chrome';
  if (name === 'a' && /^\s*javascript:/iu.test(attribs.href ?? '')) return 'chrome';
  if (CHROME_CANDIDATES.has(name) && (namesChrome(attribs.class) || namesChrome(attribs.id)))
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
