import {
  compileReport,
  draftNarrative,
  OUTCOMES,
  resultOn,
  type Article20Figures,
  type CompiledReport,
} from '@xxgk/casework';
import { Calendar } from '@xxgk/calendar';
import {
  APPLICANT_PARTS,
  formatForYear,
  getCell,
  getFormat,
  parseCellPath,
  XxgkError,
  type CellValue,
  type FormatId,
  type Report,
} from '@xxgk/model';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import { agencies, applications, type ReviewCaseRow } from '../schema/index.js';
import { AgenciesRepository } from './agencies.js';
import {
  Article20Repository,
  ReviewCasesRepository,
  toDomainReviewCase,
} from './casework-registers.js';
import { regionSubtreeIds } from './regions.js';

/** One group of the compile aggregate: an applicant type and an outcome (null: open). */
export interface ApplicationCountRow {
  applicantType: string;
  outcome: string | null;
  received: number;
  carriedOver: number;
  processed: number;
  carriedForward: number;
  /** 信息处理费 paid in the year by these cases, in fen. */
  feeFen: number;
}

/** What compiling one agency's year needs. */
export interface CompileRequest {
  agencyId: number;
  agencyName: string;
  year: number;
  calendar?: Calendar;
}

const bounds = (year: number) => ({
  first: `${year}-01-01`,
  last: `${year}-12-31`,
  lastYearEnd: `${year - 1}-12-31`,
});

/**
 * Table 三 row of an outcome in `format`: the outcome's own row, or (2019, whose 其他处理 is
 * one row) the row its key starts with. The same rule as compileReport's.
 */
export function outcomeRow(format: FormatId, outcome: string): string {
  const keys = getFormat(format).applicationRows.map((r) => r.key);
  return keys.includes(outcome) ? outcome : (outcome.split('.')[0] ?? outcome);
}

/** What compiling every agency of a region (and the regions below it) for a year needs. */
export interface RegionCompileRequest {
  regionId: number;
  year: number;
  calendar?: Calendar;
}

/** One agency's report in a region compile. */
export interface AgencyCompiledReport {
  agencyId: number;
  agencyName: string;
  compiled: CompiledReport;
}

/** One agency's casework for a year, as the compile reads it from the database. */
interface AgencyCasework {
  counts: readonly ApplicationCountRow[];
  /** The register entries table 四 of the year may count, by filing date. */
  reviewCases: readonly ReviewCaseRow[];
  article20: Article20Figures | null;
}

const outcomeRows = new Map<string, string>();

/** {@link outcomeRow}, remembered: the assembly asks it for every aggregate row. */
function cachedOutcomeRow(format: FormatId, outcome: string): string {
  const key = `${format}\u0000${outcome}`;
  let row = outcomeRows.get(key);
  if (row === undefined) outcomeRows.set(key, (row = outcomeRow(format, outcome)));
  return row;
}

function groupBy<T extends { agencyId: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.agencyId);
    if (list) list.push(row);
    else map.set(row.agencyId, [row]);
  }
  return map;
}

/**
 * The report of one agency from its casework as read from the database: table 四 and 二 and
 * the narrative by @xxgk/casework compileReport, table 三 added from the aggregate counts —
 * the one assembly both {@link CaseworkCompileRepository.compile} and
 * {@link CaseworkCompileRepository.compileRegion} use.
 */
function assemble(
  request: { agencyName: string; year: number; calendar?: Calendar | undefined },
  casework: AgencyCasework,
): CompiledReport {
  const { counts, article20 } = casework;
  const input = {
    agencyName: request.agencyName,
    year: request.year,
    applications: [],
    reviewCases: casework.reviewCases.map(toDomainReviewCase),
    ...(article20 ? { article20 } : {}),
    feesCollectedYuan: counts.reduce((fen, r) => fen + r.feeFen, 0) / 100,
    calendar: request.calendar ?? Calendar.builtIn(),
  };
  const compiled = compileReport(input);
  const report = compiled.report;
  // Summed per row and column first, then written once per cell: a region's compile
  // assembles a thousand reports, and addressing a cell by its path for every aggregate row
  // cost more than the reports' SQL.
  const sums = new Map<string, Map<string, number>>();
  const add = (row: string, col: string, n: number): void => {
    if (n === 0) return;
    let cols = sums.get(row);
    if (!cols) sums.set(row, (cols = new Map<string, number>()));
    for (const c of [col, 'total']) cols.set(c, (cols.get(c) ?? 0) + n);
  };
  for (const r of counts) {
    add('received', r.applicantType, r.received);
    add('carriedOver', r.applicantType, r.carriedOver);
    add('carriedForward', r.applicantType, r.carriedForward);
    if (r.outcome !== null && r.processed > 0) {
      add(cachedOutcomeRow(report.format, r.outcome), r.applicantType, r.processed);
      add('totalProcessed', r.applicantType, r.processed);
    }
  }
  // Written into the row objects directly, as setCell would (without parsing a path per cell).
  for (const [row, cols] of sums) {
    const values = (report.applications[row] ??= {}) as Record<string, CellValue>;
    for (const [col, n] of cols) {
      const v = values[col];
      values[col] = (typeof v === 'number' ? v : 0) + n;
    }
  }
  report.sections = { ...report.sections, ...draftNarrative(input, report) };
  const drillDown: Record<string, string[]> = {};
  for (const [path, ids] of Object.entries(compiled.drillDown))
    if (path.startsWith('review.')) drillDown[path] = ids;
  return { report, drillDown };
}

