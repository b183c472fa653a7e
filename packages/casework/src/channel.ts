import { XxgkError } from '@xxgk/model';
import { isIsoDate, type IsoDate } from '@xxgk/calendar';

/**
 * How an application reached the agency. The channel fixes the date of receipt.
 * @see 条例第二十九条（申请方式）、第三十一条（收到申请的时间）
 */
export const CHANNELS = ['inPerson', 'post', 'onlinePlatform', 'email', 'fax', 'other'] as const;

/** Key of a {@link CHANNELS} entry. */
export type Channel = (typeof CHANNELS)[number];

/** Chinese name of each channel, as printed on forms and lists. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  inPerson: '当面',
  post: '邮寄',
  onlinePlatform: '网络平台',
  email: '电子邮件',
  fax: '传真',
  other: '其他',
};

/** What the clerk knows about how and when the application arrived. */
export interface ReceiptFacts {
  /** The day it was handed in (当面) or physically arrived (其他). */
  submittedOn?: IsoDate;
  /** 邮寄: the day the agency signed for a signed-for item (签收之日). */
  signedForOn?: IsoDate;
  /** The day the agency and the applicant confirmed the application (双方确认之日). */
  confirmedOn?: IsoDate;
}

function need(date: IsoDate | undefined, channel: Channel, what: string): IsoDate {
  if (date === undefined || !isIsoDate(date))
    throw new XxgkError(
      'calendar.invalid-input',
      `${CHANNEL_LABELS[channel]}提交的申请须填写${what}（YYYY-MM-DD），才能确定收到申请之日。`,
    );
  return date;
}

/**
 * The date of receipt by the channel's rule; the reply clock runs from it.
 * - 当面: the day the applicant hands it in (条例第三十一条第（一）项).
 * - 邮寄: the day the agency signs for it; mail needing no signature (平常信函) counts from the
 *   day the agency confirms it with the applicant (第（二）项).
 * - 网络平台, 电子邮件, 传真: the day both sides confirm it (第（三）项; e-mail is an internet
 *   channel).
 * - 其他: the law names no rule; xxgk takes the day the agency actually received it.
 * @see 条例第三十一条
 */
export function dateOfReceipt(channel: Channel, facts: ReceiptFacts): IsoDate {
  switch (channel) {
    case 'inPerson':
      return need(facts.submittedOn, channel, '提交日期');
    case 'post':
      if (facts.signedForOn !== undefined) return need(facts.signedForOn, channel, '签收日期');
      return need(facts.confirmedOn, channel, '签收日期或（平常信函）双方确认日期');
    case 'onlinePlatform':
    case 'email':
    case 'fax':
      return need(facts.confirmedOn, channel, '双方确认日期');
    case 'other':
      return need(facts.submittedOn, channel, '实际收到日期');
  }
}
