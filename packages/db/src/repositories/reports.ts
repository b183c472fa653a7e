import { XxgkError } from '@xxgk/model';
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  isNotNull,
  or,
  sql,
  sum,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../database.js';
import {
  brokeForeignKey,
  guarded,
  sqlState,
  SQLSTATE_UNIQUE_VIOLATION,
  violatedConstraint,
} from '../db-errors.js';
import {
  agencies,
  regions,
  REPORT_STATUSES,
  reports,
  reportVersions,
  type AgencyKind,
  type ReportOrigin,
  type ReportRow,
  type ReportStatus,
  type ReportVersion,
} from '../schema/index.js';
import { likeEscape, normalizePage, type Page, type PageRequest } from './paging.js';
import { regionSubtreeIds } from './regions.js';
import { writeVersion, lockReport, type NewVersion } from './versions.js';

/** What creating a report needs: its place, and its first version. */
export interface NewReport extends Omit<NewVersion, 'status'> {
  agencyId: number;
  year: number;
  origin: ReportOrigin;
}

/** A report as the list shows it: its row plus agency, region and current version number. */
export interface ReportListItem extends ReportRow {
  agencyName: string;
  agencyKind: AgencyKind;
  regionId: number;
  regionName: string;
  currentVersionNumber: number | null;
}

/** A row of the list page: the report as the list shows it, with its advice count. */
export interface ReportListRow extends ReportListItem {
  /** Advice (`info`) findings on the current version; errors and warnings are on the row. */
  infoCount: number;
}

/** Which reports to list. Every condition given must hold. */
export interface ReportFilter {
  /** Reports of agencies in this region or anywhere below it (a reviewer's scope). */
  regionId?: number;
  /** One agency's reports (a clerk's scope). */
  agencyId?: number;
  year?: number;
  status?: ReportStatus | readonly ReportStatus[];
  origin?: ReportOrigin;
  /** true: at least one error finding; false: none. */
  hasErrors?: boolean;
  /** Text the agency name or the title contains. */
  search?: string;
}

/** What the list can be sorted by. */
export const REPORT_SORT_KEYS = [
  'year',
  'agency',
  'region',
  'status',
  'errors',
  'warnings',
  'updatedAt',
] as const;
/** A sort key of the report list. */
export type ReportSortKey = (typeof REPORT_SORT_KEYS)[number];

/** How to order the list; ties are broken by id so that paging is stable. */
export interface ReportSort {
  by: ReportSortKey;
  direction?: 'asc' | 'desc';
}

/** Totals over a filter, for the list's header and filter badges. */
export interface ReportCounts {
  total: number;
  byStatus: Record<ReportStatus, number>;
  /** Reports with at least one error. */
  withErrors: number;
  /** Error findings summed over the reports' current versions. */
  errors: number;
  warnings: number;
}

// Names sort by code point on both backends: PGlite has no ICU, so pinyin order is the UI's job.
const SORT_COLUMNS: Record<ReportSortKey, SQL | AnyPgColumn> = {
  year: reports.year,
  agency: sql`${agencies.name} collate "C"`,
  region: regions.code,
  status: reports.status,
  errors: reports.errorCount,
  warnings: reports.warningCount,
  updatedAt: reports.updatedAt,
};

