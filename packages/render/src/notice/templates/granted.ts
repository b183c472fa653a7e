import { citing, detailsParagraph } from '../law.js';
import type { NoticeTemplate } from '../types.js';

/** 予以公开 of information already disclosed is answered by saying where it is. */
const ALREADY_PUBLIC = '第三十六条第（一）项';
const DISCLOSABLE = '第三十六条第（二）项';

/**
 * 三（一）予以公开: the information is provided, or — when it is already public — the applicant is
 * told where and how to get it.
 * @see 条例第三十六条第（一）项、第（二）项
 */
export const GRANTED: NoticeTemplate = {
  kind: 'granted',
  title: '政府信息公开申请答复告知书',
  remedies: true,
  articles: (input) => [input.alreadyPublishedAt ? ALREADY_PUBLIC : DISCLOSABLE],
  decision: (input) => [
    input.alreadyPublishedAt
      ? `经审查，您申请获取的政府信息已经主动公开。${citing([ALREADY_PUBLIC])}，现告知您获取该政府信息的方式和途径：${input.alreadyPublishedAt}。`
      : `经审查，您申请获取的政府信息属于公开范围。${citing([DISCLOSABLE])}，本机关决定予以公开，现随本告知书向您提供该政府信息。`,
    ...detailsParagraph(input.details),
  ],
};
