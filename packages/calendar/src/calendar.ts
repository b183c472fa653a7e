import { XxgkError } from '@xxgk/model';
import { parseCalendarYear, type CalendarYear } from './calendar-year.js';
import {
  addDays,
  isWeekend,
  requireIsoDate,
  toDayNumber,
  yearOf,
  type IsoDate,
} from './iso-date.js';
import { BUILT_IN_YEARS } from './years/index.js';

/** What a day is on the official calendar. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/** One day on the official calendar. */
export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  /** True for `workday` and `makeUpWorkday`. */
  working: boolean;
  /** The holiday the day belongs to, for `holiday` and `makeUpWorkday` (e.g. `国庆节`). */
  holiday?: string;
}

/**
 * The typed failure for a date in a year whose notice is not loaded. xxgk never guesses a
 * year's holidays from the weekdays or the lunar calendar.
 */
export function yearMissingError(year: number): XxgkError {
  return new XxgkError(
    'calendar.year-missing',
    `尚未载入${year}年的节假日安排（国务院办公厅通知通常于上一年11月发布），无法计算工作日`,
  );
}

function requireCount(n: number): number {
  if (Number.isInteger(n) && n >= 0) return n;
  throw new XxgkError('calendar.invalid-input', `工作日数应为零或正整数，收到的是${String(n)}。`);
}

/**
 * The official working-day calendar built from a list of years: weekends are rest days unless
 * a notice makes them make-up working days (调休上班), and the days off (放假) a notice lists
 * are rest days. Any date in a year not in the list throws `calendar.year-missing`.
 *
 * Built from the years shipped with xxgk plus any an administrator loads at run time; when the
 * same year appears twice, the later entry wins (a corrected arrangement replaces the old one).
 * Instances are immutable: {@link Calendar.withYears} returns a new one.
 */
export class Calendar {
  private readonly byYear: ReadonlyMap<number, CalendarYear>;
  private readonly special: ReadonlyMap<
    IsoDate,
    { kind: 'holiday' | 'makeUpWorkday'; name: string }
  >;

  /** Validates every year (throws `calendar.invalid-input` in Chinese on bad data). */
  constructor(years: readonly CalendarYear[]) {
    const byYear = new Map<number, CalendarYear>();
    for (const year of years) byYear.set(year.year, parseCalendarYear(year));
    this.byYear = byYear;
    const special = new Map<IsoDate, { kind: 'holiday' | 'makeUpWorkday'; name: string }>();
    // Ascending order, so a notice reaching back into last December overrides that year's own.
    for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
      const data = byYear.get(y);
      if (!data) continue;
      for (const period of data.holidays)
        for (let d = period.from; d <= period.to; d = addDays(d, 1))
          special.set(d, { kind: 'holiday', name: period.name });
      for (const day of data.makeUpWorkdays)
        special.set(day.date, { kind: 'makeUpWorkday', name: day.name });
    }
    this.special = special;
  }

  /** The calendar of the years shipped with xxgk (2019–2026). */
  static builtIn(): Calendar {
    builtIn ??= new Calendar(BUILT_IN_YEARS);
    return builtIn;
  }

  /** A new calendar with these years added, replacing any loaded year with the same number. */
  withYears(...years: CalendarYear[]): Calendar {
    return new Calendar([...this.byYear.values(), ...years]);
  }

  /** The loaded years, ascending. */
  get years(): number[] {
    return [...this.byYear.keys()].sort((a, b) => a - b);
  }

  /** True if the arrangement of `year` is loaded. */
  hasYear(year: number): boolean {
    return this.byYear.has(year);
  }

  /** The arrangement of `year` as loaded (with its notices), or undefined. */
  year(year: number): CalendarYear | undefined {
    return this.byYear.get(year);
  }

  /** What `date` is; throws `calendar.year-missing` if its year is not loaded. */
  day(date: IsoDate): DayInfo {
    requireIsoDate(date, '日期');
    const year = yearOf(date);
    if (!this.byYear.has(year)) throw yearMissingError(year);
    const special = this.special.get(date);
    if (special)
      return {
        date,
        kind: special.kind,
        working: special.kind === 'makeUpWorkday',
        holiday: special.name,
      };
    return isWeekend(date)
      ? { date, kind: 'weekend', working: false }
      : { date, kind: 'workday', working: true };
  }

  /** True if `date` is a working day (a weekday not off, or a make-up working day). */
  isWorkingDay(date: IsoDate): boolean {
    return this.day(date).working;
  }

  /**
   * The date of the `n`th working day after `date`. The day itself is never counted — day 1 is
   * the first working day after it, whatever `date` is — so `n = 0` returns `date`.
   * @see 条例第三十三条
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    requireIsoDate(date, '日期');
    let left = requireCount(n);
    let d = date;
    while (left > 0) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left -= 1;
    }
    return d;
  }

  /**
   * The number of working days after `from` up to and including `to` (so `from` itself is not
   * counted). Negative, with the same rule mirrored, when `to` is before `from`.
   */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    requireIsoDate(from, '起始日期');
    requireIsoDate(to, '结束日期');
    if (toDayNumber(to) < toDayNumber(from)) return -this.countWorkingDays(to, from);
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) count += 1;
    return count;
  }

  /** The number of working days in a calendar year (e.g. 248 in 2025). */
  workingDaysInYear(year: number): number {
    // Counting starts the day after `from`, so last year's 31 December itself is never read.
    return this.countWorkingDays(`${year - 1}-12-31`, `${year}-12-31`);
  }
}

let builtIn: Calendar | undefined;
