import type { TagAttributes } from './html-stream.js';

/**
 * Metadata a government page states outside its text. Chinese government sites follow the
 * 政府网站网页设计规范, whose `<meta name="ArticleTitle">` and `<meta name="PubDate">` give the
 * article's title and publication date; otherwise the `<title>` names the article, usually
 * followed by the column and site (`…年度报告_政务公开_某某市人民政府`).
 */

/** What the page's head says about the article. */
export interface PageMeta {
  articleTitle?: string;
  pubDate?: string;
  title?: string;
}

/** Records a `<meta name=… content=…>` of interest into `meta`. */
export function collectMeta(attribs: Readonly<TagAttributes>, meta: PageMeta): void {
  const name = (attribs.name ?? attribs.property ?? '').toLowerCase();
  const content = attribs.content?.trim();
  if (!content) return;
  if (name === 'articletitle') meta.articleTitle ??= content;
  else if (
    name === 'pubdate' ||
    name === 'publishdate' ||
    name === 'firstpublishedtime' ||
    // Open Graph's article date, which some CMS templates print instead of PubDate.
    name === 'article:published_time'
  )
    meta.pubDate ??= content;
}

/** The article title: ArticleTitle, else the `<title>` segment that names a report. */
export function titleHint(meta: PageMeta): string | undefined {
  if (meta.articleTitle) return meta.articleTitle;
  const title = meta.title?.replace(/\s+/gu, ' ').trim();
  if (!title) return undefined;
  const segments = title
    .split(/\s*(?:_|\||｜|--|——|\s-\s|\s—\s|\s－\s)\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return segments.find((s) => /报告|報告/u.test(s)) ?? title;
}

/** The publication date as an ISO date, when PubDate holds a valid one. */
export function publishedOnHint(meta: PageMeta): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u.exec(meta.pubDate ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
