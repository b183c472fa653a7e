import { describe, expect, it } from 'vitest';
import { article20Schema, proactiveTable2021, type Article20Figures } from './article20.js';

const figures: Article20Figures = {
  regulations: { issued: 2, repealed: 1, inForce: 30 },
  normativeDocuments: { issued: 8, repealed: 3, inForce: 61 },
  licensingDecisions: 1200,
  punishmentDecisions: 87,
  coercionDecisions: 4,
  feesWanYuan: 356.72,
};

describe('Article 20 figures', () => {
  it('become the rows of table 二 of the 2021 format', () => {
    expect(proactiveTable2021(figures)).toEqual({
      regulations: { issued: 2, repealed: 1, inForce: 30 },
      normativeDocuments: { issued: 8, repealed: 3, inForce: 61 },
      licensing: { decisions: 1200 },
      punishment: { decisions: 87 },
      coercion: { decisions: 4 },
      fees: { amountWanYuan: 356.72 },
    });
  });

  it('accept 万元 decimals but no fractional or negative counts', () => {
    expect(article20Schema.safeParse(figures).success).toBe(true);
    expect(article20Schema.safeParse({ ...figures, punishmentDecisions: 1.5 }).success).toBe(false);
    expect(
      article20Schema.safeParse({
        ...figures,
        regulations: { issued: -1, repealed: 0, inForce: 0 },
      }).success,
    ).toBe(false);
  });
});
