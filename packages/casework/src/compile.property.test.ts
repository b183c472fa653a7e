import { addDays, type IsoDate } from '@xxgk/calendar';
import { check } from '@xxgk/checks';
import { APPLICANT_COLUMN_KEYS, APPLICANT_PARTS, getCell, REVIEW_BLOCKS } from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application, CaseEvent } from './application.js';
import { makeApp } from './app-builder.test-data.js';
import { compileReport } from './compile.js';
import { OUTCOMES } from './outcome.js';
import type { ReviewCase } from './review-cases.js';

// Receipts from autumn 2023 to the end of 2025, so 2024 has cases carried over into it and
// 2025 cases carried into 2026; endings may fall in early 2026 (all on the built-in calendar).
const START: IsoDate = '2023-10-01';
const SPAN = 822;

const ending: fc.Arbitrary<(received: IsoDate) => CaseEvent[]> = fc.oneof(
  fc.constant((): CaseEvent[] => []),
  fc
    .tuple(fc.nat(90), fc.constantFrom(...OUTCOMES))
    .map(([k, outcome]) => (r: IsoDate): CaseEvent[] => [
      { type: 'replied', date: addDays(r, k), outcome },
    ]),
  fc.nat(60).map((k) => (r: IsoDate): CaseEvent[] => [{ type: 'withdrawn', date: addDays(r, k) }]),
  fc
    .tuple(fc.nat(5), fc.nat(30), fc.option(fc.nat(40)))
    .map(([a, b, answered]) => (r: IsoDate): CaseEvent[] => [
      { type: 'supplementRequested', date: addDays(r, a), respondBy: addDays(r, a + b) },
      ...(answered === null
        ? []
        : [{ type: 'supplementReceived' as const, date: addDays(r, a + answered) }]),
      { type: 'replied', date: addDays(r, a + 45), outcome: 'granted' },
    ]),
  fc
    .tuple(fc.nat(20), fc.option(fc.nat(40)))
    .map(([a, paid]) => (r: IsoDate): CaseEvent[] => [
      { type: 'feeNoticeIssued', date: addDays(r, a) },
      ...(paid === null ? [] : [{ type: 'feePaid' as const, date: addDays(r, a + paid) }]),
    ]),
);

const application = fc
  .tuple(fc.nat(SPAN), fc.constantFrom(...APPLICANT_PARTS), ending)
  .map(([d, type, end]) => ({ received: addDays(START, d), type, end }));

const reviewCase = fc.tuple(
  fc.nat(SPAN),
  fc.constantFrom(...REVIEW_BLOCKS.map((b) => b.key)),
  fc.option(fc.tuple(fc.constantFrom('upheld', 'corrected', 'other'), fc.nat(200))),
);

const histories = fc.tuple(
  fc.array(application, { maxLength: 40 }),
  fc.array(reviewCase, { maxLength: 10 }),
);

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

function build(
  apps: Generated<typeof application>[],
  cases: Generated<typeof reviewCase>[],
): { applications: Application[]; reviewCases: ReviewCase[] } {
  return {
    applications: apps.map((a, i) =>
      makeApp(`a${i}`, a.received, a.end(a.received), { type: a.type }),
    ),
    reviewCases: cases.map(([d, kind, decided], i) => ({
      id: `r${i}`,
      agencyId: 'agency-1',
      kind,
      applicationId: null,
      filedOn: addDays(START, d),
      result: decided ? decided[0] : 'pending',
      decidedOn: decided ? addDays(START, d + decided[1]) : null,
    })),
  };
}

describe('compileReport over random case histories', () => {
  it('passes every table identity, agrees on the carry-over and drills down to its cells', () => {
    fc.assert(
      fc.property(histories, ([apps, cases]) => {
        const data = build(apps, cases);
        const [r2024, r2025] = [2024, 2025].map((year) =>
          compileReport({ agencyName: '某市某局', year, ...data }),
        ) as [ReturnType<typeof compileReport>, ReturnType<typeof compileReport>];

        for (const { report } of [r2024, r2025]) {
          const errors = check({ report }).filter(
            (f) => f.severity === 'error' && /^(applications|review)\./.test(f.rule),
          );
          expect(errors).toEqual([]);
        }
        const carried = check({ report: r2025.report, previous: r2024.report }).filter(
          (f) => f.rule === 'previous.carried-over',
        );
        expect(carried).toEqual([]);
        for (const col of APPLICANT_COLUMN_KEYS)
          expect(getCell(r2025.report, `applications.carriedOver.${col}`)).toBe(
            getCell(r2024.report, `applications.carriedForward.${col}`),
          );

        for (const { report, drillDown } of [r2024, r2025])
          for (const [path, ids] of Object.entries(drillDown)) {
            expect(getCell(report, path)).toBe(ids.length);
            expect(new Set(ids).size).toBe(ids.length);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('counts every application received in the year exactly once in 一', () => {
    fc.assert(
      fc.property(histories, ([apps, cases]) => {
        const data = build(apps, cases);
        const { report } = compileReport({ agencyName: '某市某局', year: 2025, ...data });
        const expected = apps.filter((a) => a.received.startsWith('2025-')).length;
        expect(getCell(report, 'applications.received.total')).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
