import { compileReport, REVIEW_KIND_LABELS, type ReviewResult } from '@xxgk/casework';
import { check } from '@xxgk/checks';
import { toDomainReviewCase, type ReviewCaseListRow } from '@xxgk/db';
import {
  cellLabel,
  formatForYear,
  parseCellPath,
  REVIEW_FIELDS,
  XxgkError,
  type Finding,
} from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { audit } from './audit.js';
import { summaryOf, type ApplicationSummary } from './casework-applications.js';
import { caseworkReadScope, todayInChina } from './casework-scope.js';
import { loadCalendar } from './casework-calendar.js';
import { checkStored, lastYearInput } from './checking.js';
import { assertAgencyInScope } from './scope.js';

/** What compiling answers: the report, its new version and the checker's findings. */
export interface CompileResult {
  reportId: number;
  version: number;
  findings: Finding[];
}

/**
 * Compiles the agency's annual report for `year` from its casework (table 三 from the
 * applications, 四 from the 复议/诉讼 register, 二 from the Article 20 figures, a draft
 * narrative), saves it as a report of origin 'compiled' — version 1, or the next version of the
 * agency's compiled report for that year — and runs the checker on it. Sections the clerk wrote
 * beyond the drafted ones are kept across recompiles. Refused (409) when the agency's report of
 * that year was imported or entered rather than compiled, is under review, or is published.
 * @see 条例第四十九条、第五十条
 */
export async function compileAnnualReport(
  ctx: AppContext,
  actor: Actor,
  input: { agencyId: number; year: number },
): Promise<CompileResult> {
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const agency = await ctx.repos.agencies.get(input.agencyId);
  if (!agency) throw new XxgkError('input.not-found', `机关（编号 ${input.agencyId}）不存在。`);
  const thisYear = Number(todayInChina(ctx.now()).slice(0, 4));
  if (input.year > thisYear)
    throw new XxgkError('usage', `${input.year} 年尚未开始，不能汇编该年度的年报。`);
  const calendar = await loadCalendar(ctx.repos);
  const { report } = await ctx.repos.casework.compile({
    agencyId: agency.id,
    agencyName: agency.name,
    year: input.year,
    calendar,
  });
  const existing = await ctx.repos.reports.findByAgencyYear(agency.id, input.year);
  if (existing) {
    const name = `${agency.name} ${input.year} 年度报告（编号 ${existing.id}）`;
    if (existing.origin !== 'compiled')
      throw new XxgkError(
        'record.conflict',
        `${name}是${existing.origin === 'imported' ? '导入' : '填报'}的，汇编不会覆盖它。`,
      );
    if (existing.status === 'published')
      throw new XxgkError('record.conflict', `${name}已发布，不能重新汇编；如需更正请走更正流程。`);
    if (existing.status === 'submitted')
      throw new XxgkError('record.conflict', `${name}已提交审核，审核员退回之前不能重新汇编。`);
    const current = await ctx.repos.versions.current(existing.id);
    // The clerk's own sections survive; the drafted ones (一, 六) are drafted again.
    report.sections = { ...current?.report.sections, ...report.sections };
    const findings = await checkStored(ctx, existing, report);
    const version = await ctx.repos.transaction(async (tx) => {
      const saved = await tx.versions.append(existing.id, {
        report,
        reason: '由办件数据重新汇编',
        createdBy: actor.id,
        findings,
      });
      await audit(tx, actor, 'report.compile', 'report', existing.id, {
        agencyId: agency.id,
        year: input.year,
        version: saved.number,
      });
      return saved;
    });
    return { reportId: existing.id, version: version.number, findings };
  }
  const findings = check({ report, ...(await lastYearInput(ctx, agency.id, input.year)) });
  const created = await ctx.repos.transaction(async (tx) => {
    const result = await tx.reports.create({
      agencyId: agency.id,
      year: input.year,
      origin: 'compiled',
      report,
      reason: '由办件数据汇编',
      createdBy: actor.id,
      findings,
    });
    await audit(tx, actor, 'report.compile', 'report', result.report.id, {
      agencyId: agency.id,
      year: input.year,
      version: 1,
    });
    return result;
  });
  return { reportId: created.report.id, version: created.version.number, findings };
}

/** A register entry as the drill-down lists it. */
export interface ReviewCaseView {
  id: string;
  agencyId: string;
  kind: string;
  kindLabel: string;
  applicationId: string | null;
  applicationNumber: string | null;
  filedOn: string;
  result: ReviewResult;
  resultLabel: string;
  decidedOn: string | null;
}

function reviewView(row: ReviewCaseListRow): ReviewCaseView {
  return {
    id: String(row.id),
    agencyId: String(row.agencyId),
    kind: row.kind,
    kindLabel: REVIEW_KIND_LABELS[row.kind],
    applicationId: row.applicationId === null ? null : String(row.applicationId),
    applicationNumber: row.applicationNumber,
    filedOn: row.filedOn,
    result: row.result,
    resultLabel: REVIEW_FIELDS.find((f) => f.key === row.result)?.label ?? row.result,
    decidedOn: row.decidedOn,
  };
}

/** Most cases one drill-down lists. */
export const DRILLDOWN_LIMIT = 2000;

/**
 * The cases behind one cell of the agency's compiled report for `year`: the applications of a
 * table 三 cell or the register entries of a table 四 cell, counted by the same rules as the
 * compile. An agency outside the caller's scope is 404; a path that is no such cell is 400.
 */
export async function drilldown(
  ctx: AppContext,
  actor: Actor,
  query: { agencyId: number; year: number; path: string },
): Promise<
  | { path: string; label: string; applications: ApplicationSummary[] }
  | { path: string; label: string; reviewCases: ReviewCaseView[] }
> {
  await caseworkReadScope(ctx, actor, query.agencyId);
  const { agencyId, year, path } = query;
  const label = cellLabel(formatForYear(year), path);
  const address = parseCellPath(path);
  if (address?.section === 'applications') {
    const where = ctx.repos.casework.applicationCellCondition(agencyId, year, path);
    if (where) {
      const calendar = await loadCalendar(ctx.repos);
      const today = todayInChina(ctx.now());
      const rows = await ctx.repos.applications.listWhere(where, DRILLDOWN_LIMIT);
      return { path, label, applications: rows.map((r) => summaryOf(r, today, calendar)) };
    }
  }
  if (address?.section === 'review') {
    const rows = await ctx.repos.reviewCases.list({ agencyId, year });
    const { drillDown } = compileReport({
      agencyName: '',
      year,
      applications: [],
      reviewCases: rows.map(toDomainReviewCase),
    });
    const ids = drillDown[path];
    if (ids) {
      const wanted = new Set(ids);
      return {
        path,
        label,
        reviewCases: rows.filter((r) => wanted.has(String(r.id))).map(reviewView),
      };
    }
  }
  throw new ApiError('request.invalid', `“${path}”不是表三或表四中的单元格。`);
}
