import type { Finding, Report } from '@xxgk/model';
import { queryString, request } from './http.js';
import type {
  Comparison,
  CorrectionRequest,
  CorrectionResult,
  ExportFormat,
  Page,
  ReportDetail,
  ReportFilters,
  ReportListItem,
  ReportSort,
  ReportVersion,
  SourceText,
  VersionDiff,
  VersionSummary,
} from './types.js';

/** Query of the report list: filters, sort and page. */
export interface ReportQuery extends ReportFilters {
  sort?: ReportSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/** The filter part of a query as URL parameters (shared by the list and the zip export). */
export function filterParams(
  f: ReportFilters,
): Record<string, string | number | boolean | undefined> {
  return {
    regionId: f.regionId,
    agencyId: f.agencyId,
    year: f.year,
    status: f.status,
    hasErrors: f.hasErrors,
    q: f.q,
  };
}

/** One page of the report list. */
export function listReports(query: ReportQuery): Promise<Page<ReportListItem>> {
  const qs = queryString({
    ...filterParams(query),
    sort: query.sort,
    order: query.order,
    page: query.page,
    pageSize: query.pageSize,
  });
  return request('GET', `/api/reports${qs}`);
}

/** Creates an empty report of the right format for 填报. */
export function createReport(agencyId: number, year: number): Promise<{ id: number }> {
  return request('POST', '/api/reports', { agencyId, year });
}

/** A report with its current version, findings, provenance and what the user may do. */
export function getReport(id: number): Promise<ReportDetail> {
  return request('GET', `/api/reports/${id}`);
}

/** The parsed plain text of an imported report's source (provenance lines index it). */
export function getSourceText(id: number): Promise<SourceText> {
  return request('GET', `/api/reports/${id}/source/text`);
}

/** URL of the original uploaded file. */
export function sourceUrl(id: number): string {
  return `/api/reports/${id}/source`;
}

/** Saves a correction as a new version; answers the new version and its findings. */
export function correctReport(id: number, body: CorrectionRequest): Promise<CorrectionResult> {
  return request('POST', `/api/reports/${id}/corrections`, body);
}

/** Checks a report without saving it (live checking while typing). */
export function checkReport(
  report: Report,
  reportId?: number,
  signal?: AbortSignal,
): Promise<{ findings: Finding[] }> {
  return request('POST', '/api/check', { report, reportId }, { signal });
}

/** The version history, newest first as the server sends it. */
export function listVersions(id: number): Promise<VersionSummary[]> {
  return request('GET', `/api/reports/${id}/versions`);
}

/** One version with its report. */
export function getVersion(id: number, n: number): Promise<ReportVersion> {
  return request('GET', `/api/reports/${id}/versions/${n}`);
}

/** Differences between two versions. */
export function diffVersions(id: number, from: number, to: number): Promise<VersionDiff> {
  return request('GET', `/api/reports/${id}/diff${queryString({ from, to })}`);
}

/** This year against last year for the same agency. */
export function compareReport(id: number): Promise<Comparison> {
  return request('GET', `/api/reports/${id}/compare`);
}

/** URL that downloads one report in a format. */
export function exportUrl(id: number, format: ExportFormat): string {
  return `/api/reports/${id}/export${queryString({ format })}`;
}

/** URL that downloads the filtered list as a zip of reports in a format. */
export function exportListUrl(filters: ReportFilters, format: ExportFormat): string {
  return `/api/exports${queryString({ ...filterParams(filters), format })}`;
}

/** Submits a draft or returned report for review. */
export function submitReport(id: number): Promise<unknown> {
  return request('POST', `/api/reports/${id}/submit`);
}

/** Returns a submitted report to its agency with a comment. */
export function returnReport(id: number, comment: string): Promise<unknown> {
  return request('POST', `/api/reports/${id}/return`, { comment });
}

/** Publishes a submitted report; its version becomes immutable. */
export function publishReport(id: number): Promise<unknown> {
  return request('POST', `/api/reports/${id}/publish`);
}
