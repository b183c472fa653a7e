import { buildRegionTree, type AgencyKind, type RegionLevel } from '@xxgk/db';
import { XxgkError } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { presentAgency, presentRegionTree } from './presenters.js';

/**
 * The region tree as far as the caller may see it: the whole tree for the administrator and
 * the auditor, a reviewer's own subtree, a clerk's agency's region.
 */
export async function regionTree(ctx: AppContext, actor: Actor) {
  const { repos } = ctx;
  if (actor.role === 'admin' || actor.role === 'auditor')
    return presentRegionTree(await repos.regions.tree());
  let rootId: number | null = actor.regionId;
  if (actor.role === 'clerk' && actor.agencyId !== null)
    rootId = (await repos.agencies.get(actor.agencyId))?.regionId ?? null;
  if (rootId === null) return [];
  const rows = await repos.regions.subtree(rootId);
  // The subtree's root has a parent outside the list, so buildRegionTree makes it the root.
  return presentRegionTree(
    buildRegionTree(actor.role === 'clerk' ? rows.filter((r) => r.id === rootId) : rows),
  );
}

/** Agencies in a region (and below) as far as the caller may see them. */
export async function listAgencies(ctx: AppContext, actor: Actor, regionId: number | undefined) {
  const { repos } = ctx;
  if (actor.role === 'clerk') {
    if (actor.agencyId === null) return [];
    const own = await repos.agencies.get(actor.agencyId);
    if (!own) return [];
    if (regionId !== undefined && !(await repos.regions.isWithin(own.regionId, regionId)))
      return [];
    const region = await repos.regions.get(own.regionId);
    return [
      presentAgency({ ...own, regionName: region?.name ?? '', regionCode: region?.code ?? '' }),
    ];
  }
  if (actor.role === 'reviewer') {
    if (actor.regionId === null) return [];
    let scope = actor.regionId;
    if (regionId !== undefined && regionId !== actor.regionId) {
      if (await repos.regions.isWithin(regionId, actor.regionId)) scope = regionId;
      else if (!(await repos.regions.isWithin(actor.regionId, regionId))) return [];
    }
    return (await repos.agencies.list({ regionId: scope })).map(presentAgency);
  }
  const rows = await repos.agencies.list(regionId === undefined ? {} : { regionId });
  return rows.map(presentAgency);
}

/** Adds a region (administrator). */
export async function createRegion(
  ctx: AppContext,
  actor: Actor,
  input: { code: string; name: string; level: RegionLevel; parentId?: number | null | undefined },
) {
  return ctx.repos.transaction(async (tx) => {
    const region = await tx.regions.create({ ...input, parentId: input.parentId ?? null });
    await audit(tx, actor, 'region.create', 'region', region.id, {
      code: region.code,
      name: region.name,
    });
    return { ...presentRegionTree([{ ...region, children: [] }])[0]! };
  });
}

/** Renames a region (administrator): its code and place in the tree are fixed. */
export async function updateRegion(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { name: string },
) {
  return ctx.repos.transaction(async (tx) => {
    const before = await tx.regions.get(id);
    if (!before) throw new XxgkError('input.not-found', `行政区划（编号 ${id}）不存在。`);
    const region = await tx.regions.rename(id, input.name);
    await audit(tx, actor, 'region.update', 'region', id, { from: before.name, to: region.name });
    return { ...presentRegionTree([{ ...region, children: [] }])[0]! };
  });
}

/** What creating or changing an agency takes. */
export interface AgencyInput {
  name: string;
  kind: AgencyKind;
  regionId: number;
  parentAgencyId?: number | null | undefined;
}

/** Adds an agency (administrator). */
export async function createAgency(ctx: AppContext, actor: Actor, input: AgencyInput) {
  if (!(await ctx.repos.regions.get(input.regionId)))
    throw new XxgkError('input.not-found', `行政区划（编号 ${input.regionId}）不存在。`);
  return ctx.repos.transaction(async (tx) => {
    const agency = await tx.agencies.create({
      ...input,
      parentAgencyId: input.parentAgencyId ?? null,
    });
    await audit(tx, actor, 'agency.create', 'agency', agency.id, {
      name: agency.name,
      regionId: agency.regionId,
    });
    return presentAgency(agency);
  });
}

/** Changes an agency (administrator). */
export async function updateAgency(
  ctx: AppContext,
  actor: Actor,
  id: number,
  change: Partial<AgencyInput>,
) {
  if (change.regionId !== undefined && !(await ctx.repos.regions.get(change.regionId)))
    throw new XxgkError('input.not-found', `行政区划（编号 ${change.regionId}）不存在。`);
  if (
    change.parentAgencyId !== undefined &&
    change.parentAgencyId !== null &&
    !(await ctx.repos.agencies.get(change.parentAgencyId))
  )
    throw new XxgkError('input.not-found', `上级机关（编号 ${change.parentAgencyId}）不存在。`);
  const values = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  return ctx.repos.transaction(async (tx) => {
    const agency = await tx.agencies.update(id, values);
    await audit(tx, actor, 'agency.update', 'agency', id, values);
    return presentAgency(agency);
  });
}
