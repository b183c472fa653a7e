import { getCell } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import type { Application } from './application.js';
import { makeApp } from './app-builder.test-data.js';
import type { Article20Figures } from './article20.js';
import { compileReport, type CompileInput } from './compile.js';
import type { ReviewCase } from './review-cases.js';

function compile(year: number, applications: Application[], reviewCases: ReviewCase[] = []) {
  const input: CompileInput = { agencyName: '某市某局', year, applications, reviewCases };
  return compileReport(input);
}

const boundary = makeApp('b', '2025-12-30', [
  { type: 'replied', date: '2026-01-05', outcome: 'granted' },
]);

describe('compileReport, table 三', () => {
  it.each([
    // [case, year, cell, expected]
    ['received 2025-12-30, answered 2026-01-05', 2025, 'received.total', 1],
    ['received 2025-12-30, answered 2026-01-05', 2025, 'carriedForward.naturalPerson', 1],
    ['received 2025-12-30, answered 2026-01-05', 2025, 'granted.total', 0],
    ['received 2025-12-30, answered 2026-01-05', 2026, 'received.total', 0],
    ['received 2025-12-30, answered 2026-01-05', 2026, 'carriedOver.total', 1],
    ['received 2025-12-30, answered 2026-01-05', 2026, 'granted.naturalPerson', 1],
    ['received 2025-12-30, answered 2026-01-05', 2026, 'carriedForward.total', 0],
  ])('%s: in %i, %s is %i', (_, year, cell, expected) => {
    const { report } = compile(year, [boundary]);
    expect(getCell(report, `applications.${cell}`)).toBe(expected);
  });

  it('carries a case open through a whole year over and forward in that year', () => {
    const app = makeApp('long', '2024-12-20', [
      { type: 'consultationStarted', date: '2024-12-23' },
      { type: 'replied', date: '2026-01-06', outcome: 'unableToProvide.notHeld' },
    ]);
    const cells = (year: number) =>
      ['received', 'carriedOver', 'unableToProvide.notHeld', 'carriedForward'].map((row) =>
        getCell(compile(year, [app]).report, `applications.${row}.total`),
      );
    expect(cells(2024)).toEqual([1, 0, 0, 1]);
    expect(cells(2025)).toEqual([0, 1, 0, 1]);
    expect(cells(2026)).toEqual([0, 1, 1, 0]);
  });

  it('counts a case answered on 31 December as concluded that year, not carried forward', () => {
    const app = makeApp('a', '2025-12-01', [
      { type: 'replied', date: '2025-12-31', outcome: 'withheld.stateSecret' },
    ]);
    const { report } = compile(2025, [app]);
    expect(getCell(report, 'applications.withheld.stateSecret.total')).toBe(1);
    expect(getCell(report, 'applications.carriedForward.total')).toBe(0);
  });

  it('puts each applicant type in its own column and sums 总计', () => {
    const apps = [
      makeApp('a', '2025-03-01', [], { type: 'commercial' }),
      makeApp('b', '2025-03-02', [], { type: 'legalService' }),
      makeApp('c', '2025-03-03'),
    ];
    const { report, drillDown } = compile(2025, apps);
    expect(report.applications.received).toEqual({
      naturalPerson: 1,
      commercial: 1,
      research: 0,
      socialWelfare: 0,
      legalService: 1,
      otherOrg: 0,
      total: 3,
    });
    expect(drillDown['applications.received.commercial']).toEqual(['a']);
  });

  it('counts withdrawal, lapsed 补正 and unpaid fee in the three 其他处理 rows of 2021', () => {
    const apps = [
      makeApp('w', '2025-03-03', [{ type: 'withdrawn', date: '2025-03-04' }]),
      makeApp('n', '2025-03-03', [
        { type: 'supplementRequested', date: '2025-03-05', respondBy: '2025-03-20' },
      ]),
      makeApp('f', '2025-03-03', [{ type: 'feeNoticeIssued', date: '2025-03-10' }]),
    ];
    const { drillDown } = compile(2025, apps);
    expect(drillDown['applications.otherHandling.other.total']).toEqual(['w']);
    expect(drillDown['applications.otherHandling.noCorrection.total']).toEqual(['n']);
    expect(drillDown['applications.otherHandling.unpaidFee.total']).toEqual(['f']);
    expect(drillDown['applications.totalProcessed.total']).toHaveLength(3);
  });

  it('uses the 2019 format for 2020, folding 其他处理 into its single row', () => {
    const app = makeApp('w', '2020-03-03', [{ type: 'withdrawn', date: '2020-03-04' }]);
    const { report } = compile(2020, [app]);
    expect(report.format).toBe('2019');
    expect(getCell(report, 'applications.otherHandling.total')).toBe(1);
  });
});

