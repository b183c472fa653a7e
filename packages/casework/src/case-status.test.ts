import { describe, expect, it } from 'vitest';
import { makeApp } from './app-builder.test-data.js';
import { caseState } from './case-status.js';
import { conclusionOf } from './conclusion.js';

describe('caseState', () => {
  it('counts 20 working days from receipt across National Day (domain.md §6.5)', () => {
    const s = caseState(makeApp('a', '2025-09-26'), '2025-10-28');
    expect(s.status).toEqual({ kind: 'received' });
    expect(s.deadline?.due).toBe('2025-10-30');
    expect(s.due?.label).toBe('剩余2个工作日');
  });

  it('shows an extended case with its new due date (Spring Festival 2026)', () => {
    const app = makeApp('a', '2026-02-13', [{ type: 'extensionApproved', date: '2026-03-10' }]);
    const s = caseState(app, '2026-03-11');
    expect(s.status.kind).toBe('extended');
    expect(s.deadline?.due).toBe('2026-04-17');
  });

  it('is awaiting supplement until the 补正 arrives, then the clock restarts from it', () => {
    const app = makeApp('a', '2025-03-03', [
      { type: 'supplementRequested', date: '2025-03-05', respondBy: '2025-03-20' },
      { type: 'supplementReceived', date: '2025-03-10' },
    ]);
    expect(caseState(app, '2025-03-07').status.kind).toBe('awaitingSupplement');
    const later = caseState(app, '2025-03-11');
    expect(later.status.kind).toBe('received');
    expect(later.deadline?.clockStart).toBe('2025-03-10');
  });

  it('is paused while a consultation is open', () => {
    const app = makeApp('a', '2025-03-03', [{ type: 'consultationStarted', date: '2025-03-05' }]);
    expect(caseState(app, '2025-03-10').status.kind).toBe('paused');
  });

  it('reports an overdue case in working days', () => {
    const s = caseState(makeApp('a', '2025-09-26'), '2025-11-03');
    expect(s.due?.label).toBe('已超期2个工作日');
  });

  it('is concluded from the reply on, with the outcome, and not before', () => {
    const app = makeApp('a', '2025-03-03', [
      { type: 'replied', date: '2025-03-20', outcome: 'partiallyGranted' },
    ]);
    expect(caseState(app, '2025-03-19').status.kind).toBe('received');
    expect(caseState(app, '2025-03-20').status).toEqual({
      kind: 'concluded',
      outcome: 'partiallyGranted',
      on: '2025-03-20',
    });
  });
});

describe('conclusionOf', () => {
  it('counts a withdrawal as 其他处理·其他', () => {
    const app = makeApp('a', '2025-03-03', [{ type: 'withdrawn', date: '2025-03-04' }]);
    expect(conclusionOf(app)).toEqual({
      outcome: 'otherHandling.other',
      on: '2025-03-04',
      by: 'withdrawn',
    });
  });

  it('ends a case whose 补正 period ran out as 未补正, on the period’s last day', () => {
    const app = makeApp('a', '2025-03-03', [
      { type: 'supplementRequested', date: '2025-03-05', respondBy: '2025-03-20' },
    ]);
    expect(conclusionOf(app)).toEqual({
      outcome: 'otherHandling.noCorrection',
      on: '2025-03-20',
      by: 'noCorrection',
    });
  });

  it('ignores a reply after the 补正 period lapsed', () => {
    const app = makeApp('a', '2025-03-03', [
      { type: 'supplementRequested', date: '2025-03-05', respondBy: '2025-03-20' },
      { type: 'replied', date: '2025-04-01', outcome: 'granted' },
    ]);
    expect(conclusionOf(app)?.outcome).toBe('otherHandling.noCorrection');
  });

  it('ends an unpaid fee notice on its 20th working day as 逾期未缴费', () => {
    const app = makeApp('a', '2025-03-03', [{ type: 'feeNoticeIssued', date: '2025-03-10' }]);
    expect(conclusionOf(app)).toEqual({
      outcome: 'otherHandling.unpaidFee',
      on: '2025-04-08',
      by: 'unpaidFee',
    });
  });

  it('keeps a case open when the fee is paid in time', () => {
    const app = makeApp('a', '2025-03-03', [
      { type: 'feeNoticeIssued', date: '2025-03-10' },
      { type: 'feePaid', date: '2025-03-20' },
    ]);
    expect(conclusionOf(app)).toBeNull();
  });
});
