import type { Article20Figures, ReviewCase, ReviewResult } from '@xxgk/casework';
import type { CalendarYear } from '@xxgk/calendar';
import { XxgkError, type ReviewBlockKey } from '@xxgk/model';
import { and, asc, count, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import { brokeForeignKey } from '../db-errors.js';
import {
  agencies,
  applications,
  article20Figures,
  calendarYears,
  proactiveItems,
  reviewCases,
  type CalendarYearRow,
  type ProactiveChannel,
  type ProactiveItemRow,
  type ReviewCaseRow,
} from '../schema/index.js';
import type { CaseworkScope } from './casework-applications.js';
import { normalizePage, type Page, type PageRequest } from './paging.js';
import { regionSubtreeIds } from './regions.js';

function agencyScope(
  column:
    typeof proactiveItems.agencyId | typeof reviewCases.agencyId | typeof article20Figures.agencyId,
  scope: CaseworkScope,
): SQL[] {
  const where: SQL[] = [];
  if (scope.agencyId !== undefined) where.push(eq(column, scope.agencyId));
  if (scope.regionId !== undefined)
    where.push(
      sql`${column} in (select ${agencies.id} from ${agencies} where ${agencies.regionId} in ${regionSubtreeIds(scope.regionId)})`,
    );
  return where;
}

const yearRange = (year: number) => ({ first: `${year}-01-01`, last: `${year}-12-31` });

function notFoundAgency(e: unknown, constraint: string, agencyId: number): unknown {
  return brokeForeignKey(e, constraint)
    ? new XxgkError('input.not-found', `机关（编号 ${agencyId}）不存在。`, { cause: e })
    : e;
}

/** What adding a proactive-disclosure item needs. */
export interface NewProactiveItem {
  agencyId: number;
  title: string;
  publishedOn: string;
  channel: ProactiveChannel;
  category: string;
  createdBy: number | null;
}

/** 主动公开 register. @see 条例第十九条至第二十六条 */
export class ProactiveItemsRepository {
  constructor(private readonly db: Database) {}

  /** Adds items (all or none). */
  async add(items: readonly NewProactiveItem[]): Promise<ProactiveItemRow[]> {
    if (!items.length) return [];
    try {
      return await this.db
        .insert(proactiveItems)
        .values(items.map((i) => ({ ...i, title: i.title.trim(), category: i.category.trim() })))
        .returning();
    } catch (e) {
      throw notFoundAgency(e, 'proactive_items_agency_id_agencies_id_fk', items[0]!.agencyId);
    }
  }

  /** A page of items published in `year` (newest first) with the year's count per channel. */
  async list(
    filter: CaseworkScope & { year?: number },
    page: PageRequest = {},
  ): Promise<Page<ProactiveItemRow> & { byChannel: Record<string, number> }> {
    const { page: p, pageSize, offset } = normalizePage(page);
    const where = agencyScope(proactiveItems.agencyId, filter);
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      where.push(sql`${proactiveItems.publishedOn} between ${first} and ${last}`);
    }
    const [items, groups] = await Promise.all([
      this.db
        .select()
        .from(proactiveItems)
        .where(and(...where))
        .orderBy(desc(proactiveItems.publishedOn), desc(proactiveItems.id))
        .limit(pageSize)
        .offset(offset),
      this.db
        .select({ channel: proactiveItems.channel, n: count() })
        .from(proactiveItems)
        .where(and(...where))
        .groupBy(proactiveItems.channel),
    ]);
    const byChannel: Record<string, number> = {};
    let total = 0;
    for (const g of groups) {
      byChannel[g.channel] = g.n;
      total += g.n;
    }
    return { items, total, page: p, pageSize, byChannel };
  }
}

/** Yearly Article 20 figures (table 二). @see 条例第二十条 */
export class Article20Repository {
  constructor(private readonly db: Database) {}

  /** The figures of an agency for a year, or null when none were entered. */
  async get(agencyId: number, year: number): Promise<Article20Figures | null> {
    const [row] = await this.db
      .select({ figures: article20Figures.figures })
      .from(article20Figures)
      .where(and(eq(article20Figures.agencyId, agencyId), eq(article20Figures.year, year)));
    return row?.figures ?? null;
  }

  /** The figures for `year` of every agency in scope that has them entered, by agency id. */
  async listForYear(scope: CaseworkScope, year: number): Promise<Map<number, Article20Figures>> {
    const rows = await this.db
      .select({ agencyId: article20Figures.agencyId, figures: article20Figures.figures })
      .from(article20Figures)
      .where(
        and(...agencyScope(article20Figures.agencyId, scope), eq(article20Figures.year, year)),
      );
    return new Map(rows.map((r) => [r.agencyId, r.figures]));
  }