const received = (first: string) => sql`${applications.receivedOn} >= ${first}`;
const openAt = (day: string) =>
  sql`(${applications.closedOn} is null or ${applications.closedOn} > ${day})`;

/**
 * The annual report compiled from the database, as SQL aggregates over the derived columns —
 * never loading the applications — and the cases behind each cell. The counting rules are those
 * of @xxgk/casework compileReport (条例第五十条; 国办公开办函〔2021〕30号), applied to the
 * conclusion the repository stores with every event: 一 received in the year; 二 received
 * earlier and open at the end of last year; 三 concluded in the year, by outcome; 四 open at the
 * end of the year.
 */
export class CaseworkCompileRepository {
  constructor(private readonly db: Database) {}

  /**
   * Counts per applicant type and outcome, and the fees paid in the year, in one scan of the
   * agency's compile index range (see {@link countsByAgency}).
   */
  async applicationCounts(agencyId: number, year: number): Promise<ApplicationCountRow[]> {
    return this.countsByAgency(eq(applications.agencyId, agencyId), year);
  }

  /**
   * Counts per agency, applicant type and outcome, and the fees paid in the year, for the
   * agencies `agencyCondition` selects — one aggregate however many agencies. The fees need no
   * scan of their own: a fee paid in the year belongs to a case received by then (no event
   * precedes the receipt) and not concluded before it (the derived `fee_paid_on` is never after
   * `closed_on`), so every such case lies in the range — without this, summing them took a
   * scan of the whole table.
   */
  private async countsByAgency(
    agencyCondition: SQL,
    year: number,
  ): Promise<(ApplicationCountRow & { agencyId: number })[]> {
    const { first, last, lastYearEnd } = bounds(year);
    return this.db
      .select({
        agencyId: applications.agencyId,
        applicantType: applications.applicantType,
        outcome: applications.outcome,
        received: sql<number>`(count(*) filter (where ${received(first)}))::int`,
        carriedOver: sql<number>`(count(*) filter (where ${applications.receivedOn} <= ${lastYearEnd} and ${openAt(lastYearEnd)}))::int`,
        processed: sql<number>`(count(*) filter (where ${applications.closedOn} between ${first} and ${last}))::int`,
        carriedForward: sql<number>`(count(*) filter (where ${openAt(last)}))::int`,
        feeFen: sql<number>`(coalesce(sum(${applications.feeFen}) filter (where ${applications.feePaidOn} between ${first} and ${last}), 0))::int`,
      })
      .from(applications)
      .where(
        and(
          agencyCondition,
          sql`${applications.receivedOn} <= ${last}`,
          sql`(${applications.closedOn} is null or ${applications.closedOn} >= ${first})`,
        ),
      )
      .groupBy(applications.agencyId, applications.applicantType, applications.outcome);
  }

  /** 信息处理费 paid in the year, in 元. @see 国办函〔2020〕109号 */
  async feesCollectedYuan(agencyId: number, year: number): Promise<number> {
    const { first, last } = bounds(year);
    const [row] = await this.db
      .select({ fen: sql<number>`coalesce(sum(${applications.feeFen}), 0)::int` })
      .from(applications)
      .where(
        and(
          eq(applications.agencyId, agencyId),
          sql`${applications.feePaidOn} between ${first} and ${last}`,
        ),
      );
    return (row?.fen ?? 0) / 100;
  }

