import { reportSchema, type Report } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { check } from './check.js';
import { zeroReport } from './examples.js';

describe('check', () => {
  it('lists errors first, then warnings, then advice', () => {
    const report = zeroReport('2021', 2024);
    report.agency = '某某市某某局';
    report.publishedOn = '2025-02-20';
    (report.applications.received ?? {}).total = 3;
    const text =
      '一、总体情况\n本年度共收到政府信息公开申请5件。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。';
    const order = check({ report, text }).map((f) => f.severity);
    expect(order.length).toBeGreaterThan(3);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(order[0]).toBe('error');
  });

  it('gives nothing on a clean report without text', () => {
    expect(check({ report: zeroReport('2021', 2024) })).toEqual([]);
    expect(check({ report: zeroReport('2019', 2020) })).toEqual([]);
  });

  it('reports a fraction in a count cell of a report JSON as an error naming that cell', () => {
    const report = zeroReport('2021', 2023);
    (report.proactive.punishment ?? {}).decisions = 10.5;
    const reconsideration = report.review.reconsideration ?? {};
    reconsideration.other = 2.5;
    reconsideration.total = 2.5;
    const json = JSON.parse(JSON.stringify(report)) as Report;
    expect(reportSchema.safeParse(json).success).toBe(true);
    const errors = check({ report: json })
      .filter((f) => f.severity === 'error')
      .map((f) => [
        f.rule,
        f.cells.join(','),
        /10\.5|2\.5/u.test(f.message),
        /应为非负整数/u.test(f.message),
      ]);
    expect(errors).toEqual([
      ['proactive.values', 'proactive.punishment.decisions', true, true],
      ['review.values', 'review.reconsideration.other', true, true],
      ['review.values', 'review.reconsideration.total', true, true],
    ]);
  });

  it('still checks the tables of a report whose JSON left sections out', () => {
    const report = zeroReport('2021', 2024);
    (report.review.reconsideration ?? {}).total = 2;
    const partial = {
      ...report,
      sections: undefined,
      notes: undefined,
    } as unknown as typeof report;
    expect(check({ report: partial }).map((f) => f.rule)).toEqual(['review.block-total']);
  });
});