  /** Saves (replaces) the figures of an agency for a year. */
  async put(
    agencyId: number,
    year: number,
    figures: Article20Figures,
    updatedBy: number | null,
  ): Promise<Article20Figures> {
    try {
      await this.db
        .insert(article20Figures)
        .values({ agencyId, year, figures, updatedBy })
        .onConflictDoUpdate({
          target: [article20Figures.agencyId, article20Figures.year],
          set: { figures, updatedBy, updatedAt: sql`now()` },
        });
    } catch (e) {
      throw notFoundAgency(e, 'article20_figures_agency_id_agencies_id_fk', agencyId);
    }
    return figures;
  }
}

/** What registering a 复议/诉讼 case needs. */
export interface NewReviewCase {
  agencyId: number;
  kind: ReviewBlockKey;
  applicationId: number | null;
  filedOn: string;
  result: ReviewResult;
  decidedOn: string | null;
  createdBy: number | null;
}

/** A register entry with the number of the application it concerns. */
export interface ReviewCaseListRow extends ReviewCaseRow {
  applicationNumber: string | null;
}

/** The domain value of a stored register entry. */
export function toDomainReviewCase(row: ReviewCaseRow): ReviewCase {
  return {
    id: String(row.id),
    agencyId: String(row.agencyId),
    kind: row.kind,
    applicationId: row.applicationId === null ? null : String(row.applicationId),
    filedOn: row.filedOn,
    result: row.result,
    decidedOn: row.decidedOn,
  };
}

const reviewColumns = { ...getTableColumns(reviewCases), applicationNumber: applications.number };

/** 行政复议 / 行政诉讼 register (table 四). @see 条例第五十一条 */
export class ReviewCasesRepository {
  constructor(private readonly db: Database) {}

  /**
   * Registers a case. A linked application must belong to the same agency
   * (`input.invalid` otherwise).
   */
  async create(input: NewReviewCase): Promise<ReviewCaseListRow> {
    if (input.applicationId !== null) {
      const [app] = await this.db
        .select({ agencyId: applications.agencyId })
        .from(applications)
        .where(eq(applications.id, input.applicationId));
      if (!app || app.agencyId !== input.agencyId)
        throw new XxgkError('usage', `本机关没有编号为 ${input.applicationId} 的申请。`);
    }
    try {
      const [row] = await this.db
        .insert(reviewCases)
        .values({
          agencyId: input.agencyId,
          kind: input.kind,
          applicationId: input.applicationId,
          filedOn: input.filedOn,
          result: input.result,
          decidedOn: input.decidedOn,
          createdBy: input.createdBy,
        })
        .returning({ id: reviewCases.id });
      return (await this.get(row!.id))!;
    } catch (e) {
      throw notFoundAgency(e, 'review_cases_agency_id_agencies_id_fk', input.agencyId);
    }
  }

  /** The case with this id, or null. */
  async get(id: number): Promise<ReviewCaseListRow | null> {
    const [row] = await this.db
      .select(reviewColumns)
      .from(reviewCases)
      .leftJoin(applications, eq(applications.id, reviewCases.applicationId))
      .where(eq(reviewCases.id, id));
    return row ?? null;
  }

  /** Records the result of a case (or sets it back to pending). */
  async decide(
    id: number,
    result: ReviewResult,
    decidedOn: string | null,
  ): Promise<ReviewCaseListRow> {
    const [row] = await this.db
      .update(reviewCases)
      .set({ result, decidedOn, updatedAt: sql`now()` })
      .where(eq(reviewCases.id, id))
      .returning({ id: reviewCases.id });
    if (!row) throw new XxgkError('input.not-found', `复议诉讼案件（编号 ${id}）不存在。`);
    return (await this.get(id))!;
  }

  /**
   * Cases table 四 of `year` may count: filed in the year, or filed earlier and not decided
   * before it began. Without a year, every case in scope.
   */
  async list(filter: CaseworkScope & { year?: number }): Promise<ReviewCaseListRow[]> {
    const where = agencyScope(reviewCases.agencyId, filter);
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      where.push(
        sql`${reviewCases.filedOn} <= ${last} and (${reviewCases.filedOn} >= ${first} or ${reviewCases.decidedOn} is null or ${reviewCases.decidedOn} >= ${first})`,
      );
    }
    return this.db
      .select(reviewColumns)
      .from(reviewCases)
      .leftJoin(applications, eq(applications.id, reviewCases.applicationId))
      .where(and(...where))
      .orderBy(asc(reviewCases.filedOn), asc(reviewCases.id));
  }
}

/** Calendar years loaded by an administrator. */
export class CalendarYearsRepository {
  constructor(private readonly db: Database) {}

  /** Every loaded year, ascending. */
  async list(): Promise<CalendarYearRow[]> {
    return this.db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  }

  /** Stores a year (validated by the caller), replacing an earlier load of the same year. */
  async put(data: CalendarYear, loadedBy: number | null): Promise<CalendarYearRow> {
    const [row] = await this.db
      .insert(calendarYears)
      .values({ year: data.year, data, loadedBy })
      .onConflictDoUpdate({
        target: calendarYears.year,
        set: { data, loadedBy, loadedAt: sql`now()` },
      })
      .returning();
    return row!;
  }
}
