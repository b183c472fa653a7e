import { describe, expect, it } from 'vitest';
import { formatCaseNumber, maskIdentity, publicApplication } from './case-number.js';

describe('formatCaseNumber', () => {
  it('pads the sequence to four digits inside the year brackets', () => {
    expect(formatCaseNumber(2025, 1)).toBe('〔2025〕第0001号');
    expect(formatCaseNumber(2025, 123)).toBe('〔2025〕第0123号');
  });

  it('prints a sequence beyond 9999 in full', () => {
    expect(formatCaseNumber(2025, 12345)).toBe('〔2025〕第12345号');
  });

  it('rejects a sequence below 1', () => {
    expect(() => formatCaseNumber(2025, 0)).toThrow(RangeError);
  });
});

describe('maskIdentity', () => {
  it('keeps the first three and last four characters of an ID card number', () => {
    expect(maskIdentity('110101199001011234')).toBe('110***********1234');
  });

  it('keeps the check character X', () => {
    expect(maskIdentity('11010119900101123X')).toBe('110***********123X');
  });

  it('never shows a short number whole', () => {
    expect(maskIdentity('G1234')).toBe('****4');
    expect(maskIdentity('A')).toBe('*');
  });
});

describe('publicApplication', () => {
  it('shows the identity document only masked and leaves the stored value untouched', () => {
    const app = {
      id: 'a',
      applicant: { identityDocument: { kind: '居民身份证', number: '110101199001011234' } },
    };
    expect(publicApplication(app).applicant.identityDocument?.number).toBe('110***********1234');
    expect(app.applicant.identityDocument.number).toBe('110101199001011234');
  });
});
