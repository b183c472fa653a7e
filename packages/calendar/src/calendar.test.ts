import { isXxgkError } from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar, yearMissingError } from './calendar.js';
import type { CalendarYear } from './calendar-year.js';
import { addDays, fromDayNumber, toDayNumber } from './iso-date.js';
import { addWorkingDays, countWorkingDays, isWorkingDay } from './working-days.js';
import { BUILT_IN_YEARS } from './years/index.js';

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a typed failure');
}

/** A made-up 2027 for loading tests (not the real arrangement, which is not published yet). */
const FAKE_2027: CalendarYear = {
  year: 2027,
  notices: [
    {
      number: null,
      numberConfirmed: false,
      title: '测试用：2027年部分节假日安排',
      issued: '2026-11-01',
    },
  ],
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
  ],
  makeUpWorkdays: [{ date: '2027-02-14', name: '春节' }],
};

const DATES = fc
  .integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2026-08-31') })
  .map(fromDayNumber);

describe('working days on the official calendar', () => {
  it('treats weekdays as working days, weekends as rest, days off as rest and make-up days as work', () => {
    expect(isWorkingDay('2025-09-26')).toBe(true); // Friday
    expect(isWorkingDay('2025-09-27')).toBe(false); // Saturday
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay('2025-10-08')).toBe(false); // Wednesday, 国庆节、中秋节
    expect(isWorkingDay('2024-02-09')).toBe(true); // 除夕 2024 was only encouraged off
    expect(isWorkingDay('2020-02-01')).toBe(false); // make-up day cancelled by the extension
    expect(isWorkingDay('2020-02-03')).toBe(true);
  });

  it('describes a day with the holiday it belongs to', () => {
    const calendar = Calendar.builtIn();
    expect(calendar.day('2025-10-11')).toEqual({
      date: '2025-10-11',
      kind: 'makeUpWorkday',
      working: true,
      holiday: '国庆节、中秋节',
    });
    expect(calendar.day('2026-02-16')).toMatchObject({
      kind: 'holiday',
      working: false,
      holiday: '春节',
    });
    expect(calendar.day('2026-03-07')).toEqual({
      date: '2026-03-07',
      kind: 'weekend',
      working: false,
    });
  });

  it('does not count the day of receipt: day 1 is the first working day after it', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-10-01', 1)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-26', 0)).toBe('2025-09-26');
  });

  it('gives the worked examples of domain.md §6.5', () => {
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
    expect(addWorkingDays('2025-09-26', 20)).toBe('2025-10-30');
    expect(addWorkingDays('2025-12-10', 20)).toBe('2026-01-08');
    expect(addWorkingDays('2026-02-13', 20)).toBe('2026-03-19');
    expect(addWorkingDays('2026-02-13', 40)).toBe('2026-04-17');
  });

  it('counts working days after the start up to and including the end', () => {
    expect(countWorkingDays('2025-09-26', '2025-10-30')).toBe(20);
    expect(countWorkingDays('2025-09-26', '2025-09-26')).toBe(0);
    expect(countWorkingDays('2025-09-30', '2025-10-08')).toBe(0);
    expect(countWorkingDays('2025-10-30', '2025-09-26')).toBe(-20);
    expect(countWorkingDays('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('works on dates only, whatever the process time zone', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(addWorkingDays('2025-12-10', 20)).toBe('2026-01-08');
        expect(isWorkingDay('2026-01-04')).toBe(true);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('refuses a date that is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2025-02-29', '2025-9-26', '26/09/2025', '2025-13-01', '']) {
      const f = failure(() => isWorkingDay(bad));
      expect(f.code).toBe('calendar.invalid-input');
      expect(f.message).toContain('应写作 YYYY-MM-DD');
    }
    expect(failure(() => addWorkingDays('2025-09-26', -1)).message).toBe(
      '工作日数应为零或正整数，收到的是-1。',
    );
    expect(failure(() => addWorkingDays('2025-09-26', 1.5)).code).toBe('calendar.invalid-input');
  });
});

