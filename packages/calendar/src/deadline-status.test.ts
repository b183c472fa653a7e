import { describe, expect, it } from 'vitest';
import { dueStatus } from './deadline-status.js';

describe('where a case stands against its due date', () => {
  it('counts the working days left, skipping the National Day break', () => {
    expect(dueStatus('2025-10-13', '2025-09-30')).toEqual({
      kind: 'remaining',
      workingDays: 4,
      label: '剩余4个工作日',
    });
  });

  it('says a case is due today', () => {
    expect(dueStatus('2025-10-30', '2025-10-30').label).toBe('今日到期');
  });

  it('counts the working days overdue across New Year', () => {
    expect(dueStatus('2025-12-30', '2026-01-05')).toEqual({
      kind: 'overdue',
      workingDays: 3,
      label: '已超期3个工作日',
    });
  });

  it('calls a case past its date on the weekend right after it, before a working day is lost', () => {
    expect(dueStatus('2025-10-31', '2025-11-01')).toEqual({
      kind: 'overdue',
      workingDays: 0,
      label: '已过答复截止日',
    });
  });
});
