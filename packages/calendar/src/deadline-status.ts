import { Calendar } from './calendar.js';
import { requireIsoDate, toDayNumber, type IsoDate } from './iso-date.js';

/** How a case stands against its due date on a given day, for lists and overdue views. */
export interface DueStatus {
  kind: 'remaining' | 'dueToday' | 'overdue';
  /** Working days left (after today up to the due date), or working days past it. */
  workingDays: number;
  /** `剩余3个工作日`, `今日到期`, `已超期2个工作日` or `已过答复截止日`. */
  label: string;
}

/**
 * Where `today` stands against `due`, in working days on the official calendar. A weekend just
 * after the due date is past it with no working day lost yet: `已过答复截止日`.
 */
export function dueStatus(
  due: IsoDate,
  today: IsoDate,
  calendar: Calendar = Calendar.builtIn(),
): DueStatus {
  requireIsoDate(due, '答复截止日');
  requireIsoDate(today, '当前日期');
  if (due === today) return { kind: 'dueToday', workingDays: 0, label: '今日到期' };
  if (toDayNumber(today) < toDayNumber(due)) {
    const n = calendar.countWorkingDays(today, due);
    return { kind: 'remaining', workingDays: n, label: `剩余${n}个工作日` };
  }
  const n = calendar.countWorkingDays(due, today);
  return {
    kind: 'overdue',
    workingDays: n,
    label: n > 0 ? `已超期${n}个工作日` : '已过答复截止日',
  };
}
