import { getCell, type Finding } from '@xxgk/model';
import { appPath, columnLabel } from '../cells.js';
import { formatNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';

/**
 * Across years: an application still open on 31 December is 结转下年度 in one report and
 * must come back as 上年结转 in the next, column by column.
 * @see docs/domain.md §1.8 g, §5.3 e
 */
export const previousCarriedOver: Rule = {
  id: 'previous.carried-over',
  severity: 'error',
  title: '上年结转与上年报告',
  description:
    '本年报告的“二、上年结转政府信息公开申请数量”应逐列等于上一年度报告的“四、结转下年度继续办理”。两边都填了数字而不相等时为错误；所附上年报告的发布机关明显不是本机关时（见 previous.agency）降为警告。需用 --previous 提供上年报告。',
  see: ['国办公开办函〔2021〕30号 表三（四、结转下年度继续办理；二、上年结转）'],
  examples: [
    {
      name: "carried-over figures equal to last year's carried-forward pass",
      input: {
        cells: { 'applications.carriedOver.total': 3, 'applications.carriedOver.naturalPerson': 3 },
        previous: {
          cells: {
            'applications.carriedForward.total': 3,
            'applications.carriedForward.naturalPerson': 3,
          },
        },
      },
      expect: [],
    },
    {
      name: "a carried-over figure that differs from last year's report is an error per column",
      input: {
        cells: { 'applications.carriedOver.naturalPerson': 2, 'applications.carriedOver.total': 2 },
        previous: {
          cells: {
            'applications.carriedForward.naturalPerson': 5,
            'applications.carriedForward.total': 5,
          },
        },
      },
      expect: [
        {
          severity: 'error',
          cells: ['applications.carriedOver.naturalPerson'],
          message: ['自然人', '2', '5', '2023'],
        },
        { severity: 'error', cells: ['applications.carriedOver.total'] },
      ],
    },
    {
      name: "a carry-over that differs from another agency's report is a warning, not an error",
      input: {
        report: { agency: '江宁市交通运输局' },
        cells: { 'applications.carriedOver.total': 2 },
        previous: {
          report: { agency: '江宁市财政局' },
          cells: { 'applications.carriedForward.total': 5 },
        },
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.carriedOver.total'],
          message: ['2', '5', '江宁市财政局'],
        },
      ],
    },
    {
      name: "a carry-over that differs from the same agency's report, named in short, is an error",
      input: {
        report: { agency: '淄博高新技术产业开发区管理委员会' },
        cells: { 'applications.carriedOver.total': 2 },
        previous: {
          report: { agency: '淄博高新区管委会' },
          cells: { 'applications.carriedForward.total': 5 },
        },
      },
      expect: [{ severity: 'error', cells: ['applications.carriedOver.total'] }],
    },
    {
      name: 'a blank on either side is not compared',
      input: {
        cells: { 'applications.carriedOver.total': null },
        previous: { cells: { 'applications.carriedForward.total': 4 } },
      },
      expect: [],
    },
    {
      name: 'a previous report of another year is flagged once and not compared',
      input: {
        cells: { 'applications.carriedOver.total': 1 },
        previous: { report: { year: 2021 } },
      },
      expect: [{ severity: 'warning', message: ['2021', '2023'] }],
    },
  ],
  run({ report, previous, previousIsOtherAgency, format }) {
    if (!previous) return [];
    if (
      typeof report.year === 'number' &&
      typeof previous.year === 'number' &&
      previous.year !== report.year - 1
    )
      return [
        {
          rule: 'previous.carried-over',
          severity: 'warning',
          message: `所附上年报告是${previous.year}年度的，而本报告是${report.year}年度，应提供${report.year - 1}年度报告；未做跨年度核对`,
          cells: [],
        },
      ];
    const lastYear = typeof previous.year === 'number' ? `${previous.year}年度` : '上年';
    // Another body's figures cannot make ours certainly wrong (previous.agency says why).
    const source = previousIsOtherAgency
      ? `“${previous.agency ?? ''}”${lastYear}报告`
      : `${lastYear}报告`;
    const findings: Finding[] = [];
    for (const col of format.applicantColumns) {
      const now = getCell(report, appPath('carriedOver', col));
      const before = getCell(previous, appPath('carriedForward', col));
      if (typeof now !== 'number' || typeof before !== 'number' || now === before) continue;
      findings.push({
        rule: 'previous.carried-over',
        severity: previousIsOtherAgency ? 'warning' : 'error',
        message: `${columnLabel(col)}列：本年“上年结转”为${formatNumber(now)}，但${source}“结转下年度继续办理”为${formatNumber(before)}`,
        cells: [appPath('carriedOver', col)],
      });
    }
    return findings;
  },
};
