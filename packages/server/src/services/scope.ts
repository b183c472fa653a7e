import type { ReportFilter, ReportListItem } from '@xxgk/db';
import { XxgkError } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';

/**
 * True if `regionId` is `ancestorId` or lies below it. With the read cache on, the tree's
 * parent links are read once per data version and walked in memory.
 */
export async function regionWithin(
  ctx: AppContext,
  regionId: number,
  ancestorId: number,
): Promise<boolean> {
  if (!ctx.cache.enabled) return ctx.repos.regions.isWithin(regionId, ancestorId);
  const parents = await ctx.cache.get('region-parents', async () => {
    const map = new Map<number, number | null>();
    for (const r of await ctx.repos.regions.list()) map.set(r.id, r.parentId);
    return map;
  });
  let at: number | null | undefined = regionId;
  // The depth bound guards against a cycle that the schema does not rule out.
  for (let depth = 0; at !== null && at !== undefined && depth < 64; depth += 1) {
    if (at === ancestorId) return true;
    at = parents.get(at);
  }
  return false;
}

/**
 * True if the actor may act on reports of this agency: a clerk on its own agency, a reviewer
 * on the agencies of its region subtree, the administrator on any (read-only by role).
 */
export async function agencyInScope(
  ctx: AppContext,
  actor: Actor,
  agencyId: number,
): Promise<boolean> {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'clerk':
      return actor.agencyId === agencyId;
    case 'reviewer': {
      if (actor.regionId === null) return false;
      const agency = await ctx.repos.agencies.get(agencyId);
      return agency !== null && (await regionWithin(ctx, agency.regionId, actor.regionId));
    }
    default:
      return false;
  }
}

/** True if the report (with its agency's region) lies in the actor's scope. */
export async function reportInScope(
  ctx: AppContext,
  actor: Actor,
  report: Pick<ReportListItem, 'agencyId' | 'regionId'>,
): Promise<boolean> {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'clerk':
      return actor.agencyId === report.agencyId;
    case 'reviewer':
      return actor.regionId !== null && regionWithin(ctx, report.regionId, actor.regionId);
    default:
      return false;
  }
}

/** Not found — also for a report outside the scope, whose existence is not revealed. */
export function reportNotFound(id: number): XxgkError {
  return new XxgkError('input.not-found', `年报（编号 ${id}）不存在，或不在您的权限范围内。`);
}

/** The report if it exists and is in scope; otherwise `input.not-found` (404). */
export async function loadReportInScope(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<ReportListItem> {
  const report = await ctx.cache.get(`report-row:${id}`, () => ctx.repos.reports.get(id));
  if (!report || !(await reportInScope(ctx, actor, report))) throw reportNotFound(id);
  return report;
}

/** Refuses (403) an agency outside the actor's scope, naming it. */
export async function assertAgencyInScope(
  ctx: AppContext,
  actor: Actor,
  agencyId: number,
): Promise<void> {
  if (await agencyInScope(ctx, actor, agencyId)) return;
  const agency = await ctx.repos.agencies.get(agencyId);
  if (!agency) throw new XxgkError('input.not-found', `机关（编号 ${agencyId}）不存在。`);
  throw new ApiError('auth.forbidden', `机关“${agency.name}”不在您的权限范围内。`);
}

/** The filters a caller asked for. */
export interface RequestedFilter extends Omit<ReportFilter, 'regionId' | 'agencyId'> {
  regionId?: number | undefined;
  agencyId?: number | undefined;
}

/** A key naming the actor's scope, for caching what the scope decides. */
export function scopeKey(actor: Actor): string {
  return `${actor.role}:${actor.agencyId ?? ''}:${actor.regionId ?? ''}`;
}

/**
 * The caller's filter narrowed to its scope, or null when the two cannot overlap (the list is
 * then empty, not an error: a filter on another agency simply matches nothing visible).
 */
export async function scopedFilter(
  ctx: AppContext,
  actor: Actor,
  requested: RequestedFilter,
): Promise<ReportFilter | null> {
  const filter: ReportFilter = { ...requested };
  if (requested.regionId === undefined) delete filter.regionId;
  if (requested.agencyId === undefined) delete filter.agencyId;
  if (actor.role === 'clerk') {
    if (actor.agencyId === null) return null;
    if (requested.agencyId !== undefined && requested.agencyId !== actor.agencyId) return null;
    filter.agencyId = actor.agencyId;
    return filter;
  }
  if (actor.role === 'reviewer') {
    if (actor.regionId === null) return null;
    const asked = requested.regionId;
    if (asked === undefined || asked === actor.regionId) filter.regionId = actor.regionId;
    else if (await regionWithin(ctx, asked, actor.regionId)) filter.regionId = asked;
    else if (await regionWithin(ctx, actor.regionId, asked)) filter.regionId = actor.regionId;
    else return null;
    if (requested.agencyId !== undefined && !(await agencyInScope(ctx, actor, requested.agencyId)))
      return null;
    return filter;
  }
  if (actor.role === 'admin') return filter;
  return null;
}
