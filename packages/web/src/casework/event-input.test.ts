import { describe, expect, it } from 'vitest';
import { eventInput, reasonsField } from './event-input.js';

describe('the event the form records', () => {
  it('sends the 补正 deadline only with a 补正 request', () => {
    expect(
      eventInput({ type: 'supplementRequested', date: '2025-03-04', respondBy: '2025-03-18' }),
    ).toEqual({ type: 'supplementRequested', date: '2025-03-04', respondBy: '2025-03-18' });
    expect(
      eventInput({ type: 'supplementReceived', date: '2025-03-10', respondBy: '2025-03-18' }),
    ).toEqual({ type: 'supplementReceived', date: '2025-03-10' });
  });

  it('sends what a 补正 must correct and whom a consultation asks, when written', () => {
    expect(
      eventInput({
        type: 'supplementRequested',
        date: '2025-03-04',
        respondBy: '2025-03-18',
        correction: ' 请写明文件名称或文号 ',
        consultee: '不应发送',
      }),
    ).toEqual({
      type: 'supplementRequested',
      date: '2025-03-04',
      respondBy: '2025-03-18',
      correction: '请写明文件名称或文号',
    });
    expect(
      eventInput({ type: 'consultationStarted', date: '2025-03-04', consultee: ' 某某公司 ' }),
    ).toEqual({ type: 'consultationStarted', date: '2025-03-04', consultee: '某某公司' });
    expect(
      eventInput({ type: 'consultationStarted', date: '2025-03-04', consultee: '  ' }),
    ).toEqual({ type: 'consultationStarted', date: '2025-03-04' });
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

  it('sends a reply’s reasons trimmed, and none when the box was left blank', () => {
    expect(
      eventInput({
        type: 'replied',
        date: '2025-04-01',
        outcome: 'partiallyGranted',
        details: '  第3页含第三方个人信息。\n第5页为内部讨论记录。 ',
      }),
    ).toEqual({
      type: 'replied',
      date: '2025-04-01',
      outcome: 'partiallyGranted',
      details: '第3页含第三方个人信息。\n第5页为内部讨论记录。',
    });
    expect(
      eventInput({ type: 'replied', date: '2025-04-01', outcome: 'granted', details: ' \n ' }),
    ).toEqual({ type: 'replied', date: '2025-04-01', outcome: 'granted' });
    expect(eventInput({ type: 'withdrawn', date: '2025-04-01', details: '不应发送' })).toEqual({
      type: 'withdrawn',
      date: '2025-04-01',
    });
  });
});

describe('the reasons field of the reply form', () => {
  const required = [
    { outcome: 'partiallyGranted', label: '不予公开部分的理由' },
    { outcome: 'otherHandling.other', label: '办理情况' },
  ];

  it('is required under the server’s name for an outcome that must state reasons', () => {
    expect(reasonsField('partiallyGranted', required)).toEqual({
      label: '不予公开部分的理由',
      required: true,
    });
    expect(reasonsField('otherHandling.other', required)).toEqual({
      label: '办理情况',
      required: true,
    });
  });

  it('is optional for any other outcome, or before one is chosen', () => {
    expect(reasonsField('granted', required)).toEqual({
      label: '理由或说明（选填）',
      required: false,
    });
    expect(reasonsField(undefined, required).required).toBe(false);
  });
});
