import { describe, expect, it } from 'vitest';
import { dateOfReceipt } from './channel.js';

describe('dateOfReceipt', () => {
  it.each([
    ['inPerson', { submittedOn: '2025-03-03', confirmedOn: '2025-03-05' }, '2025-03-03'],
    ['post', { signedForOn: '2025-03-04', confirmedOn: '2025-03-06' }, '2025-03-04'],
    ['post', { confirmedOn: '2025-03-06' }, '2025-03-06'],
    ['onlinePlatform', { submittedOn: '2025-03-01', confirmedOn: '2025-03-03' }, '2025-03-03'],
    ['email', { submittedOn: '2025-03-01', confirmedOn: '2025-03-04' }, '2025-03-04'],
    ['fax', { confirmedOn: '2025-03-05' }, '2025-03-05'],
    ['other', { submittedOn: '2025-03-07' }, '2025-03-07'],
  ] as const)('a %s application with %o is received on %s', (channel, facts, expected) => {
    expect(dateOfReceipt(channel, facts)).toBe(expected);
  });

  it('refuses an online application without the confirmation date, naming the channel', () => {
    expect(() => dateOfReceipt('onlinePlatform', { submittedOn: '2025-03-01' })).toThrow(
      /网络平台.*双方确认日期/,
    );
  });

  it('refuses an invalid date', () => {
    expect(() => dateOfReceipt('inPerson', { submittedOn: '2025-02-30' })).toThrow(/当面/);
  });
});
