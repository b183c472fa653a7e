import { chineseDate, citing } from '../law.js';
import type { NoticeTemplate } from '../types.js';

/**
 * 延期答复告知书: approved by the head of the OGI office, at most 20 working days.
 * @see 条例第三十三条第二款
 */
export const EXTENSION: NoticeTemplate = {
  kind: 'extension',
  title: '政府信息公开申请延期答复告知书',
  remedies: false,
  articles: () => ['第三十三条第二款'],
  decision: (input) => [
    `因${input.details?.trim() || '您申请的政府信息内容较多，需要一定时间检索、整理'}，本机关不能在20个工作日内作出答复。${citing(['第三十三条第二款'])}，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日${input.extendedTo ? `，本机关将于${chineseDate(input.extendedTo)}前作出答复` : ''}。`,
  ],
};
