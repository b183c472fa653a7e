import { XxgkError } from '@xxgk/model';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import { sqlState, SQLSTATE_UNIQUE_VIOLATION } from '../db-errors.js';
import { REGION_LEVELS, regions, type Region, type RegionLevel } from '../schema/index.js';

/** What creating a region needs. */
export interface NewRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentId?: number | null;
}

/** A region with its children, as the tree view shows it. */
export interface RegionNode extends Region {
  children: RegionNode[];
}

const rank = (level: RegionLevel): number => REGION_LEVELS.findIndex((l) => l.key === level);

/**
 * A subquery yielding the ids of a region and every region below it. PostgreSQL 15 and PGlite
 * both run recursive CTEs, so the subtree filter is one query on both backends.
 */
export function regionSubtreeIds(regionId: number): SQL {
  return sql`(with recursive subtree(id) as (
    select ${regions.id} from ${regions} where ${regions.id} = ${regionId}
    union all
    select r.id from ${regions} r join subtree s on r.parent_id = s.id
  ) select id from subtree)`;
}

/** Nests a flat list of regions under their parents; regions whose parent is absent are roots. */
export function buildRegionTree(rows: readonly Region[]): RegionNode[] {
  const nodes = new Map<number, RegionNode>();
  for (const row of rows) nodes.set(row.id, { ...row, children: [] });
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** 行政区划: the region tree. */
export class RegionsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Adds a region. Its code must be unique and its level deeper than its parent's; a
   * duplicate code is `record.conflict`, a bad parent `input.not-found` or `usage`.
   */
  async create(input: NewRegion): Promise<Region> {
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      const parent = await this.get(parentId);
      if (!parent)
        throw new XxgkError('input.not-found', `上级行政区划（编号 ${parentId}）不存在。`);
      if (rank(input.level) <= rank(parent.level))
        throw new XxgkError(
          'usage',
          `行政区划“${input.name}”的层级必须低于上级“${parent.name}”的层级。`,
        );
    }
    try {
      const [row] = await this.db
        .insert(regions)
        .values({ code: input.code, name: input.name.trim(), level: input.level, parentId })
        .returning();
      return row!;
    } catch (e) {
      if (sqlState(e) === SQLSTATE_UNIQUE_VIOLATION)
        throw new XxgkError('record.conflict', `行政区划代码 ${input.code} 已存在。`, { cause: e });
      throw e;
    }
  }

  /** The region with this id, or null. */
  async get(id: number): Promise<Region | null> {
    const [row] = await this.db.select().from(regions).where(eq(regions.id, id));
    return row ?? null;
  }

  /** The region with this division code, or null. */
  async getByCode(code: string): Promise<Region | null> {
    const [row] = await this.db.select().from(regions).where(eq(regions.code, code));
    return row ?? null;
  }

  /** Every region, ordered by code (which orders a division tree top-down). */
  async list(): Promise<Region[]> {
    return this.db.select().from(regions).orderBy(asc(regions.code), asc(regions.id));
  }

  /** The whole tree. */
  async tree(): Promise<RegionNode[]> {
    return buildRegionTree(await this.list());
  }

  /** A region and everything below it, flat, ordered by code; empty if the id is unknown. */
  async subtree(regionId: number): Promise<Region[]> {
    return this.db
      .select()
      .from(regions)
      .where(sql`${regions.id} in ${regionSubtreeIds(regionId)}`)
      .orderBy(asc(regions.code), asc(regions.id));
  }

  /** The regions directly under one (or the roots, for null). */
  async children(parentId: number | null): Promise<Region[]> {
    return this.db
      .select()
      .from(regions)
      .where(parentId === null ? sql`${regions.parentId} is null` : eq(regions.parentId, parentId))
      .orderBy(asc(regions.code), asc(regions.id));
  }

  /** True if `regionId` is `ancestorId` or lies below it: the reviewer-scope test. */
  async isWithin(regionId: number, ancestorId: number): Promise<boolean> {
    const [row] = await this.db
      .select({ id: regions.id })
      .from(regions)
      .where(sql`${regions.id} = ${regionId} and ${regions.id} in ${regionSubtreeIds(ancestorId)}`);
    return row !== undefined;
  }

  /** Renames a region (its code and place in the tree stay). */
  async rename(id: number, name: string): Promise<Region> {
    const [row] = await this.db
      .update(regions)
      .set({ name: name.trim() })
      .where(eq(regions.id, id))
      .returning();
    if (!row) throw new XxgkError('input.not-found', `行政区划（编号 ${id}）不存在。`);
    return row;
  }
}