describe('compileReport, table 四, table 二 and the narrative', () => {
  const reviews: ReviewCase[] = [
    {
      id: 'r1',
      agencyId: 'agency-1',
      kind: 'reconsideration',
      applicationId: 'a',
      filedOn: '2025-06-01',
      result: 'upheld',
      decidedOn: '2025-08-01',
    },
    {
      id: 'r2',
      agencyId: 'agency-1',
      kind: 'litigationDirect',
      applicationId: 'a',
      filedOn: '2025-11-01',
      result: 'corrected',
      decidedOn: '2026-02-01',
    },
    {
      id: 'r3',
      agencyId: 'agency-1',
      kind: 'reconsideration',
      applicationId: null,
      filedOn: '2024-03-01',
      result: 'other',
      decidedOn: '2024-05-01',
    },
  ];

  it('counts cases by result on 31 December, undecided ones as 尚未审结', () => {
    const { report, drillDown } = compile(2025, [], reviews);
    expect(report.review.reconsideration).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
    expect(report.review.litigationDirect?.pending).toBe(1);
    expect(drillDown['review.litigationDirect.pending']).toEqual(['r2']);
  });

  it('counts a case pending on 1 January again the next year with its result', () => {
    const { report } = compile(2026, [], reviews);
    expect(report.review.litigationDirect).toEqual({
      upheld: 0,
      corrected: 1,
      other: 0,
      pending: 0,
      total: 1,
    });
    expect(report.review.reconsideration?.total).toBe(0);
  });

  it('fills table 二 from the Article 20 figures', () => {
    const article20: Article20Figures = {
      regulations: { issued: 1, repealed: 0, inForce: 12 },
      normativeDocuments: { issued: 5, repealed: 2, inForce: 40 },
      licensingDecisions: 300,
      punishmentDecisions: 25,
      coercionDecisions: 3,
      feesWanYuan: 12.5,
    };
    const { report } = compileReport({
      agencyName: '某市某局',
      year: 2025,
      applications: [],
      reviewCases: [],
      article20,
    });
    expect(getCell(report, 'proactive.normativeDocuments.inForce')).toBe(40);
    expect(getCell(report, 'proactive.fees.amountWanYuan')).toBe(12.5);
  });

  it('fills only the 处理决定数量 column of the 2019 table 二, which alone means the same', () => {
    const { report } = compileReport({
      agencyName: '某市某局',
      year: 2020,
      applications: [],
      reviewCases: [],
      article20: {
        regulations: { issued: 1, repealed: 0, inForce: 12 },
        normativeDocuments: { issued: 5, repealed: 2, inForce: 40 },
        licensingDecisions: 300,
        punishmentDecisions: 25,
        coercionDecisions: 3,
        feesWanYuan: 12.5,
      },
    });
    expect(getCell(report, 'proactive.licensing.decisions')).toBe(300);
    expect(getCell(report, 'proactive.coercion.decisions')).toBe(3);
    expect(getCell(report, 'proactive.regulations.made')).toBeNull();
  });

  it('drafts an overview stating the year’s figures and states the fee even when none', () => {
    const { report } = compile(2026, [boundary], reviews);
    expect(report.sections.overview).toContain('新收政府信息公开申请0件');
    expect(report.sections.overview).toContain('上年结转1件');
    expect(report.sections.overview).toContain('本年度办结1件');
    expect(report.sections.overview).toContain('被提起行政诉讼1件');
    expect(report.sections.other).toBe('本年度未收取信息处理费。');
    const paid = compileReport({
      agencyName: '某市某局',
      year: 2026,
      applications: [],
      reviewCases: [],
      feesCollectedYuan: 500,
    });
    expect(paid.report.sections.other).toContain('信息处理费500元');
  });
});
