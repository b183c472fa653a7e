import { describe, expect, it } from 'vitest';
import { eventInput } from './event-input.js';

describe('the event the form records', () => {
  it('sends the 补正 deadline only with a 补正 request', () => {
    expect(
      eventInput({ type: 'supplementRequested', date: '2025-03-04', respondBy: '2025-03-18' }),
    ).toEqual({ type: 'supplementRequested', date: '2025-03-04', respondBy: '2025-03-18' });
    expect(
      eventInput({ type: 'supplementReceived', date: '2025-03-10', respondBy: '2025-03-18' }),
    ).toEqual({ type: 'supplementReceived', date: '2025-03-10' });
  });

  it('sends the pages of a fee notice only when charged by volume', () => {
    expect(
      eventInput({
        type: 'feeNoticeIssued',
        date: '2025-03-04',
        feeMethod: 'perItem',
        amountYuan: 100,
        pages: 12,
      }),
    ).toEqual({
      type: 'feeNoticeIssued',
      date: '2025-03-04',
      fee: { method: 'perItem', amountYuan: 100 },
    });
    expect(
      eventInput({
        type: 'feeNoticeIssued',
        date: '2025-03-04',
        feeMethod: 'perVolume',
        amountYuan: 60,
        pages: 150,
      }),
    ).toEqual({
      type: 'feeNoticeIssued',
      date: '2025-03-04',
      fee: { method: 'perVolume', amountYuan: 60, pages: 150 },
    });
  });

  it('sends the table 三 row of a reply and nothing else', () => {
    expect(
      eventInput({
        type: 'replied',
        date: '2025-04-01',
        outcome: 'partiallyGranted',
        amountYuan: 5,
      }),
    ).toEqual({ type: 'replied', date: '2025-04-01', outcome: 'partiallyGranted' });
  });
});
