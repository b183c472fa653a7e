import { cellPath, getCell, type Finding, type Report } from '@xxgk/model';
import { label } from '../cells.js';
import { formatNumber } from '../text/numbers.js';
import type { CheckContext, Rule } from '../types.js';

interface Chain {
  /** This year's cell that should follow from last year's. */
  target: string;
  /** Last year's base cell. */
  base: string;
  /** This year's (or last year's, see `fromPrevious`) cells added and subtracted. */
  plus: string[];
  minus: string[];
  fromPrevious?: boolean;
  explain: string;
}

function chains(ctx: CheckContext): Chain[] {
  const { format, previous } = ctx;
  if (!previous || previous.format !== format.id) return [];
  const p = (row: string, field: string) => cellPath('proactive', row, field);
  if (format.id === '2021')
    return ['regulations', 'normativeDocuments'].map((row) => ({
      target: p(row, 'inForce'),
      base: p(row, 'inForce'),
      plus: [p(row, 'issued')],
      minus: [p(row, 'repealed')],
      explain: '上年现行有效件数＋本年制发件数－本年废止件数',
    }));
  const published = ['regulations', 'normativeDocuments'].map((row) => ({
    target: p(row, 'totalPublished'),
    base: p(row, 'totalPublished'),
    plus: [p(row, 'published')],
    minus: [],
    explain: '上年对外公开总数量＋本年新公开数量',
  }));
  const items = ['licensing', 'otherServices', 'punishment', 'coercion', 'fees'].map((row) => ({
    target: p(row, 'previousYear'),
    base: p(row, 'previousYear'),
    plus: [p(row, 'change')],
    minus: [],
    fromPrevious: true,
    explain: '上年报告的上一年项目数量＋本年增/减',
  }));
  return [...published, ...items];
}

const num = (r: Report, path: string) => {
  const v = getCell(r, path);
  return typeof v === 'number' ? v : null;
};

/**
 * Across years: 现行有效件数 = last year's 现行有效件数 + 本年制发 − 本年废止 (2021 format); in
 * the 2019 format 对外公开总数量 and 上一年项目数量 chain the same way. Revisions and clean-ups
 * can legitimately break the chain, so this is a warning.
 * @see docs/domain.md §5.3 f; 条例第二十条第（一）项
 */
export const previousInForce: Rule = {
  id: 'previous.in-force',
  severity: 'warning',
  title: '现行有效件数与上年报告',
  description:
    '现行有效件数应等于上年报告的现行有效件数加本年制发件数减本年废止件数（2019 年试行格式：对外公开总数量、上一年项目数量同理）。修订、清理可能打破这一关系，故为警告。',
  see: ['条例第二十条第（一）项', '国办公开办函〔2021〕30号 表二（现行有效件数）'],
  examples: [
    {
      name: 'documents in force that follow from last year pass',
      input: {
        cells: {
          'proactive.normativeDocuments.issued': 3,
          'proactive.normativeDocuments.repealed': 1,
          'proactive.normativeDocuments.inForce': 12,
        },
        previous: { cells: { 'proactive.normativeDocuments.inForce': 10 } },
      },
      expect: [],
    },
    {
      name: 'documents in force that do not follow from last year are a warning naming the numbers',
      input: {
        cells: {
          'proactive.normativeDocuments.issued': 3,
          'proactive.normativeDocuments.repealed': 1,
          'proactive.normativeDocuments.inForce': 15,
        },
        previous: { cells: { 'proactive.normativeDocuments.inForce': 10 } },
      },
      expect: [
        {
          severity: 'warning',
          cells: [
            'proactive.normativeDocuments.inForce',
            'proactive.normativeDocuments.issued',
            'proactive.normativeDocuments.repealed',
          ],
          message: ['15', '10+3-1=12'],
        },
      ],
    },
    {
      name: "in the 2019 format 上一年项目数量 follows last year's figure and change",
      input: {
        format: '2019',
        cells: { 'proactive.licensing.previousYear': 9 },
        previous: {
          format: '2019',
          cells: { 'proactive.licensing.previousYear': 10, 'proactive.licensing.change': -2 },
        },
      },
      expect: [
        { severity: 'warning', cells: ['proactive.licensing.previousYear'], message: ['9', '8'] },
      ],
    },
    {
      name: 'a 2021 report after a 2019-format report is not compared',
      input: {
        report: { year: 2021 },
        cells: { 'proactive.regulations.inForce': 4 },
        previous: { format: '2019' },
      },
      expect: [],
    },
  ],
  run(ctx) {
    const { report, previous, format } = ctx;
    if (!previous) return [];
    if (
      typeof report.year === 'number' &&
      typeof previous.year === 'number' &&
      previous.year !== report.year - 1
    )
      return [];
    const findings: Finding[] = [];
    for (const c of chains(ctx)) {
      const target = num(report, c.target);
      const base = num(previous, c.base);
      const source = c.fromPrevious ? previous : report;
      const plus = c.plus.map((x) => num(source, x));
      const minus = c.minus.map((x) => num(source, x));
      if (target === null || base === null || plus.includes(null) || minus.includes(null)) continue;
      const expected =
        base +
        plus.reduce<number>((a, b) => a + (b ?? 0), 0) -
        minus.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (Math.abs(expected - target) < 1e-9) continue;
      const formula = [
        formatNumber(base),
        ...plus.map((v) =>
          (v ?? 0) < 0 ? `-${formatNumber(-(v ?? 0))}` : `+${formatNumber(v ?? 0)}`,
        ),
        ...minus.map((v) => `-${formatNumber(v ?? 0)}`),
      ].join('');
      findings.push({
        rule: 'previous.in-force',
        severity: 'warning',
        message: `${label(format, c.target)}为${formatNumber(target)}，按${c.explain}应为${formula}=${formatNumber(expected)}；如有修订或清理请在正文说明`,
        cells: [c.target, ...(c.fromPrevious ? [] : [...c.plus, ...c.minus])],
      });
    }
    return findings;
  },
};
