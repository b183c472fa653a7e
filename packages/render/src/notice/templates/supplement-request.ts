import { chineseDate, citing } from '../law.js';
import type { NoticeTemplate } from '../types.js';

const ARTICLES = ['第二十九条第二款', '第三十条'];

/**
 * `：<what to correct>` inside the sentence: lines joined with `；` (a line break in a run
 * prints as a space), without the clerk's closing punctuation (the sentence adds its own).
 */
function correction(text: string | undefined): string {
  const body =
    text
      ?.trim()
      .replace(/[。．.；;，,、]?\s*\n\s*/gu, '；')
      .replace(/[。．.；;，,、\s]+$/u, '') ?? '';
  return body ? `：${body}` : '';
}

/**
 * 补正通知书: sent once, within 7 working days of receipt, naming what to correct and by when;
 * the reply period runs again from the receipt of the correction.
 * @see 条例第三十条
 */
export const SUPPLEMENT_REQUEST: NoticeTemplate = {
  kind: 'supplementRequest',
  title: '政府信息公开申请补正通知书',
  remedies: false,
  articles: () => ARTICLES,
  decision: (input) => [
    `经审查，您的申请内容不明确${correction(input.correction)}。${citing(ARTICLES)}，请您${input.respondBy ? `于${chineseDate(input.respondBy)}前` : '在合理期限内'}对申请内容作出补正，写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。`,
    '答复期限自本机关收到补正后的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ],
};