  /**
   * Compiles the agency's report for the year: table 三 from {@link applicationCounts},
   * table 四 and 二 and the narrative by @xxgk/casework from the registers. The drill-down of
   * table 四 is included (the register is small); table 三's cells are drilled into with
   * {@link applicationCellCondition}.
   */
  async compile(request: CompileRequest): Promise<CompiledReport> {
    const { agencyId, year } = request;
    const [counts, reviewCases, article20] = await Promise.all([
      this.applicationCounts(agencyId, year),
      new ReviewCasesRepository(this.db).list({ agencyId, year }),
      new Article20Repository(this.db).get(agencyId, year),
    ]);
    return assemble(request, { counts, reviewCases, article20 });
  }

  /**
   * Compiles the report for the year of every agency in the region and the regions below it,
   * exactly as {@link compile} compiles each one, but reading the casework of all of them at
   * once: one aggregate over the applications grouped by agency, one read of the 复议/诉讼
   * register and one of the Article 20 figures — so the cost is that of the aggregate, not
   * three queries per agency. Agencies in the order of {@link AgenciesRepository.list}.
   */
  async compileRegion(request: RegionCompileRequest): Promise<AgencyCompiledReport[]> {
    const { regionId, year } = request;
    const inRegion = sql`${applications.agencyId} in (select ${agencies.id} from ${agencies} where ${agencies.regionId} in ${regionSubtreeIds(regionId)})`;
    const [agencyRows, counts, reviewCases, article20] = await Promise.all([
      new AgenciesRepository(this.db).list({ regionId }),
      this.countsByAgency(inRegion, year),
      new ReviewCasesRepository(this.db).list({ regionId, year }),
      new Article20Repository(this.db).listForYear({ regionId }, year),
    ]);
    const countsOf = groupBy(counts);
    const reviewsOf = groupBy(reviewCases);
    const calendar = request.calendar ?? Calendar.builtIn();
    return agencyRows.map((a) => ({
      agencyId: a.id,
      agencyName: a.name,
      compiled: assemble(
        { agencyName: a.name, year, calendar },
        {
          counts: countsOf.get(a.id) ?? [],
          reviewCases: reviewsOf.get(a.id) ?? [],
          article20: article20.get(a.id) ?? null,
        },
      ),
    }));
  }

  /**
   * The condition selecting the applications counted in a table 三 cell of the agency's report
   * for `year` (`applications.received.naturalPerson`, `applications.granted.total` …), or null
   * when the path is not a table 三 cell of that year's format.
   */
  applicationCellCondition(agencyId: number, year: number, path: string): SQL | null {
    const address = parseCellPath(path);
    if (!address || address.section !== 'applications') return null;
    const format = formatForYear(year);
    const def = getFormat(format);
    if (!def.applicationRows.some((r) => r.key === address.row)) return null;
    const col = address.field;
    if (col !== 'total' && !(APPLICANT_PARTS as readonly string[]).includes(col)) return null;
    const { first, last, lastYearEnd } = bounds(year);
    const where: SQL[] = [eq(applications.agencyId, agencyId)];
    if (col !== 'total') where.push(sql`${applications.applicantType} = ${col}`);
    const closedInYear = sql`${applications.closedOn} between ${first} and ${last}`;
    switch (address.row) {
      case 'received':
        where.push(sql`${applications.receivedOn} between ${first} and ${last}`);
        break;
      case 'carriedOver':
        where.push(sql`${applications.receivedOn} <= ${lastYearEnd}`, openAt(lastYearEnd));
        break;
      case 'carriedForward':
        where.push(sql`${applications.receivedOn} <= ${last}`, openAt(last));
        break;
      case 'totalProcessed':
        where.push(closedInYear);
        break;
      default: {
        const outcomes = OUTCOMES.filter((o) => outcomeRow(format, o) === address.row);
        if (!outcomes.length) return null;
        where.push(
          closedInYear,
          sql`${applications.outcome} in (${sql.join(
            outcomes.map((o) => sql`${o}`),
            sql`, `,
          )})`,
        );
      }
    }
    return and(...where) ?? null;
  }
}

/** Table 四's result of a register entry at the end of `year` (for drill-down labels). */
export { resultOn };

/** Throws `input.invalid` for a path that is no cell of the compiled report. */
export function requireCompiledCell(report: Report, path: string): void {
  if (getCell(report, path) === undefined)
    throw new XxgkError('usage', `“${path}”不是该年报表格中的单元格。`);
}
