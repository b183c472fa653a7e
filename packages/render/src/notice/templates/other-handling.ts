import { chineseDate, citing, detailsParagraph, FEE_MEASURES, REGULATION } from '../law.js';
import type { NoticeInput, NoticeTemplate } from '../types.js';

function since(input: NoticeInput): string {
  return input.lapsedNoticeOn ? `于${chineseDate(input.lapsedNoticeOn)}` : '';
}

/**
 * 三（六）1 逾期不补正: the application is deemed abandoned.
 * @see 条例第三十条
 */
const NO_CORRECTION: NoticeTemplate = {
  kind: 'otherHandling.noCorrection',
  title: '政府信息公开申请终止处理告知书',
  remedies: true,
  articles: () => ['第三十条'],
  decision: (input) => [
    `本机关已${since(input)}向您发出补正通知书，您无正当理由逾期未补正。${citing(['第三十条'])}，视为您放弃申请，本机关不再处理该政府信息公开申请。`,
    ...detailsParagraph(input.details),
  ],
};

/**
 * 三（六）2 逾期未缴费: the application is deemed abandoned.
 * @see 条例第四十二条
 * @see 国办函〔2020〕109号
 */
const UNPAID_FEE: NoticeTemplate = {
  kind: 'otherHandling.unpaidFee',
  title: '政府信息公开申请终止处理告知书',
  remedies: true,
  articles: () => ['第四十二条', FEE_MEASURES],
  decision: (input) => [
    `本机关已${since(input)}向您发出收费通知书，您逾期未按收费通知要求缴纳信息处理费。根据${REGULATION}第四十二条和${FEE_MEASURES}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。`,
    ...detailsParagraph(input.details),
  ],
};

/**
 * 三（六）3 其他 (e.g. withdrawal): no article names these cases; the notice rests on Art. 36,
 * which governs every reply, and states the facts given in `details` — without them it leaves
 * a marked blank for the clerk rather than asserting facts (a withdrawal) it does not know.
 * @see 条例第三十六条
 */
const OTHER: NoticeTemplate = {
  kind: 'otherHandling.other',
  title: '政府信息公开申请办理结果告知书',
  remedies: true,
  articles: () => ['第三十六条'],
  decision: (input) => {
    const [first, ...rest] = detailsParagraph(input.details);
    return [
      `${citing(['第三十六条'])}，现将您的政府信息公开申请的办理结果告知如下：${first ?? '（请填写办理情况，例如申请人撤回申请的日期及方式）'}`,
      ...rest,
    ];
  },
};

/** 三（六）其他处理, one template per row. */
export const OTHER_HANDLING: readonly NoticeTemplate[] = [NO_CORRECTION, UNPAID_FEE, OTHER];
