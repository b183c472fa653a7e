import type { Remaining } from '../api/casework.js';

/** How urgent a case's clock looks in lists. */
export type RemainingTone = 'overdue' | 'dueSoon' | 'paused' | 'closed' | 'running';

/** The tone of a case's remaining time: overdue first, then due soon, paused, closed. */
export function remainingTone(r: Remaining): RemainingTone {
  if (r.overdue) return 'overdue';
  if (r.dueSoon) return 'dueSoon';
  if (r.workingDays === null) return r.text.includes('暂停') ? 'paused' : 'closed';
  return 'running';
}

/** antd Tag colour of each tone (red overdue, orange due soon, blue paused, green running). */
export const TONE_COLORS: Readonly<Record<RemainingTone, string>> = {
  overdue: 'error',
  dueSoon: 'warning',
  paused: 'processing',
  closed: 'default',
  running: 'success',
};

/**
 * The words of a case's remaining time: the server's text, or built from its figures when the
 * text is missing ("剩余N个工作日" / "已超期N个工作日").
 */
export function remainingText(r: Remaining): string {
  if (r.text.trim() !== '') return r.text;
  if (r.workingDays === null) return '—';
  return r.overdue ? `已超期${r.workingDays}个工作日` : `剩余${r.workingDays}个工作日`;
}
