import { createHash } from 'node:crypto';
import type { ReportListItem, ReportPage, ReportSortKey, ReportStatus } from '@xxgk/db';
import { check } from '@xxgk/checks';
import { emptyReport, FORMAT_IDS, XxgkError, type FormatId, type Report } from '@xxgk/model';
import { orderReport } from '@xxgk/render/core';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { lastYearInput } from './checking.js';
import { diffReports } from './diff.js';
import {
  iso,
  isoOrNull,
  presentListItem,
  presentVersionSummary,
  type Author,
} from './presenters.js';
import {
  assertAgencyInScope,
  reportInScope,
  reportNotFound,
  scopedFilter,
  scopeKey,
  type RequestedFilter,
} from './scope.js';

/** The list's query, as the route validated it. */
export interface ListQuery extends RequestedFilter {
  sort?: 'year' | 'agency' | 'updatedAt' | 'errors' | 'warnings' | 'status' | 'region' | undefined;
  order?: 'asc' | 'desc' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** The filters of a list query, without sort and paging. */
export function filterOf(query: ListQuery): RequestedFilter {
  const filter: RequestedFilter = {};
  if (query.regionId !== undefined) filter.regionId = query.regionId;
  if (query.agencyId !== undefined) filter.agencyId = query.agencyId;
  if (query.year !== undefined) filter.year = query.year;
  if (query.status !== undefined) filter.status = query.status;
  if (query.origin !== undefined) filter.origin = query.origin;
  if (query.hasErrors !== undefined) filter.hasErrors = query.hasErrors;
  if (query.search !== undefined && query.search.trim()) filter.search = query.search;
  return filter;
}

/** One page of the reports the actor may see, with error/warning/advice counts. */
export async function listReports(ctx: AppContext, actor: Actor, query: ListQuery) {
  return ctx.cache.get(`list:${scopeKey(actor)}:${JSON.stringify(query)}`, () =>
    listUncached(ctx, actor, query),
  );
}

async function listUncached(ctx: AppContext, actor: Actor, query: ListQuery) {
  const filter = await scopedFilter(ctx, actor, filterOf(query));
  if (!filter) return { items: [], total: 0 };
  const sortBy: ReportSortKey = query.sort ?? 'updatedAt';
  const sort = { by: sortBy, direction: query.order ?? (query.sort ? 'asc' : 'desc') } as const;
  // On PGlite (one process, exact cache) a filter's ids are listed once per data version and
  // order, and shared by all its pages and page sizes: a page is then a slice plus one fetch of
  // its rows, not an OFFSET walk on Node's own thread. On PostgreSQL the page is chosen and
  // the total counted in the list's one statement.
  const orderedIds = ctx.cache.enabled
    ? await ctx.cache.get(`list-ids:${JSON.stringify(filter)}:${sort.by}:${sort.direction}`, () =>
        ctx.repos.reports.orderedIds(filter, sort),
      )
    : undefined;
  const page = await ctx.repos.reports.list(
    filter,
    sort,
    { page: query.page ?? 1, pageSize: query.pageSize ?? 20 },
    orderedIds === undefined ? {} : { orderedIds },
  );
  // One query: errors and warnings are kept on the report row, advice counted with the page.
  return {
    items: page.items.map((r) =>
      presentListItem(r, { error: r.errorCount, warning: r.warningCount, info: r.infoCount }),
    ),
    total: page.total,
  };
}

/**
 * 填报: creates an empty report of the right format for an agency and year — every cell blank,
 * so nothing is reported as zero before the clerk types it.
 */
export async function createReport(
  ctx: AppContext,
  actor: Actor,
  input: { agencyId: number; year: number; format?: FormatId | undefined },
) {
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const agency = await ctx.repos.agencies.get(input.agencyId);
  if (!agency) throw new XxgkError('input.not-found', `机关（编号 ${input.agencyId}）不存在。`);
  // The 2021 format applies from the 2021 report on; earlier years used the 2019 trial format.
  const format: FormatId = input.format ?? (input.year >= 2021 ? '2021' : '2019');
  if (!FORMAT_IDS.includes(format)) throw new XxgkError('usage', `未知的年报格式：${format}`);
  const report = emptyReport(format);
  report.year = input.year;
  report.agency = agency.name;
  report.title = `${agency.name}${input.year}年政府信息公开工作年度报告`;
  const findings = check({ report, ...(await lastYearInput(ctx, input.agencyId, input.year)) });
  const created = await ctx.repos.transaction(async (tx) => {
    const result = await tx.reports.create({
      agencyId: input.agencyId,
      year: input.year,
      origin: 'entered',
      report,
      reason: '新建填报',
      createdBy: actor.id,
      findings,
    });
    await audit(tx, actor, 'report.create', 'report', result.report.id, {
      agencyId: input.agencyId,
      year: input.year,
      format,
    });
    return result;
  });
  return { id: created.report.id };
}

async function authorOf(ctx: AppContext, userId: number | null): Promise<Author | null> {
  if (userId === null) return null;
  const user = await ctx.repos.users.get(userId);
  return user ? { id: user.id, displayName: user.displayName } : null;
}

/** What the actor may do with a report now, for the page's buttons. */
export function reportPermissions(actor: Actor, status: ReportStatus) {
  const clerk = actor.role === 'clerk';
  const reviewer = actor.role === 'reviewer';
  return {
    edit: clerk && status !== 'submitted',
    submit: clerk && (status === 'draft' || status === 'returned'),
    review: reviewer && status === 'submitted',
    publish: reviewer && status === 'submitted',
  };
}

/** The report page's JSON, serialised once, and its entity tag. */
export interface DetailBody {
  body: Buffer;
  /** A strong ETag: a digest of exactly these bytes, so it changes whenever they do. */
  etag: string;
}

/** What a cached page needs for the scope check, beside its body. */
interface CachedDetail extends DetailBody {
  agencyId: number;
  regionId: number;
}

function serialise(value: unknown): DetailBody {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * The report page: current version, findings, provenance, source, review comment, rights —
 * read in one query and serialised once. On PGlite the serialised body is cached per report
 * and role until the next write (the rights depend on the role only), and the scope check is
 * made against the cached row; on PostgreSQL the same query also answers a reviewer's region
 * check. Outside the scope: 404.
 */
export async function reportDetail(ctx: AppContext, actor: Actor, id: number): Promise<DetailBody> {
  if (ctx.cache.enabled) {
    const cached = await ctx.cache.get(
      `detail:${id}:${actor.role}`,
      async (): Promise<CachedDetail | null> => {
        const loaded = await ctx.work.reportPages.loadCurrent(id);
        if (!loaded) return null;
        return {
          agencyId: loaded.row.agencyId,
          regionId: loaded.row.regionId,
          ...serialise(presentDetail(actor, loaded.row, loaded.page)),
        };
      },
    );
    if (!cached || !(await reportInScope(ctx, actor, cached))) throw reportNotFound(id);
    return cached;
  }
  const region = actor.role === 'reviewer' ? actor.regionId : null;
  const loaded = await ctx.work.reportPages.loadCurrent(
    id,
    region !== null ? { withinRegion: region } : {},
  );
  const inScope =
    loaded !== null &&
    (actor.role === 'reviewer'
      ? loaded.withinRegion === true
      : await reportInScope(ctx, actor, loaded.row));
  if (!loaded || !inScope) throw reportNotFound(id);
  return serialise(presentDetail(actor, loaded.row, loaded.page));
}

/** The report page's JSON. */
export function presentDetail(actor: Actor, row: ReportListItem, page: ReportPage) {
  const { version } = page;
  return {
    id: row.id,
    agency: { id: row.agencyId, name: row.agencyName, kind: row.agencyKind },
    region: { id: row.regionId, name: row.regionName },
    year: row.year,
    format: row.format,
    origin: row.origin,
    status: row.status,
    title: row.title,
    currentVersion: version.number,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    version: {
      number: version.number,
      report: orderReport(version.report),
      reason: version.reason,
      createdAt: iso(version.createdAt),
      createdBy:
        version.createdBy === null
          ? null
          : { id: version.createdBy, displayName: page.createdByName ?? '' },
      publishedAt: isoOrNull(version.publishedAt),
    },
    findings: page.findings,
    provenance: page.source?.provenance ?? {},
    source: page.source
      ? {
          fileName: page.source.fileName,
          mediaType: page.source.mediaType,
          size: page.source.size,
        }
      : null,
    reviewComment: page.returnComment?.comment ?? null,
    reviewCommentBy: page.returnComment
      ? {
          displayName: page.returnComment.authorName,
          createdAt: iso(page.returnComment.createdAt),
        }
      : null,
    permissions: reportPermissions(actor, row.status),
  };
}

/** The original file of the report's latest import, with its bytes. */
export async function sourceFile(ctx: AppContext, row: ReportListItem) {
  const latest = await ctx.work.sourceTexts.latestForReport(row.id);
  const file = latest ? await ctx.repos.sourceFiles.get(latest.file.id) : null;
  if (!file)
    throw new XxgkError('input.not-found', `年报（编号 ${row.id}）是填报的，没有原始文件。`);
  return file;
}

/** The plain text the reader made of the original file; provenance lines index `lines`. */
export async function sourceText(ctx: AppContext, row: ReportListItem) {
  const latest = await ctx.work.sourceTexts.latestForReport(row.id);
  if (!latest?.text)
    throw new XxgkError('input.not-found', `年报（编号 ${row.id}）没有原始文件的文本。`);
  const text = latest.text.text;
  return {
    fileName: latest.file.fileName,
    kind: latest.text.kind,
    text,
    lines: text.split(/\r\n|\r|\n/u),
    outline: latest.text.outline,
    problems: latest.text.problems,
  };
}

/** Every version of a report, newest first. */
export async function versionHistory(ctx: AppContext, row: ReportListItem) {
  return (await ctx.repos.versions.history(row.id)).map(presentVersionSummary);
}

async function versionOrThrow(ctx: AppContext, row: ReportListItem, n: number) {
  const version = await ctx.repos.versions.getByNumber(row.id, n);
  if (!version) throw new XxgkError('input.not-found', `年报（编号 ${row.id}）没有第 ${n} 版。`);
  return version;
}

/** One version with its report and its findings. */
export async function versionDetail(ctx: AppContext, row: ReportListItem, n: number) {
  const version = await versionOrThrow(ctx, row, n);
  return {
    number: version.number,
    report: orderReport(version.report),
    reason: version.reason,
    createdAt: iso(version.createdAt),
    createdBy: await authorOf(ctx, version.createdBy),
    publishedAt: isoOrNull(version.publishedAt),
    findings: await ctx.repos.findings.list(version.id),
  };
}

/** Differences between two versions; by default the one before the current and the current. */
export async function versionDiff(
  ctx: AppContext,
  row: ReportListItem,
  query: { from?: number | undefined; to?: number | undefined },
) {
  const current = row.currentVersionNumber ?? 1;
  const to = query.to ?? current;
  const from = query.from ?? Math.max(1, to - 1);
  const [a, b] = await Promise.all([versionOrThrow(ctx, row, from), versionOrThrow(ctx, row, to)]);
  return { from, to, ...diffReports(a.report, b.report) };
}

/** The current version's report (for export, compare). */
export async function currentReport(ctx: AppContext, row: ReportListItem): Promise<Report> {
  const version = await ctx.repos.versions.current(row.id);
  if (!version) throw new XxgkError('internal', `年报（编号 ${row.id}）没有任何版本。`);
  return version.report;
}
