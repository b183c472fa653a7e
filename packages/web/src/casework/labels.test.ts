import { APPLICANT_PARTS } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import {
  APPLICANT_TYPE_OPTIONS,
  EVENT_LABELS,
  isCaseEventType,
  OUTCOME_OPTIONS,
} from './labels.js';

describe('casework choices', () => {
  it('offers exactly the six applicant columns of table 三, in table order', () => {
    expect(APPLICANT_TYPE_OPTIONS.map((o) => o.value)).toEqual([...APPLICANT_PARTS]);
    expect(APPLICANT_TYPE_OPTIONS[0]).toEqual({
      value: 'naturalPerson',
      label: '自然人',
      group: null,
    });
    expect(APPLICANT_TYPE_OPTIONS.slice(1).every((o) => o.group === '法人或其他组织')).toBe(true);
  });

  it('offers every result row of table 三 as an outcome and nothing else', () => {
    const keys = OUTCOME_OPTIONS.map((o) => o.value);
    expect(keys).toHaveLength(21);
    expect(keys).toContain('partiallyGranted');
    expect(keys).toContain('otherHandling.unpaidFee');
    expect(keys).not.toContain('totalProcessed');
    expect(keys).not.toContain('received');
    expect(OUTCOME_OPTIONS.find((o) => o.value === 'partiallyGranted')?.label).toMatch(
      /^（二）部分公开/u,
    );
  });

  it('knows the nine events of the contract and no other', () => {
    expect(Object.keys(EVENT_LABELS)).toHaveLength(9);
    expect(isCaseEventType('extensionApproved')).toBe(true);
    expect(isCaseEventType('toString')).toBe(false);
    expect(isCaseEventType('received')).toBe(false);
  });
});
