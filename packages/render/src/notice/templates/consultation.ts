import { chineseDate, citing, REGULATION } from '../law.js';
import type { NoticeTemplate } from '../types.js';

/**
 * 征求意见函 to a third party (or co-producing agency): 15 working days to answer; silence
 * leaves the decision to the agency. The time it takes is not counted in the reply period.
 * @see 条例第三十二条、第三十三条第三款
 */
export const CONSULTATION: NoticeTemplate = {
  kind: 'consultation',
  title: '政府信息公开征求第三方意见函',
  remedies: false,
  addressee: (input) => input.consultee?.trim() || '第三方',
  opening: (input) =>
    `本机关于${chineseDate(input.receivedOn)}收到${input.applicantName}提出的政府信息公开申请（${input.number}），申请获取“${input.content}”。经审查，该政府信息的公开可能损害您（贵单位）的合法权益。`,
  articles: () => ['第三十二条'],
  decision: (input) => [
    `${citing(['第三十二条'])}，现书面征求您（贵单位）的意见。请自收到本函之日起15个工作日内提出书面意见，说明是否同意公开及理由；逾期未提出意见的，由本机关依照${REGULATION}的规定决定是否公开。`,
    ...(input.details?.trim() ? [input.details.trim()] : []),
  ],
};
