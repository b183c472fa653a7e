import { describe, expect, it } from 'vitest';
import { receiptFacts, receiptField } from './receipt-fields.js';

describe('the date of receipt the intake form asks for', () => {
  it('asks for the day of submission when handed in', () => {
    expect(receiptField('inPerson')).toMatchObject({ key: 'submittedOn', label: '提交日期' });
  });

  it('asks for the signing date of signed-for post and the confirmation date of ordinary mail', () => {
    expect(receiptField('post', 'signedFor')).toMatchObject({
      key: 'signedForOn',
      label: '签收日期',
    });
    expect(receiptField('post', 'ordinary')).toMatchObject({
      key: 'confirmedOn',
      label: '确认日期',
    });
  });

  it('asks for the day both sides confirmed for the online platform, e-mail and fax', () => {
    for (const channel of ['onlinePlatform', 'email', 'fax'] as const)
      expect(receiptField(channel)).toMatchObject({ key: 'confirmedOn', label: '双方确认日期' });
  });

  it('asks other channels for the day the agency actually received it', () => {
    expect(receiptField('other')).toMatchObject({ key: 'submittedOn', label: '实际收到日期' });
  });

  it('sends only the date the rule reads, ignoring the post kind for other channels', () => {
    expect(receiptFacts('post', 'ordinary', '2025-03-03')).toEqual({ confirmedOn: '2025-03-03' });
    expect(receiptFacts('post', 'signedFor', '2025-03-03')).toEqual({ signedForOn: '2025-03-03' });
    expect(receiptFacts('fax', 'ordinary', '2025-03-03')).toEqual({ confirmedOn: '2025-03-03' });
    expect(receiptFacts('inPerson', 'ordinary', '2025-03-03')).toEqual({
      submittedOn: '2025-03-03',
    });
  });

  it('cites the article in every help text', () => {
    for (const channel of ['inPerson', 'post', 'onlinePlatform', 'email', 'fax'] as const)
      expect(receiptField(channel).help).toContain('条例第三十一条');
  });
});
