import type { IsoDate } from '@xxgk/calendar';
import type { CaseworkScope } from '@xxgk/db';
import { XxgkError } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { agencyInScope } from './scope.js';

/** Today in China (UTC+8): the day on the clerk's wall calendar. */
export function todayInChina(now: Date): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The casework rows a caller may read, narrowed to `agencyId` when asked: a clerk its own
 * agency, a reviewer its region subtree, the administrator everything. An agency outside the
 * scope is answered as not found (404), as report reads are.
 */
export async function caseworkReadScope(
  ctx: AppContext,
  actor: Actor,
  agencyId?: number,
): Promise<CaseworkScope> {
  if (agencyId !== undefined) {
    if (!(await agencyInScope(ctx, actor, agencyId)))
      throw new XxgkError(
        'input.not-found',
        `机关（编号 ${agencyId}）不存在，或不在您的权限范围内。`,
      );
    return { agencyId };
  }
  switch (actor.role) {
    case 'admin':
      return {};
    case 'clerk':
      if (actor.agencyId === null) throw new ApiError('auth.forbidden', '您的账号没有所属机关。');
      return { agencyId: actor.agencyId };
    case 'reviewer':
      if (actor.regionId === null) throw new ApiError('auth.forbidden', '您的账号没有所属区划。');
      return { regionId: actor.regionId };
    default:
      throw new ApiError('auth.forbidden', '您的角色无权查看依申请公开办理数据。');
  }
}
