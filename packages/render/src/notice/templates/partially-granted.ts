import { citing, detailsParagraph } from '../law.js';
import type { NoticeTemplate } from '../types.js';

const ARTICLES = ['第三十七条', '第三十六条第（三）项'];

/**
 * 三（二）部分公开: the disclosable part is separated and provided, the reasons for withholding
 * the rest are given.
 * @see 条例第三十七条
 */
export const PARTIALLY_GRANTED: NoticeTemplate = {
  kind: 'partiallyGranted',
  title: '政府信息公开申请答复告知书',
  remedies: true,
  articles: () => ARTICLES,
  decision: (input) => [
    `经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。${citing(ARTICLES)}，本机关对可以公开的部分予以公开，现随本告知书向您提供；对不应当公开的部分不予公开，理由如下：`,
    ...detailsParagraph(input.details ?? '（不予公开部分的理由）'),
  ],
};