describe('a year with no data', () => {
  const message =
    '尚未载入2027年的节假日安排（国务院办公厅通知通常于上一年11月发布），无法计算工作日';

  it('throws a typed Chinese error instead of guessing', () => {
    const f = failure(() => isWorkingDay('2027-01-04'));
    expect(f).toEqual({ code: 'calendar.year-missing', message });
    expect(failure(() => isWorkingDay('2018-06-01')).message).toContain(
      '尚未载入2018年的节假日安排',
    );
    expect(yearMissingError(2030).code).toBe('calendar.year-missing');
  });

  it('stops a count that runs into it', () => {
    expect(failure(() => addWorkingDays('2026-12-10', 20))).toEqual({
      code: 'calendar.year-missing',
      message,
    });
    expect(addWorkingDays('2026-12-01', 20)).toBe('2026-12-29');
  });

  it('can be loaded at run time, after which the count goes on', () => {
    const calendar = Calendar.builtIn().withYears(FAKE_2027);
    expect(calendar.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(calendar.isWorkingDay('2027-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-10', 20)).toBe('2027-01-08');
    // The built-in calendar itself is unchanged.
    expect(Calendar.builtIn().hasYear(2027)).toBe(false);
    expect(new Calendar([...BUILT_IN_YEARS, FAKE_2027]).isWorkingDay('2027-01-04')).toBe(true);
  });

  it('lets a corrected arrangement replace a loaded year', () => {
    const corrected: CalendarYear = { ...FAKE_2027, makeUpWorkdays: [] };
    const calendar = new Calendar([FAKE_2027, corrected]);
    expect(calendar.isWorkingDay('2027-02-14')).toBe(false);
    expect(calendar.year(2027)?.makeUpWorkdays).toEqual([]);
  });

  it('refuses a loaded year whose data cannot be right, in Chinese', () => {
    const bad: CalendarYear = {
      ...FAKE_2027,
      holidays: [
        { name: '春节', from: '2027-02-06', to: '2027-02-13' },
        { name: '元宵', from: '2027-02-12', to: '2027-02-12' },
        { name: '国庆节', from: '2027-10-07', to: '2027-10-01' },
      ],
      makeUpWorkdays: [
        { date: '2027-02-15', name: '春节' },
        { date: '2027-02-13', name: '春节' },
        { date: '2028-01-08', name: '元旦' },
      ],
    };
    const f = failure(() => Calendar.builtIn().withYears(bad));
    expect(f.code).toBe('calendar.invalid-input');
    expect(f.message).toMatch(/^2027年节假日安排数据有误：/u);
    expect(f.message).toContain('2027年2月12日同时列在春节和元宵的放假日期中');
    expect(f.message).toContain('国庆节的放假起始日2027年10月7日晚于结束日2027年10月1日');
    expect(f.message).toContain('调休上班日2027年2月15日不是星期六或星期日');
    expect(f.message).toContain('2027年2月13日既是春节放假日又是调休上班日');
    expect(f.message).toContain('调休上班日2028年1月8日不在2027年（或其前一年12月）之内');
  });
});

describe('working-day arithmetic (properties)', () => {
  it('always lands on a working day', () => {
    fc.assert(
      fc.property(DATES, fc.integer({ min: 1, max: 40 }), (date, n) => {
        expect(isWorkingDay(addWorkingDays(date, n))).toBe(true);
      }),
    );
  });

  it('has countWorkingDays undo addWorkingDays', () => {
    fc.assert(
      fc.property(DATES, fc.integer({ min: 0, max: 60 }), (date, n) => {
        expect(countWorkingDays(date, addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it('has addWorkingDays undo countWorkingDays up to any later working day', () => {
    fc.assert(
      fc.property(DATES, fc.integer({ min: 0, max: 60 }), (from, span) => {
        const to = addDays(from, span);
        fc.pre(isWorkingDay(to) || span === 0);
        expect(addWorkingDays(from, countWorkingDays(from, to))).toBe(to);
      }),
    );
  });

  it('is additive: n then m working days is n + m', () => {
    fc.assert(
      fc.property(
        DATES,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (d, n, m) => {
          expect(addWorkingDays(addWorkingDays(d, n), m)).toBe(addWorkingDays(d, n + m));
        },
      ),
    );
  });
});
