import {
  compileReport,
  draftNarrative,
  OUTCOMES,
  resultOn,
  type CompiledReport,
} from '@xxgk/casework';
import { Calendar } from '@xxgk/calendar';
import {
  APPLICANT_PARTS,
  cellPath,
  formatForYear,
  getCell,
  getFormat,
  parseCellPath,
  setCell,
  XxgkError,
  type FormatId,
  type Report,
} from '@xxgk/model';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import { applications } from '../schema/index.js';
import {
  Article20Repository,
  ReviewCasesRepository,
  toDomainReviewCase,
} from './casework-registers.js';

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
   * agency's compile index range. The fees need no scan of their own: a fee paid in the year
   * belongs to a case received by then (no event precedes the receipt) and not concluded
   * before it (the derived `fee_paid_on` is never after `closed_on`), so every such case lies
   * in the range — without this, summing them took a scan of the whole table.
   */
  async applicationCounts(agencyId: number, year: number): Promise<ApplicationCountRow[]> {
    const { first, last, lastYearEnd } = bounds(year);
    const rows = await this.db
      .select({
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
          eq(applications.agencyId, agencyId),
          sql`${applications.receivedOn} <= ${last}`,
          sql`(${applications.closedOn} is null or ${applications.closedOn} >= ${first})`,
        ),
      )
      .groupBy(applications.applicantType, applications.outcome);
    return rows;
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
    const calendar = request.calendar ?? Calendar.builtIn();
    const [counts, reviews, article20] = await Promise.all([
      this.applicationCounts(agencyId, year),
      new ReviewCasesRepository(this.db).list({ agencyId, year }),
      new Article20Repository(this.db).get(agencyId, year),
    ]);
    const input = {
      agencyName: request.agencyName,
      year,
      applications: [],
      reviewCases: reviews.map(toDomainReviewCase),
      ...(article20 ? { article20 } : {}),
      feesCollectedYuan: counts.reduce((fen, r) => fen + r.feeFen, 0) / 100,
      calendar,
    };
    const compiled = compileReport(input);
    const report = compiled.report;
    const add = (row: string, col: string, n: number): void => {
      if (n === 0) return;
      for (const c of [col, 'total']) {
        const path = cellPath('applications', row, c);
        const v = getCell(report, path);
        setCell(report, path, (typeof v === 'number' ? v : 0) + n);
      }
    };
    for (const r of counts) {
      add('received', r.applicantType, r.received);
      add('carriedOver', r.applicantType, r.carriedOver);
      add('carriedForward', r.applicantType, r.carriedForward);
      if (r.outcome !== null && r.processed > 0) {
        add(outcomeRow(report.format, r.outcome), r.applicantType, r.processed);
        add('totalProcessed', r.applicantType, r.processed);
      }
    }
    report.sections = { ...report.sections, ...draftNarrative(input, report) };
    const drillDown: Record<string, string[]> = {};
    for (const [path, ids] of Object.entries(compiled.drillDown))
      if (path.startsWith('review.')) drillDown[path] = ids;
    return { report, drillDown };
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
