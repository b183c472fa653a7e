import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Calendar } from '../calendar.js';
import { calendarYearSchema, type CalendarYear } from '../calendar-year.js';
import { addDays, dayOfWeek, isWeekend, toDayNumber } from '../iso-date.js';
import { BUILT_IN_YEARS } from './index.js';
import { NOTICE_TEXTS } from './notice-texts.test-data.js';

// ---- the notices' own sentences --------------------------------------------------------------

const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const DATE_TOKEN = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/gu;

interface ParsedLine {
  name: string;
  from: string;
  to: string;
  days: number | null;
  makeUps: string[];
  /** Every date the sentence names with the weekday it names. */
  weekdays: { date: string; weekday: number }[];
}

/** Reads one 放假调休 paragraph: `春节：2月4日至10日放假调休，共7天。2月2日（星期六）…上班。` */
function parseLine(line: string, year: number): ParsedLine {
  const body = line.replace(/^[一二三四五六七八九十]+、/u, '');
  const colon = body.indexOf('：');
  const name = body.slice(0, colon);
  const sentences = body.slice(colon + 1).split('。');
  const weekdays: ParsedLine['weekdays'] = [];
  let y = year;
  let m = 1;
  const dates = (sentence: string): string[] =>
    [...sentence.matchAll(DATE_TOKEN)].map((t) => {
      if (t[1]) y = Number(t[1]);
      if (t[2]) m = Number(t[2]);
      const date = `${y}-${String(m).padStart(2, '0')}-${String(Number(t[3])).padStart(2, '0')}`;
      const wd = /(?:星期|周)([一二三四五六日天])/u.exec(t[4] ?? '')?.[1];
      if (wd) weekdays.push({ date, weekday: WEEKDAY[wd] ?? -1 });
      return date;
    });
  const off = dates(sentences[0] ?? '');
  const count = /(?:共|放假)(\d+)天/u.exec(sentences[0] ?? '')?.[1];
  const makeUps = sentences.filter((s) => s.includes('上班')).flatMap(dates);
  const from = off[0] ?? '';
  return { name, from, to: off[1] ?? from, days: count ? Number(count) : null, makeUps, weekdays };
}

/** The arrangement a year's notice text states, amendments applied. */
function fromNotice(text: (typeof NOTICE_TEXTS)[number]) {
  const lines = text.lines.map((l) => parseLine(l, text.year));
  if (text.replaces) {
    const i = lines.findIndex((l) => l.name === text.replaces?.name);
    lines[i] = parseLine(text.replaces.line, text.year);
  }
  if (text.extendsSpringFestivalTo) {
    const spring = lines.find((l) => l.name === '春节');
    if (spring) {
      spring.to = text.extendsSpringFestivalTo;
      const end = text.extendsSpringFestivalTo;
      spring.makeUps = spring.makeUps.filter((d) => d < spring.from || d > end);
    }
  }
  return lines;
}

const byYear = new Map(BUILT_IN_YEARS.map((y) => [y.year, y]));

