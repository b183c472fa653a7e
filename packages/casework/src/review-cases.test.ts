import { describe, expect, it } from 'vitest';
import { resultOn, reviewCaseSchema, type ReviewCase } from './review-cases.js';

const c: ReviewCase = {
  id: 'r1',
  agencyId: 'ag',
  kind: 'reconsideration',
  applicationId: 'a1',
  filedOn: '2025-11-01',
  result: 'corrected',
  decidedOn: '2026-01-15',
};

describe('review register', () => {
  it('counts a case decided after 31 December as pending in that year', () => {
    expect(resultOn(c, '2025-12-31')).toBe('pending');
    expect(resultOn(c, '2026-12-31')).toBe('corrected');
  });

  it('requires a decision date exactly when the case is decided', () => {
    expect(reviewCaseSchema.safeParse(c).success).toBe(true);
    expect(reviewCaseSchema.safeParse({ ...c, decidedOn: null }).success).toBe(false);
    expect(reviewCaseSchema.safeParse({ ...c, result: 'pending' }).success).toBe(false);
  });
});
