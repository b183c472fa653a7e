import type { Finding } from '@xxgk/model';
import { isValidDate } from '../text/dates.js';
import { textFinding } from '../text/finding.js';
import type { FoundPeriod } from '../text/period.js';
import type { Paragraph, TextView } from '../text/text-view.js';
import type { Rule } from '../types.js';
import {
  anchoredMatches,
  blanksBefore,
  digitsBefore,
  paragraphMatches,
} from './writing/anchored.js';
import { isDigit } from './writing/chars.js';

/**
 * A date with 年 and 月 (and 日): sticky, tried only where {@link dateStart} finds four digits
 * before a 年 — most 年 in a report follow a year, but the pattern no longer runs at every
 * position of the narrative. Its matches also serve the check for spaces inside a date, which
 * ran the same pattern a second time.
 */
const DATE = /(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月(?:[ \t]*(\d{1,2})[ \t]*日)?/uy;
/** A year run into the month; sticky, tried where {@link gluedStart} finds 5 or 6 digits. */
const GLUED = /(?<!\d)((?:19|20)\d{2})(\d{1,2})[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?/uy;
/**
 * A day with no 日 after a date's month (2024年1月1起, 2024年1月1至12月31日): one or two digits
 * run straight into a Chinese character. {@link NOT_A_DAY_AFTER} are the characters that may
 * follow a day (号 is colloquial, not wrong).
 */
const DAY_WITHOUT_MARK = /^(\d{1,2})([\u4e00-\u9fff])/u;
const NOT_A_DAY_AFTER = '日号';
/** 年 written twice before the month (2024年年3月). */
const DOUBLED_YEAR = /\d{4}[ \t]*年[ \t]*年[ \t]*\d{1,2}[ \t]*月/gu;
/**
 * A date of numbers joined by dots, hyphens or slashes (2024.3.5, 2024-03-05): the same mark
 * twice, a year of this or the last century, and not part of a longer run of numbers.
 */
const NUMERIC_DATE = /(?<![\d.])((?:19|20)\d{2})([.\-/])(\d{1,2})\2(\d{1,2})(?!\d|[.\-/]\d)/gu;
/**
 * What may follow a 日 printed right after the month with no day before it (2024年3月日起) for
 * the day to be missing: the end of the text, a mark, or a word a date leads into. Any other
 * character makes a word with 日 (3月日均, 日常, 日照市), which is no date.
 */
const AFTER_DAYLESS = '起至止到召举印发开出公';
/** 起,至 broken by a comma; sticky, tried where {@link splitStart} finds a digit and 日 before 起. */
const SPLIT_RANGE = /\d[ \t]*日[ \t]*起[ \t]*[,、][ \t]*至/uy;

/**
 * Where a {@link DATE} holding the 年 at `at` starts: the four digits before it and its blanks.
 * None when no digit follows the 年 (after blanks): 2024年度, 2024年， and 2024年以来 are most of
 * a report's years.
 */
function dateStart(text: string, at: number): number {
  let after = at + 1;
  while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9) after++;
  if (!isDigit(text.charCodeAt(after))) return -1;
  const start = blanksBefore(text, at) - 4;
  if (start < 0) return -1;
  for (let i = start; i < start + 4; i++) if (!isDigit(text.charCodeAt(i))) return -1;
  return start;
}

/**
 * Where a {@link GLUED} holding the 月 at `at` starts: at the run of digits before its blanks,
 * which must be the whole run (no digit before it) and 5 or 6 long (a year, then the month).
 */
function gluedStart(text: string, at: number): number {
  const end = blanksBefore(text, at);
  const start = digitsBefore(text, end);
  return end - start === 5 || end - start === 6 ? start : -1;
}

/** Where a {@link SPLIT_RANGE} holding the 起 at `at` starts: the digit before 日 before it. */
function splitStart(text: string, at: number): number {
  const day = blanksBefore(text, at) - 1;
  if (day < 0 || text.charCodeAt(day) !== DAY) return -1;
  const digit = blanksBefore(text, day) - 1;
  return digit >= 0 && isDigit(text.charCodeAt(digit)) ? digit : -1;
}
const DAY = '日'.charCodeAt(0);

/** True when a date is a real one; days up to 28 exist in every month, so most need no calendar. */
function exists(year: number, month: number, day: number): boolean {
  return (month >= 1 && month <= 12 && day >= 1 && day <= 28) || isValidDate(year, month, day);
}

/**
 * Dates written wrong: a month or day that does not exist (2024年13月, 2月30日, 2024.13.05), a
 * year run into the month (20241月1日), a year of five digits (20244年3月), 年 written twice
 * (2024年年3月), a day without 日 (2024年1月1起) or 日 without its day (2024年3月日起), stray
 * spaces inside a date
 * (2023 年12 月 31日), and the fixed phrase 自…起至…止 broken by a comma (2024年1月1日起,至…).
 * Other errors in the 统计期限 itself are reported by `statutory.period`.
 * @see docs/domain.md §1.9（文字严谨）
 */
export const writingDate: Rule = {
  id: 'writing.date',
  severity: 'warning',
  title: '日期写法',
  description:
    '日期写法错误：月、日不存在（如“2024年13月”“2024.13.05”）、年份与月份连写（如“20241月”）、年份不是四位数（如“20244年3月”）、“年”字重复（如“2024年年3月”）、日后缺少“日”字（如“2024年1月1起”）、“日”前缺少日数（如“2024年3月日起”）为警告；日期中夹有空格、“自…起，至…止”中间断开为提示。统计期限本身的错误由“统计期限”规则报告。',
  see: ['GB/T 15835—2011 出版物上数字用法'],
  examples: [
    {
      name: 'a month that does not exist is a warning',
      input: { text: '标题\n于2024年13月召开专题会议。' },
      expect: [{ severity: 'warning', line: 2, message: ['2024年13月'] }],
    },
    {
      name: 'a year run into the month is a warning outside the statistics period',
      input: { text: '于20245月20日召开专题会议。' },
      expect: [{ severity: 'warning', message: ['20245月20日'] }],
    },
    {
      name: 'spaces inside a date and a broken 起至 phrase are advice',
      input: { text: '统计期限自 2023 年1月1日起，至2023 年12 月 31日止。' },
      expect: [
        { severity: 'info', message: ['空格', '2023 年1月1日'] },
        { severity: 'info', message: ['空格', '2023 年12 月 31日'] },
        { severity: 'info', message: ['起', '至'] },
      ],
    },
    {
      name: 'a day without 日 is a warning, in the statistics period too',
      input: { text: '统计期限自2024年1月1起至2024年12月31日止。于2024年3月5召开会议。' },
      expect: [
        { severity: 'warning', message: ['2024年1月1', '缺少“日”'] },
        { severity: 'warning', message: ['2024年3月5', '缺少“日”'] },
      ],
    },
    {
      name: 'a doubled 年, a year of five digits and a day left out are warnings',
      input: { text: '于2024年年3月、20244年4月召开会议，自2024年5月日起施行。' },
      expect: [
        { severity: 'warning', message: ['20244年4月', '四位'] },
        { severity: 'warning', message: ['2024年5月日', '缺少日数'] },
        { severity: 'warning', message: ['2024年年3月', '重复'] },
      ],
    },
    {
      name: 'a date in figures with a month or day that does not exist is a warning',
      input: { text: '于2024.13.05召开会议，2024-02-30印发通知。' },
      expect: [
        { severity: 'warning', message: ['2024.13.05', '不存在'] },
        { severity: 'warning', message: ['2024-02-30', '不存在'] },
      ],
    },
    {
      name: 'dates in figures that exist, version numbers and a month followed by a word with 日 pass',
      input: {
        text: '2024.3.5至2024.12.31期间，2024/02/29发布，版本1.2.3，2024年3月日均访问量2000人次，2024年4月日常巡检。',
      },
      expect: [],
    },
    {
      name: 'a month alone, a day with 号 and a range of days pass',
      input: { text: '2024年3月，召开会议5次；2024年3月5号、2024年4月1-3日举办培训。' },
      expect: [],
    },
    {
      name: 'well-formed dates pass',
      input: { text: '统计期限自2024年1月1日起至2024年12月31日止。2025年1月20日发布。' },
      expect: [],
    },
  ],
  run({ text: view, period }) {
    if (!view) return [];
    const findings: Finding[] = [];
    const dates = anchoredMatches(view, DATE, '年', dateStart);
    for (const { p, start, end } of dates) {
      // The four digits read as the year are the end of a longer run: a year of five digits.
      const first = digitsBefore(p.folded, start);
      if (first === start || inPeriod(period, p, first)) continue;
      const date = p.raw.slice(first, end);
      findings.push(dateFinding(view, p, first, end, 'warning', `日期“${date}”的年份不是四位数`));
    }
    for (const { p, start, end, match: m } of dates) {
      if (m[3] !== undefined || p.folded[end] !== '日') continue;
      const next = p.folded.charCodeAt(end + 1);
      const word =
        next >= 0x4e00 && next <= 0x9fff && !AFTER_DAYLESS.includes(p.folded[end + 1] ?? '');
      if (word) continue;
      const date = p.raw.slice(start, end + 1);
      findings.push(dateFinding(view, p, start, end + 1, 'warning', `日期“${date}”缺少日数`));
    }
    for (const { p, start, end } of paragraphMatches(view, DOUBLED_YEAR, ['年年'])) {
      const date = p.raw.slice(start, end);
      findings.push(dateFinding(view, p, start, end, 'warning', `日期“${date}”中“年”字重复`));
    }
    for (const { p, start, end, match: m } of paragraphMatches(view, NUMERIC_DATE, [
      '.',
      '-',
      '/',
    ])) {
      const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (exists(year, month, day) || inPeriod(period, p, start)) continue;
      findings.push(
        dateFinding(view, p, start, end, 'warning', `日期“${p.raw.slice(start, end)}”不存在`),
      );
    }
    for (const { p, start, end, match: m } of dates) {
      if (digitsBefore(p.folded, start) !== start) continue;
      const [year, month] = [Number(m[1]), Number(m[2])];
      const day = m[3] === undefined ? 1 : Number(m[3]);
      if (exists(year, month, day) || inPeriod(period, p, start)) continue;
      findings.push(
        dateFinding(view, p, start, end, 'warning', `日期“${p.raw.slice(start, end)}”不存在`),
      );
    }
    for (const { p, start, end, match: m } of dates) {
      if (m[3] !== undefined) continue;
      const day = DAY_WITHOUT_MARK.exec(p.folded.slice(end, end + 4));
      if (!day || (day[2] !== undefined && NOT_A_DAY_AFTER.includes(day[2]))) continue;
      const dayEnd = end + (day[1] ?? '').length;
      const date = p.raw.slice(start, dayEnd);
      findings.push(dateFinding(view, p, start, dayEnd, 'warning', `日期“${date}”缺少“日”字`));
    }
    for (const { p, start, end } of anchoredMatches(view, GLUED, '月', gluedStart)) {
      if (inPeriod(period, p, start)) continue;
      findings.push(
        dateFinding(view, p, start, end, 'warning', `日期“${p.raw.slice(start, end)}”缺少“年”字`),
      );
    }
    for (const { p, start, end, match: m } of dates) {
      if (!m[0].includes(' ') && !m[0].includes('\t')) continue;
      findings.push(
        dateFinding(view, p, start, end, 'info', `日期“${p.raw.slice(start, end)}”中有多余的空格`),
      );
    }
    for (const { p, start, end } of anchoredMatches(view, SPLIT_RANGE, '起', splitStart))
      findings.push(
        dateFinding(
          view,
          p,
          start,
          end,
          'info',
          '“自…起至…止”是一个整体，“起”与“至”之间不应加标点',
        ),
      );
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return findings;
  },
};

/** True when the span starting at `at` lies in the 统计期限, which `statutory.period` checks. */
function inPeriod(period: FoundPeriod | null, p: Paragraph, at: number): boolean {
  return period?.p === p && at >= period.start && at < period.end;
}

/** A finding of this rule about p.raw[start..end). */
function dateFinding(
  view: TextView,
  p: Paragraph,
  start: number,
  end: number,
  severity: Finding['severity'],
  message: string,
): Finding {
  return textFinding(view, p, { start, end }, { rule: 'writing.date', severity, message });
}
