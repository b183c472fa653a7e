import { chineseDate, FEE_MEASURES, REGULATION, yuan } from '../law.js';
import type { NoticeInput, NoticeTemplate } from '../types.js';

function basis(input: NoticeInput): string {
  const fee = input.fee;
  if (!fee) return '本机关决定收取信息处理费';
  if (fee.method === 'perItem')
    return `您本自然月内提出的政府信息公开申请${fee.itemsInMonth ? `累计${fee.itemsInMonth}件，` : ''}超出免费件数，本机关按件计收信息处理费${yuan(fee.amountYuan)}`;
  return `您申请获取的政府信息${fee.pages ? `共${fee.pages}页，` : ''}超出免费页数，本机关按量计收信息处理费${yuan(fee.amountYuan)}`;
}

/**
 * 收费通知书: sent within the reply period, stating basis, amount and how to pay; 20 working
 * days to pay from the day after receipt, unpaid means deemed abandoned.
 * @see 条例第四十二条
 * @see 国办函〔2020〕109号
 */
export const FEE_NOTICE: NoticeTemplate = {
  kind: 'feeNotice',
  title: '政府信息公开信息处理费收费通知书',
  remedies: true,
  articles: () => ['第四十二条', FEE_MEASURES],
  decision: (input) => [
    `经审查，您的申请数量或者频次明显超过合理范围。根据${REGULATION}第四十二条和${FEE_MEASURES}的规定，${basis(input)}。`,
    `请您自收到本通知之次日起20个工作日内${input.fee?.payBy ? `（即${chineseDate(input.fee.payBy)}前）` : ''}缴纳，缴费后本机关继续处理您的申请。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。收费期间不计算在答复期限内。`,
  ],
};
