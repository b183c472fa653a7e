import type { Channel, ReceiptFacts } from '../api/casework.js';

/**
 * Which date of receipt the intake form asks for, by channel — the web side of 条例第三十一条.
 * The server computes the date of receipt; the form only asks for the date the rule reads.
 * @see 条例第三十一条
 */

/** How a posted application arrived: signed for (挂号、快递) or ordinary mail (平常信函). */
export type PostKind = 'signedFor' | 'ordinary';

/** One date field of the intake form. */
export interface ReceiptField {
  key: keyof ReceiptFacts;
  label: string;
  /** The rule, in a sentence, under the field. */
  help: string;
}

/**
 * The one date field the channel's rule reads:
 * - 当面: the day it was handed in (第（一）项);
 * - 邮寄: the day the agency signed for it, or for ordinary mail the day both sides confirmed it
 *   (第（二）项);
 * - 网络平台, 电子邮件, 传真: the day both sides confirmed it (第（三）项);
 * - 其他: the law names no rule; the day the agency actually received it.
 */
export function receiptField(channel: Channel, postKind: PostKind = 'signedFor'): ReceiptField {
  switch (channel) {
    case 'inPerson':
      return {
        key: 'submittedOn',
        label: '提交日期',
        help: '当面提交的，以申请人提交之日为收到申请之日（条例第三十一条第一项）。',
      };
    case 'post':
      return postKind === 'signedFor'
        ? {
            key: 'signedForOn',
            label: '签收日期',
            help: '以邮寄方式提交的，以行政机关签收之日为收到申请之日（条例第三十一条第二项）。',
          }
        : {
            key: 'confirmedOn',
            label: '确认日期',
            help: '以平常信函等无需签收的邮寄方式提交的，以行政机关与申请人确认之日为收到申请之日（条例第三十一条第二项）。',
          };
    case 'onlinePlatform':
    case 'email':
    case 'fax':
      return {
        key: 'confirmedOn',
        label: '双方确认日期',
        help: '通过互联网渠道或者政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）。',
      };
    case 'other':
      return {
        key: 'submittedOn',
        label: '实际收到日期',
        help: '条例未规定其他方式的收到时间，本系统以行政机关实际收到之日为收到申请之日。',
      };
  }
}

/** The receipt part of the request body: only the date the channel's rule reads. */
export function receiptFacts(channel: Channel, postKind: PostKind, date: string): ReceiptFacts {
  return { [receiptField(channel, postKind).key]: date };
}
