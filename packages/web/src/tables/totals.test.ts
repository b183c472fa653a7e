import fc from 'fast-check';
import {
  allCellPaths,
  APPLICANT_COLUMNS,
  emptyReport,
  FORMAT_IDS,
  getCell,
  setCell,
  type FormatId,
  type Report,
} from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { computedTotals, identities, sumCells, withComputedTotals } from './totals.js';

/** A report of a format with random small counts (or blanks) in every cell. */
const arbReport = (format: FormatId) =>
  fc
    .array(fc.option(fc.nat(500), { nil: null }), {
      minLength: allCellPaths(format).length,
      maxLength: allCellPaths(format).length,
    })
    .map((values) => {
      const report = emptyReport(format);
      allCellPaths(format).forEach((p, i) => setCell(report, p, values[i] ?? null));
      return report;
    });

const arbAnyReport = fc.constantFrom(...FORMAT_IDS).chain(arbReport);

describe('live totals', () => {
  it('keep a blank total blank instead of turning it into 0', () => {
    expect(sumCells([null, null, undefined])).toBeNull();
    expect(sumCells([null, 0])).toBe(0);
    expect(sumCells([0.1, 0.2])).toBe(0.3);
  });

  it('fill the 总计 column with the sum of the six applicant columns', () => {
    const r = emptyReport('2021');
    setCell(r, 'applications.received.naturalPerson', 30);
    setCell(r, 'applications.received.commercial', 4);
    setCell(r, 'applications.received.otherOrg', 1);
    expect(getCell(withComputedTotals(r), 'applications.received.total')).toBe(35);
  });

  it('sum every result row into （七）总计, including 2019’s single 其他处理 row', () => {
    const r = emptyReport('2019');
    setCell(r, 'applications.granted.naturalPerson', 5);
    setCell(r, 'applications.otherHandling.naturalPerson', 2);
    setCell(r, 'applications.received.naturalPerson', 100);
    const t = computedTotals(r);
    expect(t.get('applications.totalProcessed.naturalPerson')).toBe(7);
    expect(t.get('applications.totalProcessed.total')).toBe(7);
  });

  it('total each table 四 block from its four results', () => {
    const r = emptyReport('2021');
    setCell(r, 'review.reconsideration.upheld', 72);
    setCell(r, 'review.reconsideration.corrected', 64);
    setCell(r, 'review.reconsideration.other', 178);
    setCell(r, 'review.reconsideration.pending', 37);
    expect(computedTotals(r).get('review.reconsideration.total')).toBe(351);
  });

  it('make every total identity hold once totals are computed, for any report', () => {
    fc.assert(
      fc.property(arbAnyReport, (report: Report) => {
        const filled = withComputedTotals(report);
        for (const id of identities(filled).filter((i) => i.key.startsWith('total.')))
          expect(id.ok === null || id.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('compute the same totals again from a report whose totals are already computed', () => {
    fc.assert(
      fc.property(arbAnyReport, (report: Report) => {
        const once = withComputedTotals(report);
        expect(withComputedTotals(once)).toEqual(once);
      }),
      { numRuns: 40 },
    );
  });

  it('never change a cell that is not a total', () => {
    fc.assert(
      fc.property(arbAnyReport, (report: Report) => {
        const filled = withComputedTotals(report);
        const totals = computedTotals(report);
        for (const p of allCellPaths(report.format))
          if (!totals.has(p)) expect(getCell(filled, p)).toBe(getCell(report, p));
      }),
      { numRuns: 30 },
    );
  });

  it('report the 一＋二＝（七）＋四 balance per column with both sides', () => {
    const r = emptyReport('2021');
    setCell(r, 'applications.received.total', 3119);
    setCell(r, 'applications.carriedOver.total', 34);
    setCell(r, 'applications.totalProcessed.total', 3050);
    setCell(r, 'applications.carriedForward.total', 103);
    const balance = identities(r).find((i) => i.key === 'balance.total');
    expect(balance).toMatchObject({ left: 3153, right: 3153, ok: true });
    setCell(r, 'applications.carriedForward.total', 104);
    expect(identities(r).find((i) => i.key === 'balance.total')).toMatchObject({
      left: 3153,
      right: 3154,
      ok: false,
    });
    expect(identities(r).filter((i) => i.key.startsWith('balance.'))).toHaveLength(
      APPLICANT_COLUMNS.length,
    );
  });

  it('leave an identity undecided while both of its sides are blank', () => {
    const r = emptyReport('2021');
    expect(identities(r).every((i) => i.ok === null)).toBe(true);
  });
});
