import type { Finding, Severity } from '@xxgk/model';
import { excerptOf } from '../text/excerpt.js';
import type { FoundPeriod } from '../text/period.js';
import type { CheckContext, Rule } from '../types.js';
import { titleYear } from './statutory-title-year.js';

function finding(
  ctx: CheckContext,
  period: FoundPeriod | null,
  severity: Severity,
  message: string,
): Finding {
  const view = ctx.text;
  const where =
    period?.p && view && !view.synthetic
      ? { line: period.p.line, excerpt: excerptOf(period.p.raw, period.start, period.end, 0) }
      : period
        ? { excerpt: period.text }
        : {};
  return { rule: 'statutory.period', severity, message, cells: [], ...where };
}

/**
 * The 统计期限 must name the report year, as a well-formed calendar year: 1 January to
 * 31 December. A malformed date (`20241月1日`), another year, an end before the start, or
 * 1 January of one year to 31 December of another (`自2023年1月1日起至2022年12月31日止`) is
 * certainly wrong; a period that is not the whole year (one straddling New Year included) is for
 * a reviewer to look at. A period wholly in another year than the title's is left to
 * `statutory.title-year`, which names both years: one finding for one fact.
 * @see 条例第五十条; docs/domain.md §1.9, §5.3 j
 */
export const statutoryPeriod: Rule = {
  id: 'statutory.period',
  severity: 'error',
  title: '统计期限',
  description:
    '报告应写明数据的统计期限，即报告年度的1月1日至12月31日。日期写法错误（如“20241月1日”、“2024年13月”）、年份与报告年度不符、起止年份不一致（如“2023年1月1日至2022年12月31日”）或截止日期早于起始日期为错误；不是完整自然年、或未写统计期限为警告。',
  see: ['条例第四十九条、第五十条', '国办公开办函〔2021〕30号'],
  examples: [
    {
      name: 'a period from 1 January to 31 December of the report year passes',
      input: { text: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。' },
      expect: [],
    },
    {
      name: 'an end date written without its year passes',
      input: { text: '统计期限为2024年1月1日至12月31日。' },
      expect: [],
    },
    {
      name: 'a start date whose year runs into the month is an error quoting it',
      input: { text: '标题\n本年度报告中所列数据的统计期限从20241月1日到12月31日止。' },
      expect: [{ severity: 'error', line: 2, message: ['20241月1日'] }],
    },
    {
      name: 'a start date whose year has five digits is an error quoting it, not another year',
      input: { text: '本报告统计期限自20244年1月1日起至2024年12月31日止。' },
      expect: [{ severity: 'error', message: ['20244年1月1日'] }],
    },
    {
      name: 'a period naming another year is an error',
      input: { text: '本报告统计期限为2023年1月1日至2023年12月31日。' },
      expect: [{ severity: 'error', message: ['2023', '2024'] }],
    },
    {
      name: 'an impossible date is an error',
      input: { text: '统计期限自2024年1月1日至2024年12月32日。' },
      expect: [{ severity: 'error', message: ['2024年12月32日'] }],
    },
    {
      name: 'a period that is not the whole year is a warning',
      input: { text: '统计期限为2024年1月1日至2024年11月30日。' },
      expect: [{ severity: 'warning', message: ['11月30日'] }],
    },
    {
      name: 'a period that straddles two years is a warning, not an error',
      input: { text: '统计期限为2023年12月21日至2024年12月20日。' },
      expect: [{ severity: 'warning', message: ['2023年12月21日', '自然年'] }],
    },
    {
      name: 'a period whose end names the year before its start is an error',
      input: {
        report: { year: 2023, title: '某某局2023年政府信息公开工作年度报告' },
        text: '本报告中所列数据的统计期限自2023年1月1日起至2022年12月31日止。',
      },
      expect: [{ severity: 'error', message: ['2022年12月31日', '2023年'] }],
    },
    {
      name: 'a period from 1 January of one year to 31 December of another is an error',
      input: { text: '统计期限为2023年1月1日至2024年12月31日。' },
      expect: [{ severity: 'error', message: ['2023年1月1日', '2024年12月31日'] }],
    },
    {
      name: 'a period wholly in another year than the title is left to the title-year rule',
      input: {
        report: { year: 2024, title: '某某局2024年政府信息公开工作年度报告' },
        text: '本报告统计期限为2023年1月1日至2023年12月31日。',
      },
      expect: [],
    },
    {
      name: 'an end before the start in the same year is an error',
      input: { text: '统计期限为2024年12月31日至2024年1月1日。' },
      expect: [{ severity: 'error', message: ['早于'] }],
    },
    {
      name: 'a report text that never states its period gets a warning',
      input: { text: '一、总体情况\n本年度工作稳步推进。' },
      expect: [{ severity: 'warning', message: ['未写明'] }],
    },
    {
      name: 'the period the reader recorded is checked when no text is given',
      input: {
        report: {
          period: {
            text: '统计期限为2025年1月1日至2025年12月31日',
            start: null,
            end: null,
            year: 2025,
          },
        },
      },
      expect: [{ severity: 'error', message: ['2025', '2024'] }],
    },
  ],
  run(ctx) {
    const { report, text, period } = ctx;
    if (!period) {
      if (!text || text.synthetic) return [];
      return [
        finding(ctx, null, 'warning', '未写明数据的统计期限（应为报告年度1月1日至12月31日）'),
      ];
    }
    const findings: Finding[] = [];
    for (const raw of period.malformed)
      findings.push(
        finding(ctx, period, 'error', `统计期限中的日期“${raw}”格式错误，应写作“××××年×月×日”`),
      );
    for (const d of period.dates.filter((x) => !x.valid))
      findings.push(finding(ctx, period, 'error', `统计期限中的日期“${d.raw}”不存在`));
    const year = report.year;
    const named = [...new Set(period.years)];
    const others = named.filter((y) => year !== null && y !== year);
    const fromTitle = report.titleYear ?? titleYear(report.title);
    const titleSaysIt =
      named.length === 1 && typeof fromTitle === 'number' && named[0] !== fromTitle;
    // A period wholly in another year is certainly wrong (unless the title-year rule already
    // says so); one that starts and ends in different years is judged below.
    if (others.length > 0 && year !== null && !named.includes(year) && !titleSaysIt)
      findings.push(
        finding(
          ctx,
          period,
          'error',
          `统计期限写的是${others.join('、')}年，但报告年度为${year}年`,
        ),
      );
    if (findings.length > 0) return findings;
    const valid = period.dates.filter((d) => d.valid);
    const first = valid[0];
    const last = valid[valid.length - 1];
    if (first && last && valid.length >= 2) {
      const whole = first.month === 1 && first.day === 1 && last.month === 12 && last.day === 31;
      const y1 = first.year;
      const y2 = last.year ?? y1;
      // Only with both years written: `2023年12月1日至11月30日` may mean the next November.
      const backwards =
        y1 !== null &&
        last.year !== null &&
        y2 !== null &&
        (y2 < y1 || (y2 === y1 && (last.month - first.month || last.day - first.day) < 0));
      if (y1 !== null && y2 !== null && y1 !== y2 && (whole || backwards)) {
        // 1 January to 31 December of different years, or an end before the start: one of the
        // two years is a slip, and the one that is not the report's (or title's) year is it.
        const expected = year ?? fromTitle;
        const odd = [y1, y2].filter((y) => typeof expected === 'number' && y !== expected);
        const hint =
          odd.length === 1 && typeof expected === 'number'
            ? `，其中${odd[0]}年与报告年度${expected}年不符`
            : '';
        findings.push(
          finding(
            ctx,
            period,
            'error',
            `统计期限为${first.raw}至${last.raw}，起止年份不一致${hint}（应为报告年度的1月1日至12月31日）`,
          ),
        );
      } else if (backwards)
        findings.push(
          finding(
            ctx,
            period,
            'error',
            `统计期限为${first.raw}至${last.raw}，截止日期早于起始日期`,
          ),
        );
      else if (!whole)
        findings.push(
          finding(
            ctx,
            period,
            'warning',
            `统计期限为${first.raw}至${last.raw}，不是完整的自然年（应为1月1日至12月31日）`,
          ),
        );
    }
    return findings;
  },
};
