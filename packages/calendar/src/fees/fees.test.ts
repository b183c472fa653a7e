import { isXxgkError } from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateFee } from './calculate-fee.js';
import { FEE_EXAMPLES } from './examples.js';
import { perPieceFee } from './per-piece.js';
import { perPageFee } from './per-page.js';

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a typed failure');
}

describe('the 信息处理费 worked examples', () => {
  for (const example of FEE_EXAMPLES) {
    it(`gives ${example.amount} 元 with its explanation for ${example.title}`, () => {
      const result = calculateFee(example.input);
      expect(result.amount).toBe(example.amount);
      expect(result.explanation).toBe(example.explanation);
      expect(result.bands.reduce((s, b) => s + b.subtotal, 0)).toBe(example.amount);
    });
  }

  it('include domain.md §4.4: 45 applications in a month cost 5,500 元', () => {
    expect(calculateFee({ perPiece: { pieces: 45 } }).amount).toBe(5500);
  });
});

describe('the fee calculator', () => {
  it('refuses to charge one application by both methods', () => {
    const f = failure(() => calculateFee({ perPiece: { pieces: 12 }, perPage: { pages: 40 } }));
    expect(f.code).toBe('calendar.invalid-input');
    expect(f.message).toContain('不得同时按两种方式计收');
  });

  it('asks for a method when given none', () => {
    expect(failure(() => calculateFee({})).message).toContain('二者择一');
  });

  it('refuses counts that are not whole numbers, naming them', () => {
    const f = failure(() => calculateFee({ perPage: { pages: 12.5 } }));
    expect(f.code).toBe('calendar.invalid-input');
    expect(f.message).toBe('页数应为不小于0的整数，收到的是12.5。');
    expect(failure(() => calculateFee({ perPiece: { pieces: 0 } })).message).toContain(
      '本申请计件数',
    );
  });

  it('charges the month as the sum of its applications charged one by one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (n) => {
        let oneByOne = 0;
        for (let k = 0; k < n; k += 1)
          oneByOne += perPieceFee({ previousThisMonth: k, pieces: 1 }).amount;
        expect(perPieceFee({ pieces: n }).amount).toBe(oneByOne);
      }),
    );
  });

  it('never charges the first 10 applications of a month or the first 30 pages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 30 }), (n, pages) => {
        expect(perPieceFee({ pieces: n }).amount).toBe(0);
        expect(perPageFee({ pages }).amount).toBe(0);
      }),
    );
  });

  it('charges more for each further page or application, never less (超额累进)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (n) => {
        const page = perPageFee({ pages: n + 1 }).amount - perPageFee({ pages: n }).amount;
        expect(page).toBeGreaterThanOrEqual(0);
        if (n >= 30) expect(page).toBeGreaterThan(0);
        const piece = perPieceFee({ previousThisMonth: n, pieces: 1 }).amount;
        const next = perPieceFee({ previousThisMonth: n + 1, pieces: 1 }).amount;
        expect(next).toBeGreaterThanOrEqual(piece);
      }),
    );
  });
});
