import { describe, expect, it } from 'vitest';
import type { Remaining } from '../api/casework.js';
import { remainingText, remainingTone, TONE_COLORS } from './remaining.js';

const r = (patch: Partial<Remaining>): Remaining => ({
  text: '',
  workingDays: 10,
  overdue: false,
  dueSoon: false,
  ...patch,
});

describe('remaining time of a case', () => {
  it('shows an overdue case in red even when it was also due soon', () => {
    const tone = remainingTone(r({ overdue: true, dueSoon: true, workingDays: 3 }));
    expect(tone).toBe('overdue');
    expect(TONE_COLORS[tone]).toBe('error');
  });

  it('shows a case due within the warning window in orange', () => {
    expect(TONE_COLORS[remainingTone(r({ dueSoon: true, workingDays: 2 }))]).toBe('warning');
  });

  it('tells a paused clock from a closed case when no days are counted', () => {
    expect(remainingTone(r({ workingDays: null, text: '已暂停计时' }))).toBe('paused');
    expect(remainingTone(r({ workingDays: null, text: '已办结' }))).toBe('closed');
  });

  it('shows a running clock in green', () => {
    expect(TONE_COLORS[remainingTone(r({ workingDays: 12 }))]).toBe('success');
  });

  it('keeps the server text and builds the words from the figures when the text is missing', () => {
    expect(remainingText(r({ text: '剩余3个工作日', workingDays: 3 }))).toBe('剩余3个工作日');
    expect(remainingText(r({ workingDays: 7 }))).toBe('剩余7个工作日');
    expect(remainingText(r({ workingDays: 4, overdue: true }))).toBe('已超期4个工作日');
    expect(remainingText(r({ workingDays: null }))).toBe('—');
  });
});
