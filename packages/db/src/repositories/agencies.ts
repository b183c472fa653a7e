import { XxgkError } from '@xxgk/model';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import { brokeForeignKey, sqlState, SQLSTATE_UNIQUE_VIOLATION } from '../db-errors.js';
import { agencies, regions, type Agency, type AgencyKind } from '../schema/index.js';
import { regionSubtreeIds } from './regions.js';

/** What creating an agency needs. */
export interface NewAgency {
  name: string;
  kind: AgencyKind;
  regionId: number;
  parentAgencyId?: number | null;
}

/** Which agencies to list. */
export interface AgencyFilter {
  /** Only agencies in this region or below it. */
  regionId?: number;
  kind?: AgencyKind;
  /** Only agencies directly under this agency. */
  parentAgencyId?: number;
}

/** An agency with the name of its region, for lists. */
export interface AgencyWithRegion extends Agency {
  regionName: string;
  regionCode: string;
}

/** 机关: the bodies that publish reports. */
export class AgenciesRepository {
  constructor(private readonly db: Database) {}

  /** Adds an agency; a second agency of the same name in one region is `record.conflict`. */
  async create(input: NewAgency): Promise<Agency> {
    const name = input.name.trim();
    const parentAgencyId = input.parentAgencyId ?? null;
    if (parentAgencyId !== null && !(await this.get(parentAgencyId)))
      throw new XxgkError('input.not-found', `上级机关（编号 ${parentAgencyId}）不存在。`);
    try {
      const [row] = await this.db
        .insert(agencies)
        .values({ name, kind: input.kind, regionId: input.regionId, parentAgencyId })
        .returning();
      return row!;
    } catch (e) {
      if (sqlState(e) === SQLSTATE_UNIQUE_VIOLATION)
        throw new XxgkError('record.conflict', `该行政区划下已有名为“${name}”的机关。`, {
          cause: e,
        });
      if (brokeForeignKey(e, 'agencies_region_id_regions_id_fk'))
        throw new XxgkError('input.not-found', `行政区划（编号 ${input.regionId}）不存在。`, {
          cause: e,
        });
      throw e;
    }
  }

  /** The agency with this id, or null. */
  async get(id: number): Promise<Agency | null> {
    const [row] = await this.db.select().from(agencies).where(eq(agencies.id, id));
    return row ?? null;
  }

  /** The agency of this exact name in this region, or null (import matching). */
  async findByName(regionId: number, name: string): Promise<Agency | null> {
    const [row] = await this.db
      .select()
      .from(agencies)
      .where(and(eq(agencies.regionId, regionId), eq(agencies.name, name.trim())));
    return row ?? null;
  }

  /** Agencies matching the filter, with their region, ordered by region code then name. */
  async list(filter: AgencyFilter = {}): Promise<AgencyWithRegion[]> {
    const where: SQL[] = [];
    if (filter.regionId !== undefined)
      where.push(sql`${agencies.regionId} in ${regionSubtreeIds(filter.regionId)}`);
    if (filter.kind !== undefined) where.push(eq(agencies.kind, filter.kind));
    if (filter.parentAgencyId !== undefined)
      where.push(eq(agencies.parentAgencyId, filter.parentAgencyId));
    const rows = await this.db
      .select({ agency: agencies, regionName: regions.name, regionCode: regions.code })
      .from(agencies)
      .innerJoin(regions, eq(regions.id, agencies.regionId))
      .where(and(...where))
      .orderBy(asc(regions.code), asc(agencies.name), asc(agencies.id));
    return rows.map((r) => ({ ...r.agency, regionName: r.regionName, regionCode: r.regionCode }));
  }

  /** Changes an agency's name, kind or place; the same uniqueness rule as {@link create}. */
  async update(
    id: number,
    change: Partial<Pick<Agency, 'name' | 'kind' | 'regionId' | 'parentAgencyId'>>,
  ): Promise<Agency> {
    if (change.parentAgencyId === id) throw new XxgkError('usage', '机关不能是自己的上级机关。');
    const values = {
      ...change,
      ...(change.name !== undefined ? { name: change.name.trim() } : {}),
    };
    try {
      const [row] = await this.db
        .update(agencies)
        .set(values)
        .where(eq(agencies.id, id))
        .returning();
      if (!row) throw new XxgkError('input.not-found', `机关（编号 ${id}）不存在。`);
      return row;
    } catch (e) {
      if (sqlState(e) === SQLSTATE_UNIQUE_VIOLATION)
        throw new XxgkError(
          'record.conflict',
          `该行政区划下已有名为“${change.name ?? ''}”的机关。`,
          {
            cause: e,
          },
        );
      throw e;
    }
  }
}