function conditions(filter: ReportFilter): SQL | undefined {
  const where: SQL[] = [];
  // Conditions name only `reports` columns (agencies through subqueries), so that counting
  // needs no join: the list's total and the counts are a scan of one table.
  if (filter.regionId !== undefined)
    where.push(
      sql`${reports.agencyId} in (select ${agencies.id} from ${agencies} where ${agencies.regionId} in ${regionSubtreeIds(filter.regionId)})`,
    );
  if (filter.agencyId !== undefined) where.push(eq(reports.agencyId, filter.agencyId));
  if (filter.year !== undefined) where.push(eq(reports.year, filter.year));
  if (filter.status !== undefined) {
    const statuses = typeof filter.status === 'string' ? [filter.status] : [...filter.status];
    where.push(statuses.length ? inArray(reports.status, statuses) : sql`false`);
  }
  if (filter.origin !== undefined) where.push(eq(reports.origin, filter.origin));
  if (filter.hasErrors === true) where.push(sql`${reports.errorCount} > 0`);
  if (filter.hasErrors === false) where.push(eq(reports.errorCount, 0));
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${likeEscape(search)}%`;
    where.push(
      or(
        ilike(reports.title, pattern),
        sql`${reports.agencyId} in (select ${agencies.id} from ${agencies} where ${ilike(agencies.name, pattern)})`,
      )!,
    );
  }
  return and(...where);
}

const listColumns = {
  ...getTableColumns(reports),
  agencyName: agencies.name,
  agencyKind: agencies.kind,
  regionId: agencies.regionId,
  regionName: regions.name,
  currentVersionNumber: reportVersions.number,
};

const DEFAULT_SORT: ReportSort = { by: 'updatedAt', direction: 'desc' };

function orderOf(sort: ReportSort) {
  const column = SORT_COLUMNS[sort.by];
  return sort.direction === 'desc' ? desc(column) : asc(column);
}

/** Annual reports: one per agency and year, with their status and list counts. */
export class ReportsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Creates a report with its first version (and findings and source file) in one
   * transaction. A second report for the same agency and year is `record.conflict`, naming the
   * existing one: the import offers to add a version to it instead.
   */
  async create(input: NewReport): Promise<{ report: ReportRow; version: ReportVersion }> {
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
      throw new XxgkError('usage', `年度 ${input.year} 无效：应为 2000 至 2100 之间的整数。`);
    try {
      return await this.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(reports)
          .values({
            agencyId: input.agencyId,
            year: input.year,
            format: input.report.format,
            origin: input.origin,
            createdBy: input.createdBy,
          })
          .returning();
        const version = await writeVersion(tx, created!, input);
        const [report] = await tx.select().from(reports).where(eq(reports.id, created!.id));
        return { report: report!, version };
      });
    } catch (e) {
      if (brokeForeignKey(e, 'reports_agency_id_agencies_id_fk'))
        throw new XxgkError('input.not-found', `机关（编号 ${input.agencyId}）不存在。`, {
          cause: e,
        });
      const constraint = violatedConstraint(e);
      if (
        sqlState(e) !== SQLSTATE_UNIQUE_VIOLATION ||
        (constraint !== null && constraint !== 'reports_agency_year_unique')
      )
        throw e;
      const existing = await this.findByAgencyYear(input.agencyId, input.year);
      throw new XxgkError(
        'record.conflict',
        existing
          ? `${existing.agencyName} 的 ${input.year} 年度报告已存在（年报编号 ${existing.id}，第 ${existing.currentVersionNumber ?? 1} 版）。`
          : `该机关的 ${input.year} 年度报告已存在。`,
        { cause: e },
      );
    }
  }

  /** One report with its agency and region, or null. */
  async get(id: number): Promise<ReportListItem | null> {
    const [row] = await this.base().where(eq(reports.id, id));
    return row ?? null;
  }

  /** The report of an agency for a year, or null (duplicate check at import). */
  async findByAgencyYear(agencyId: number, year: number): Promise<ReportListItem | null> {
    const [row] = await this.base().where(
      and(eq(reports.agencyId, agencyId), eq(reports.year, year)),
    );
    return row ?? null;
  }

  /**
   * One page of reports matching the filter, in the order asked, how many match, and each
   * row's advice count — in one statement. The page's ids are chosen from `reports` alone (its
   * order's index, joining agencies and regions only to sort by them); only those rows are
   * then joined to their agency, region and version, and the total is a scalar subquery —
   * unless the caller already knows it for this filter (`knownTotal`, e.g. from a cache).
   * Errors and warnings are kept on the report row; advice is counted for the page's rows.
   */
  async list(
    filter: ReportFilter = {},
    sort: ReportSort = DEFAULT_SORT,
    paging: PageRequest = {},
    options: { knownTotal?: number; orderedIds?: readonly number[] } = {},
  ): Promise<Page<ReportListRow>> {
    const { page, pageSize, offset } = normalizePage(paging);
    const where = conditions(filter);
    const order = orderOf(sort);
    const known = options.orderedIds;
    if (known && known.length <= offset) return { items: [], total: known.length, page, pageSize };
    const pageIds = known
      ? known.slice(offset, offset + pageSize)
      : this.idsInOrder(where, sort).limit(pageSize).offset(offset);
    const knownTotal = known ? known.length : options.knownTotal;
    const total = this.db.select({ n: count() }).from(reports).where(where);
    const rows = await this.db
      .select({
        ...listColumns,
        infoCount: sql<number>`(select count(*)::int from findings f
          where f.report_version_id = ${reports.currentVersionId} and f.severity = 'info')`,
        total:
          knownTotal === undefined
            ? sql<number>`(${total})`.mapWith(Number)
            : sql<number>`${knownTotal}::int`.mapWith(Number),
      })
      .from(reports)
      .innerJoin(agencies, eq(agencies.id, reports.agencyId))
      .innerJoin(regions, eq(regions.id, agencies.regionId))
      .leftJoin(reportVersions, eq(reportVersions.id, reports.currentVersionId))
      .where(inArray(reports.id, Array.isArray(pageIds) ? [...pageIds] : pageIds))
      .orderBy(order, asc(reports.id));
    // A page past the end has no row to carry the total: count apart (only then).
    const counted = rows[0]?.total ?? knownTotal ?? (offset === 0 ? 0 : ((await total)[0]?.n ?? 0));
    const items = rows.map(({ total: _total, ...row }) => row);
    return { items, total: counted, page, pageSize };
  }

  /**
   * Every matching report's id in list order. On PGlite the server caches this per filter and
   * data version, so any page of that filter is then a slice plus one fetch of its rows,
   * instead of an OFFSET walk down the index on Node's own thread.
   */
  async orderedIds(filter: ReportFilter = {}, sort: ReportSort = DEFAULT_SORT): Promise<number[]> {
    const rows = await this.idsInOrder(conditions(filter), sort);
    return rows.map((r) => r.id);
  }

  private idsInOrder(where: ReturnType<typeof conditions>, sort: ReportSort) {
    const ids =
      sort.by === 'agency' || sort.by === 'region'
        ? this.db
            .select({ id: reports.id })
            .from(reports)
            .innerJoin(agencies, eq(agencies.id, reports.agencyId))
            .innerJoin(regions, eq(regions.id, agencies.regionId))
        : this.db.select({ id: reports.id }).from(reports);
    return ids.where(where).orderBy(orderOf(sort), asc(reports.id));
  }

  /** Totals over the reports matching the filter. */
  async counts(filter: ReportFilter = {}): Promise<ReportCounts> {
    const rows = await this.db
      .select({
        status: reports.status,
        total: count(),
        withErrors: count(sql`case when ${reports.errorCount} > 0 then 1 end`),
        // sum() of int is bigint: a string on node-postgres, a number on PGlite.
        errors: sum(reports.errorCount).mapWith(Number),
        warnings: sum(reports.warningCount).mapWith(Number),
      })
      .from(reports)
      .where(conditions(filter))
      .groupBy(reports.status);
    const byStatus = Object.fromEntries(REPORT_STATUSES.map((s) => [s.key, 0])) as Record<
      ReportStatus,
      number
    >;
    const totals: ReportCounts = { total: 0, byStatus, withErrors: 0, errors: 0, warnings: 0 };
    for (const row of rows) {
      byStatus[row.status] = row.total;
      totals.total += row.total;
      totals.withErrors += row.withErrors;
      totals.errors += row.errors ?? 0;
      totals.warnings += row.warnings ?? 0;
    }
    return totals;
  }

  /** The years that have reports (newest first), for the year filter. */
  async years(filter: Omit<ReportFilter, 'year'> = {}): Promise<number[]> {
    const rows = await this.db
      .selectDistinct({ year: reports.year })
      .from(reports)
      .where(conditions(filter))
      .orderBy(desc(reports.year));
    return rows.map((r) => r.year);
  }

  /**
   * Moves a report to another status if it is in one of `from` (compare-and-set, so two
   * reviewers acting at once cannot both succeed). Otherwise `record.conflict`.
   * Publishing goes through {@link publish}, which also freezes the version.
   */
  async setStatus(
    id: number,
    to: Exclude<ReportStatus, 'published'>,
    from: readonly ReportStatus[],
  ): Promise<ReportRow> {
    const [row] = await this.db
      .update(reports)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(reports.id, id), inArray(reports.status, [...from])))
      .returning();
    if (row) return row;
    throw await this.statusConflict(id, from);
  }

  /**
   * Publishes a report: freezes its current version and marks the report published, in one
   * transaction, if its status is one of `from` (default: submitted).
   */
  async publish(
    id: number,
    by: number,
    options: { from?: readonly ReportStatus[]; now?: Date } = {},
  ): Promise<{ report: ReportRow; version: ReportVersion }> {
    const from = options.from ?? ['submitted'];
    const now = options.now ?? new Date();
    return this.db.transaction(async (tx) => {
      const report = await lockReport(tx, id);
      if (!from.includes(report.status)) throw await this.statusConflict(id, from, tx);
      if (report.currentVersionId === null)
        throw new XxgkError('usage', `年报（编号 ${id}）没有任何版本，无法发布。`);
      const [version] = await guarded(() =>
        tx
          .update(reportVersions)
          .set({ publishedAt: now, publishedBy: by })
          .where(eq(reportVersions.id, report.currentVersionId!))
          .returning(),
      );
      const [updated] = await tx
        .update(reports)
        .set({ status: 'published', updatedAt: now })
        .where(eq(reports.id, id))
        .returning();
      return { report: updated!, version: version! };
    });
  }

  /**
   * Deletes a report that was never published, with its versions, findings and files (e.g. a
   * mistaken import). A report with a published version is `record.immutable`.
   */
  async delete(id: number): Promise<void> {
    const [published] = await this.db
      .select({ number: reportVersions.number })
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, id), isNotNull(reportVersions.publishedAt)))
      .limit(1);
    if (published)
      throw new XxgkError(
        'record.immutable',
        `年报（编号 ${id}）的第 ${published.number} 版已发布，不能删除该年报。`,
      );
    const deleted = await guarded(() =>
      this.db.delete(reports).where(eq(reports.id, id)).returning({ id: reports.id }),
    );
    if (deleted.length === 0) throw new XxgkError('input.not-found', `年报（编号 ${id}）不存在。`);
  }

  private base() {
    return this.db
      .select(listColumns)
      .from(reports)
      .innerJoin(agencies, eq(agencies.id, reports.agencyId))
      .innerJoin(regions, eq(regions.id, agencies.regionId))
      .leftJoin(reportVersions, eq(reportVersions.id, reports.currentVersionId));
  }

  private async statusConflict(
    id: number,
    from: readonly ReportStatus[],
    db: Database = this.db,
  ): Promise<XxgkError> {
    const [row] = await db
      .select({ status: reports.status })
      .from(reports)
      .where(eq(reports.id, id));
    if (!row) return new XxgkError('input.not-found', `年报（编号 ${id}）不存在。`);
    const label = (s: ReportStatus) => REPORT_STATUSES.find((x) => x.key === s)?.label ?? s;
    return new XxgkError(
      'record.conflict',
      `年报（编号 ${id}）当前状态为“${label(row.status)}”，不是${from.map((s) => `“${label(s)}”`).join('或')}，操作未执行。`,
    );
  }
}
