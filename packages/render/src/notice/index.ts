/**
 * 告知书: the notices of 依申请公开 casework (replies per table 三 outcome, 补正, 延期, 征求意见,
 * 收费) as templates in a registry, filled from a plain {@link NoticeInput} and written as DOCX.
 */
export type { NoticeInput, NoticeFee, NoticeText, NoticeTemplate } from './types.js';
export { REMEDIES, REGULATION, FEE_MEASURES } from './law.js';
export {
  REPLY_TEMPLATES,
  PROCEDURAL_TEMPLATES,
  noticeTemplate,
  type ProceduralNoticeKind,
} from './registry.js';
export { noticeText, noticeFileName } from './notice-text.js';
export { renderNotice } from './render-notice.js';
