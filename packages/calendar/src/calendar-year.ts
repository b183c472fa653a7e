import { XxgkError } from '@xxgk/model';
import { z } from 'zod';
import { addDays, chineseDay, isIsoDate, isWeekend, toDayNumber, yearOf } from './iso-date.js';

/**
 * A State Council General Office notice that fixes (or amends) a year's holidays.
 * @see 《全国年节及纪念日放假办法》（2024年11月10日修订）
 */
export interface CalendarNotice {
  /** 发文字号, e.g. `国办发明电〔2024〕12号`; null when it could not be confirmed at all. */
  number: string | null;
  /** False when the 文号 was not confirmed from an official copy (see `note`). */
  numberConfirmed: boolean;
  /** Title, e.g. `国务院办公厅关于2025年部分节假日安排的通知`. */
  title: string;
  /** Date the notice bears (成文日期). */
  issued: string;
  /** Where the notice is published on www.gov.cn, when known. */
  url?: string;
  /** What a reader should know about this citation. */
  note?: string;
}

/** A stretch of days off (放假) as the notice states it; both ends included. */
export interface HolidayPeriod {
  /** Name as in the notice, e.g. `春节` or `国庆节、中秋节`. */
  name: string;
  from: string;
  to: string;
}

/** A weekend day worked to make up for a holiday (调休上班). */
export interface MakeUpWorkday {
  date: string;
  /** The holiday it belongs to, e.g. `国庆节`. */
  name: string;
}

/**
 * One year's official holiday arrangement as data. Days off and make-up working days normally
 * fall in `year`; the 元旦 arrangement may reach back into the December before (e.g. the 2019
 * notice made 2018-12-30 and 12-31 days off and Saturday 2018-12-29 a working day).
 * Where a notice says a holiday 与周末连休, only the named day is listed: the weekend is a rest
 * day anyway.
 */
export interface CalendarYear {
  year: number;
  /** The annual notice first, then any later notice amending it (in date order). */
  notices: CalendarNotice[];
  holidays: HolidayPeriod[];
  makeUpWorkdays: MakeUpWorkday[];
  /** Anything the arrangement's reader should know (e.g. an amendment's effect). */
  note?: string;
}

const isoDate = z.string().refine(isIsoDate, { message: '不是有效的日期（应写作 YYYY-MM-DD）' });

const noticeSchema = z.object({
  number: z.string().min(1).nullable(),
  numberConfirmed: z.boolean(),
  title: z.string().min(1, { message: '通知标题不能为空' }),
  issued: isoDate,
  url: z.string().url().optional(),
  note: z.string().optional(),
});

/** True if `date` lies in `year` or in the December before it. */
function inArrangementRange(date: string, year: number): boolean {
  return yearOf(date) === year || (yearOf(date) === year - 1 && date.slice(5, 7) === '12');
}

/**
 * The zod schema of a {@link CalendarYear}: the shape, and the facts every notice obeys —
 * dates in the year (or its preceding December), periods that do not overlap, make-up days
 * that are weekend days outside the days off. Messages are in Chinese.
 */
export const calendarYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    notices: z.array(noticeSchema).min(1, { message: '至少应注明一份国务院办公厅通知' }),
    holidays: z.array(z.object({ name: z.string().min(1), from: isoDate, to: isoDate })).min(1, {
      message: '至少应有一个放假日期',
    }),
    makeUpWorkdays: z.array(z.object({ date: isoDate, name: z.string().min(1) })),
    note: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const { year } = value;
    const taken = new Map<string, string>();
    value.holidays.forEach((period, i) => {
      if (!isIsoDate(period.from) || !isIsoDate(period.to)) return;
      for (const [key, date] of [
        ['from', period.from],
        ['to', period.to],
      ] as const) {
        if (!inArrangementRange(date, year))
          ctx.addIssue({
            code: 'custom',
            path: ['holidays', i, key],
            message: `${chineseDay(date)}不在${year}年（或其前一年12月）之内`,
          });
      }
      if (toDayNumber(period.from) > toDayNumber(period.to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', i],
          message: `${period.name}的放假起始日${chineseDay(period.from)}晚于结束日${chineseDay(period.to)}`,
        });
        return;
      }
      for (let d = period.from; d <= period.to; d = addDays(d, 1)) {
        const other = taken.get(d);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['holidays', i],
            message: `${chineseDay(d)}同时列在${other}和${period.name}的放假日期中`,
          });
        taken.set(d, period.name);
      }
    });
    const seen = new Set<string>();
    value.makeUpWorkdays.forEach((day, i) => {
      if (!isIsoDate(day.date)) return;
      const at = chineseDay(day.date);
      if (!inArrangementRange(day.date, year))
        ctx.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', i],
          message: `调休上班日${at}不在${year}年（或其前一年12月）之内`,
        });
      if (!isWeekend(day.date))
        ctx.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', i],
          message: `调休上班日${at}不是星期六或星期日`,
        });
      const off = taken.get(day.date);
      if (off !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', i],
          message: `${at}既是${off}放假日又是调休上班日`,
        });
      if (seen.has(day.date))
        ctx.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', i],
          message: `调休上班日${at}重复`,
        });
      seen.add(day.date);
    });
  });

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.length ? `（${issue.path.map(String).join('.')}）` : '';
  return `${issue.message}${where}`;
}

/**
 * Reads a year's arrangement loaded by an administrator (e.g. from JSON) and returns it, or
 * throws `calendar.invalid-input` listing every problem in Chinese.
 */
export function parseCalendarYear(data: unknown): CalendarYear {
  const result = calendarYearSchema.safeParse(data);
  if (result.success) return result.data;
  const year =
    typeof data === 'object' && data !== null && 'year' in data && typeof data.year === 'number'
      ? `${data.year}年`
      : '';
  const problems = result.error.issues.slice(0, 10).map(describeIssue);
  const more = result.error.issues.length > 10 ? `；另有${result.error.issues.length - 10}处` : '';
  throw new XxgkError(
    'calendar.invalid-input',
    `${year}节假日安排数据有误：${problems.join('；')}${more}。`,
  );
}
