import { foldText } from '@xxgk/model';
import type { Rule } from '../types.js';

/** The year a title names (`…2024年政府信息公开工作年度报告`, `2024年度…`), if any. */
export function titleYear(title: string | null | undefined): number | null {
  if (!title) return null;
  const m = /(\d{4})\s*年/u.exec(foldText(title));
  return m ? Number(m[1]) : null;
}

/**
 * The year in the title and the year of the 统计期限 must be the same: one of them is wrong.
 * @see 条例第四十九条、第五十条; docs/domain.md §5.3 m
 */
export const statutoryTitleYear: Rule = {
  id: 'statutory.title-year',
  severity: 'error',
  title: '标题年份与统计期限',
  description: '报告标题中的年份应与统计期限（即报告年度）一致，不一致时必有一处写错。',
  see: ['条例第四十九条、第五十条'],
  examples: [
    {
      name: 'a title naming the period year passes',
      input: {
        report: { title: '某某局2024年政府信息公开工作年度报告' },
        text: '统计期限自2024年1月1日起至2024年12月31日止。',
      },
      expect: [],
    },
    {
      name: 'a title naming another year than the period is an error',
      input: {
        report: { title: '某某局2023年政府信息公开工作年度报告' },
        text: '统计期限自2024年1月1日起至2024年12月31日止。',
      },
      expect: [{ severity: 'error', message: ['2023', '2024'] }],
    },
    {
      name: 'the title year the reader recorded is compared with the report year',
      input: { report: { title: null, titleYear: 2022, year: 2023 } },
      expect: [{ severity: 'error', message: ['2022', '2023'] }],
    },
    {
      name: 'a report without a title is not judged',
      input: { report: { title: null } },
      expect: [],
    },
  ],
  run({ report, period }) {
    const fromTitle = report.titleYear ?? titleYear(report.title);
    if (fromTitle === null || fromTitle === undefined) return [];
    const periodYears = [...new Set(period?.years ?? [])];
    const periodYear = periodYears.length === 1 ? periodYears[0] : null;
    const other = periodYear ?? report.year;
    if (other === null || other === undefined || other === fromTitle) return [];
    const what = periodYear !== null && periodYear !== undefined ? '统计期限' : '报告年度';
    return [
      {
        rule: 'statutory.title-year',
        severity: 'error',
        message: `标题中的年份为${fromTitle}年，而${what}为${other}年，二者不一致`,
        cells: [],
      },
    ];
  },
};
