import { XxgkError } from '@xxgk/model';

/**
 * A calendar date as `YYYY-MM-DD`. Deadlines are about civil dates in China, never instants:
 * every computation here works on day numbers, so no time zone can shift a date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MS_PER_DAY = 86_400_000;
const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** True if `value` is a real date written `YYYY-MM-DD` (so `2025-02-29` is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks a date given by a person and returns it, or throws `calendar.invalid-input` naming
 * what was given and what it stands for (`what`, e.g. 收到申请日期).
 */
export function requireIsoDate(value: unknown, what: string): IsoDate {
  if (isIsoDate(value)) return value;
  const shown = typeof value === 'string' ? `“${value}”` : String(value);
  throw new XxgkError(
    'calendar.invalid-input',
    `${what}${shown}不是有效的日期，应写作 YYYY-MM-DD（例如 2025-09-26）。`,
  );
}

/** Days since 1970-01-01 of a valid ISO date (UTC arithmetic only, so no time zone applies). */
export function toDayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The ISO date of a day number from {@link toDayNumber}. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** True for Saturday and Sunday, the weekly rest days of state organs. */
export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** The calendar year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** `2025年10月13日（星期一）` — how dates appear in explanations. */
export function formatChineseDate(date: IsoDate): string {
  return `${chineseDay(date)}（${WEEKDAY_NAMES[dayOfWeek(date)] ?? ''}）`;
}

/** `2025年10月13日`, without the weekday. */
export function chineseDay(date: IsoDate): string {
  return `${yearOf(date)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** Name of the weekday of `date`, e.g. `星期六`. */
export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)] ?? '';
}
