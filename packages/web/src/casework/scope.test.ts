import { describe, expect, it } from 'vitest';
import { canWriteCasework, scopeFromQuery } from './scope.js';

describe('casework scope', () => {
  it('preselects a clerk’s own agency when the address names none', () => {
    const s = scopeFromQuery(new URLSearchParams(''), { role: 'clerk', agencyId: 7 }, 2025);
    expect(s).toEqual({ agencyId: 7, year: 2025 });
  });

  it('leaves a reviewer’s agency open and reads agency and year from the address', () => {
    expect(scopeFromQuery(new URLSearchParams(''), { role: 'reviewer', agencyId: null })).toEqual({
      agencyId: undefined,
      year: undefined,
    });
    expect(
      scopeFromQuery(new URLSearchParams('agencyId=3&year=2024'), {
        role: 'reviewer',
        agencyId: null,
      }),
    ).toEqual({ agencyId: 3, year: 2024 });
  });

  it('ignores an agency or year that is not a number', () => {
    const s = scopeFromQuery(new URLSearchParams('agencyId=x&year=20a5'), {
      role: 'clerk',
      agencyId: 4,
    });
    expect(s).toEqual({ agencyId: 4, year: undefined });
  });

  it('lets only clerks write casework', () => {
    expect(canWriteCasework({ role: 'clerk' })).toBe(true);
    expect(canWriteCasework({ role: 'reviewer' })).toBe(false);
    expect(canWriteCasework({ role: 'admin' })).toBe(false);
    expect(canWriteCasework({ role: 'auditor' })).toBe(false);
  });
});