describe('the built-in years', () => {
  it('cover 2019 to 2026, one module each, in order', () => {
    expect(BUILT_IN_YEARS.map((y) => y.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('each pass the calendar-year schema', () => {
    for (const year of BUILT_IN_YEARS)
      expect(calendarYearSchema.safeParse(year).success).toBe(true);
  });

  it('each cite their State Council notice by number, and flag the 2026 number as unconfirmed', () => {
    const numbers = BUILT_IN_YEARS.map((y) => y.notices[0]?.number);
    expect(numbers).toEqual([
      '国办发明电〔2018〕15号',
      '国办发明电〔2019〕16号',
      '国办发明电〔2020〕27号',
      '国办发明电〔2021〕11号',
      '国办发明电〔2022〕16号',
      '国办发明电〔2023〕7号',
      '国办发明电〔2024〕12号',
      '国办发明电〔2025〕7号',
    ]);
    for (const y of BUILT_IN_YEARS) {
      const notice = y.notices[0];
      expect(notice?.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
      expect(notice?.numberConfirmed).toBe(y.year !== 2026);
    }
    expect(byYear.get(2026)?.notices[0]?.issued).toBe('2025-11-04');
    expect(byYear.get(2019)?.notices[1]?.number).toBe('国办发明电〔2019〕3号');
    expect(byYear.get(2020)?.notices[1]?.number).toBe('国办发明电〔2020〕1号');
  });
});

describe('every holiday and make-up day against the notices', () => {
  for (const text of NOTICE_TEXTS) {
    it(`matches the ${text.year} notice sentence by sentence`, () => {
      const data = byYear.get(text.year) as CalendarYear;
      const lines = fromNotice(text);
      expect(data.holidays).toEqual(lines.map(({ name, from, to }) => ({ name, from, to })));
      expect(data.makeUpWorkdays.map((d) => `${d.date} ${d.name}`).sort()).toEqual(
        lines.flatMap((l) => l.makeUps.map((d) => `${d} ${l.name}`)).sort(),
      );
    });

    it(`agrees with every weekday and day count the ${text.year} notice names`, () => {
      const lines = text.lines.map((l) => parseLine(l, text.year));
      if (text.replaces) lines.push(parseLine(text.replaces.line, text.year));
      for (const line of lines) {
        for (const { date, weekday } of line.weekdays)
          expect(`${date} ${dayOfWeek(date)}`).toBe(`${date} ${weekday}`);
        if (line.days !== null)
          expect(toDayNumber(line.to) - toDayNumber(line.from) + 1).toBe(line.days);
        for (const d of line.makeUps) expect(isWeekend(d)).toBe(true);
      }
    });
  }
});

// ---- the independent cross-check: chinese-days' shipped data ----------------------------------

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);
const CHINESE_DAYS = JSON.parse(
  readFileSync(
    join(dirname(require.resolve('chinese-days/package.json')), 'dist/chinese-days.json'),
    'utf8',
  ),
) as ChineseDaysData;

const theirsWorking = (date: string): boolean =>
  date in CHINESE_DAYS.workdays ? true : date in CHINESE_DAYS.holidays ? false : !isWeekend(date);

describe('the calendar against chinese-days 1.5.7', () => {
  const calendar = Calendar.builtIn();

  for (const data of BUILT_IN_YEARS) {
    it(`agrees on every day of ${data.year} whether it is a working day`, () => {
      const disagreements: string[] = [];
      for (let d = `${data.year}-01-01`; d <= `${data.year}-12-31`; d = addDays(d, 1))
        if (calendar.isWorkingDay(d) !== theirsWorking(d)) disagreements.push(d);
      expect(disagreements).toEqual([]);
    });

    it(`lists the same ${data.year} make-up working days and weekday holidays`, () => {
      const inRange = (d: string) => d >= `${data.year - 1}-12-01` && d <= `${data.year}-12-31`;
      const mine = data.makeUpWorkdays.map((m) => m.date).sort();
      const theirs = Object.keys(CHINESE_DAYS.workdays).filter(inRange).sort();
      // December of the year before belongs to the previous notice unless this one reaches back.
      expect(mine).toEqual(theirs.filter((d) => d >= `${data.year}-01-01` || mine.includes(d)));
      const myOff: string[] = [];
      for (const p of data.holidays)
        for (let d = p.from; d <= p.to; d = addDays(d, 1)) if (!isWeekend(d)) myOff.push(d);
      const theirOff = Object.keys(CHINESE_DAYS.holidays)
        .filter((d) => inRange(d) && !isWeekend(d))
        .filter((d) => d >= `${data.year}-01-01` || myOff.includes(d));
      expect(myOff.sort()).toEqual(theirOff.sort());
    });
  }

  it('agrees on the December days the 2019 and 2023 notices reach back into', () => {
    for (const d of ['2018-12-29', '2018-12-30', '2018-12-31', '2022-12-31']) {
      const mine = BUILT_IN_YEARS.some((y) => y.makeUpWorkdays.some((m) => m.date === d))
        ? true
        : BUILT_IN_YEARS.some((y) => y.holidays.some((p) => p.from <= d && d <= p.to))
          ? false
          : !isWeekend(d);
      expect(`${d} ${mine}`).toBe(`${d} ${theirsWorking(d)}`);
    }
  });

  it('counts the same working days in each year, 248 in 2025 and in 2026', () => {
    const theirs = (year: number) => {
      let n = 0;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1))
        if (theirsWorking(d)) n += 1;
      return n;
    };
    for (const { year } of BUILT_IN_YEARS)
      expect(calendar.workingDaysInYear(year)).toBe(theirs(year));
    expect(calendar.workingDaysInYear(2025)).toBe(248);
    expect(calendar.workingDaysInYear(2026)).toBe(248);
    expect(BUILT_IN_YEARS.map((y) => calendar.workingDaysInYear(y.year))).toEqual([
      250, 249, 250, 249, 249, 251, 248, 248,
    ]);
  });
});
