import type { User } from '../api/types.js';

/**
 * Who may do what with casework, as the contract's roles say: clerks read and write their own
 * agency; reviewers and administrators read; auditors have no casework.
 */

/** True when the user may record casework (register, add events, compile). */
export function canWriteCasework(user: Pick<User, 'role'>): boolean {
  return user.role === 'clerk';
}

/** The agency and year a casework page starts from. */
export interface CaseworkScope {
  agencyId: number | undefined;
  year: number | undefined;
}

/**
 * The page's agency and year from its URL query; a clerk's own agency when the URL names none
 * (a clerk works for one agency), and the current year when `defaultYear` is set.
 */
export function scopeFromQuery(
  query: URLSearchParams,
  user: Pick<User, 'role' | 'agencyId'>,
  defaultYear?: number,
): CaseworkScope {
  const num = (key: string) => {
    const v = query.get(key);
    if (v === null || !/^\d+$/u.test(v)) return undefined;
    return Number(v);
  };
  const agencyId =
    num('agencyId') ?? (user.role === 'clerk' ? (user.agencyId ?? undefined) : undefined);
  return { agencyId, year: num('year') ?? defaultYear };
}
