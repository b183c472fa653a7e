import { Calendar } from './calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * True if `date` (`YYYY-MM-DD`) is a working day on the official calendar: a weekday that is not
 * a day off, or a weekend made a working day (调休上班). Throws `calendar.year-missing` for a
 * year whose notice is not loaded.
 */
export function isWorkingDay(date: IsoDate, calendar: Calendar = Calendar.builtIn()): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * The `n`th working day after `date`; the day of receipt is not counted, so day 1 is the first
 * working day after it.
 * @see 条例第三十三条
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  calendar: Calendar = Calendar.builtIn(),
): IsoDate {
  return calendar.addWorkingDays(date, n);
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function countWorkingDays(
  from: IsoDate,
  to: IsoDate,
  calendar: Calendar = Calendar.builtIn(),
): number {
  return calendar.countWorkingDays(from, to);
}
