import type { Calendar } from './calendar.js';
import { addDays, chineseDay, formatChineseDate, weekdayName, type IsoDate } from './iso-date.js';

/**
 * A date as explanations show it, with what the day is when that matters:
 * `2025年9月28日（星期日，国庆节、中秋节调休上班）`, `2025年10月1日（星期三，国庆节、中秋节放假）`.
 */
export function describeDay(calendar: Calendar, date: IsoDate): string {
  const day = calendar.day(date);
  if (day.kind === 'holiday')
    return `${chineseDay(date)}（${weekdayName(date)}，${day.holiday ?? ''}放假）`;
  if (day.kind === 'makeUpWorkday')
    return `${chineseDay(date)}（${weekdayName(date)}，${day.holiday ?? ''}调休上班）`;
  return formatChineseDate(date);
}

/** What the non-counted days between two counted days were, or null for a plain weekend. */
function describeGap(
  calendar: Calendar,
  from: IsoDate,
  to: IsoDate,
  paused: ReadonlySet<IsoDate>,
): string | null {
  const holidays: string[] = [];
  let pausedDays = 0;
  let weekend = false;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const day = calendar.day(d);
    if (day.kind === 'holiday' && day.holiday && !holidays.includes(day.holiday))
      holidays.push(day.holiday);
    else if (day.kind === 'weekend') weekend = true;
    if (paused.has(d)) pausedDays += 1;
  }
  if (holidays.length === 0 && pausedDays === 0) return null;
  const parts: string[] = [];
  if (holidays.length) parts.push(`${holidays.join('、')}放假`);
  if (pausedDays) parts.push(`${pausedDays}个工作日处于中止计算期间`);
  const withWeekend = weekend ? '（连同周末）' : '';
  const range = from === to ? chineseDay(from) : `${chineseDay(from)}至${chineseDay(to)}`;
  return `${range}：${parts.join('；')}${withWeekend}，不计。`;
}

/**
 * The counted working days as runs a person can check on a wall calendar:
 * `第1至3个工作日：…至…`, with the holidays and paused days between runs named and the make-up
 * working days inside a run pointed out. Plain weekends do not break a run.
 * `start` is the day the count runs from (not counted itself).
 */
export function describeCount(
  calendar: Calendar,
  start: IsoDate,
  counted: readonly IsoDate[],
  paused: ReadonlySet<IsoDate>,
): string[] {
  const lines: string[] = [];
  let runStart = 0;
  const flush = (end: number): void => {
    const first = counted[runStart];
    const last = counted[end];
    if (first === undefined || last === undefined) return;
    const numbers =
      runStart === end ? `第${runStart + 1}个工作日` : `第${runStart + 1}至${end + 1}个工作日`;
    const span =
      first === last
        ? describeDay(calendar, first)
        : `${describeDay(calendar, first)}至${describeDay(calendar, last)}`;
    const makeUps = counted
      .slice(runStart + 1, end)
      .filter((d) => calendar.day(d).kind === 'makeUpWorkday')
      .map((d) => describeDay(calendar, d));
    const note = makeUps.length ? `，其中${makeUps.join('、')}计入` : '';
    lines.push(`${numbers}：${span}${note}。`);
  };
  let previous = start;
  counted.forEach((date, i) => {
    const gapFrom = addDays(previous, 1);
    const gapTo = addDays(date, -1);
    const gap = gapFrom <= gapTo ? describeGap(calendar, gapFrom, gapTo, paused) : null;
    if (gap !== null) {
      if (i > 0) flush(i - 1);
      lines.push(gap);
      runStart = i;
    }
    previous = date;
  });
  if (counted.length) flush(counted.length - 1);
  return lines;
}
