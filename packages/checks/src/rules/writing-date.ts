import type { Finding } from '@xxgk/model';
import { isValidDate } from '../text/dates.js';
import { textFinding } from '../text/finding.js';
import { narrativeMatches, type Paragraph } from '../text/text-view.js';
import type { Rule } from '../types.js';

const DATE = /(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月(?:[ \t]*(\d{1,2})[ \t]*日)?/gu;
const GLUED = /(?<!\d)((?:19|20)\d{2})(\d{1,2})[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?/gu;
const SPACED = /\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?/gu;
const SPLIT_RANGE = /\d[ \t]*日[ \t]*起[ \t]*[,、][ \t]*至/gu;

/**
 * Dates written wrong: a month or day that does not exist (2024年13月, 2月30日), a year run into
 * the month (20241月1日), stray spaces inside a date (2023 年12 月 31日), and the fixed phrase
 * 自…起至…止 broken by a comma (2024年1月1日起,至…). Errors in the 统计期限 itself are reported by
 * `statutory.period`.
 * @see docs/domain.md §1.9（文字严谨）
 */
export const writingDate: Rule = {
  id: 'writing.date',
  severity: 'warning',
  title: '日期写法',
  description:
    '日期写法错误：月、日不存在（如“2024年13月”）、年份与月份连写（如“20241月”）为警告；日期中夹有空格、“自…起，至…止”中间断开为提示。统计期限本身的错误由“统计期限”规则报告。',
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
      name: 'well-formed dates pass',
      input: { text: '统计期限自2024年1月1日起至2024年12月31日止。2025年1月20日发布。' },
      expect: [],
    },
  ],
  run({ text: view, period }) {
    if (!view) return [];
    const inPeriod = (p: Paragraph, at: number) =>
      period?.p === p && at >= period.start && at < period.end;
    const findings: Finding[] = [];
    const add = (
      p: Paragraph,
      start: number,
      end: number,
      severity: Finding['severity'],
      message: string,
    ) =>
      findings.push(
        textFinding(view, p, { start, end }, { rule: 'writing.date', severity, message }),
      );
    for (const { p, start, end, match: m } of narrativeMatches(view, DATE)) {
      const [year, month] = [Number(m[1]), Number(m[2])];
      const day = m[3] === undefined ? 1 : Number(m[3]);
      if (isValidDate(year, month, day) || inPeriod(p, start)) continue;
      add(p, start, end, 'warning', `日期“${p.raw.slice(start, end)}”不存在`);
    }
    for (const { p, start, end } of narrativeMatches(view, GLUED)) {
      if (inPeriod(p, start)) continue;
      add(p, start, end, 'warning', `日期“${p.raw.slice(start, end)}”缺少“年”字`);
    }
    for (const { p, start, end, match: m } of narrativeMatches(view, SPACED)) {
      if (!/[ \t]/u.test(m[0])) continue;
      add(p, start, end, 'info', `日期“${p.raw.slice(start, end)}”中有多余的空格`);
    }
    for (const { p, start, end } of narrativeMatches(view, SPLIT_RANGE))
      add(p, start, end, 'info', '“自…起至…止”是一个整体，“起”与“至”之间不应加标点');
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return findings;
  },
};
