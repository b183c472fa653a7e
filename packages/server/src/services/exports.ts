import type { ReportListItem } from '@xxgk/db';
import { getOutputFormat, OUTPUT_FORMATS } from '@xxgk/render';
import { XxgkError, type Finding, type Report } from '@xxgk/model';
import { zipSync } from 'fflate';
import type { Actor } from '../auth/actor.js';
import { replaceControlChars } from './control-chars.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { filterOf, type ListQuery } from './reports.js';
import { scopedFilter } from './scope.js';

/** The formats a report can be exported in (the render registry's ids). */
export const EXPORT_FORMATS = ['html', 'docx', 'xlsx', 'pdf', 'json', 'md'] as const;
/** One export format id. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A rendered file ready to send. */
export interface RenderedFile {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
}

const encoder = new TextEncoder();

/** A file name without characters Windows or a shell would trip over. */
export function safeFileName(name: string): string {
  const cleaned = replaceControlChars(name, '_')
    .replace(/[\\/:*?"<>|]/gu, '_')
    .replace(/\s+/gu, ' ')
    .trim();
  return cleaned.slice(0, 120) || 'report';
}

/** The Chinese file name of a report: `机关2024年政府信息公开工作年度报告.ext`. */
export function reportFileName(agencyName: string, year: number, extension: string): string {
  return `${safeFileName(`${agencyName}${year}年政府信息公开工作年度报告`)}.${extension}`;
}

/**
 * `Content-Disposition` for a download with a Chinese name: an ASCII fallback and the UTF-8
 * name (RFC 6266 / RFC 5987), which every current browser uses.
 */
export function contentDisposition(fileName: string, fallback: string, inline = false): string {
  const ascii = fallback.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Renders a report in one format with its findings marked. */
export async function renderReport(
  report: Report,
  findings: readonly Finding[],
  format: ExportFormat,
  agencyName: string,
  year: number,
): Promise<RenderedFile> {
  const output = getOutputFormat(format);
  if (!output)
    throw new XxgkError(
      'usage',
      `不支持的导出格式“${format}”；可用：${OUTPUT_FORMATS.map((f) => f.id).join('、')}。`,
    );
  const out = await output.render(report, { findings: [...findings] });
  return {
    bytes: typeof out === 'string' ? encoder.encode(out) : out,
    mediaType: output.mediaType,
    fileName: reportFileName(agencyName, year, output.extension),
  };
}

/** Exports one stored report (its current version, or version `n`). */
export async function exportReport(
  ctx: AppContext,
  actor: Actor,
  row: ReportListItem,
  format: ExportFormat,
  versionNumber?: number,
): Promise<RenderedFile> {
  const version =
    versionNumber === undefined
      ? await ctx.repos.versions.current(row.id)
      : await ctx.repos.versions.getByNumber(row.id, versionNumber);
  if (!version)
    throw new XxgkError(
      'input.not-found',
      `年报（编号 ${row.id}）没有第 ${versionNumber ?? '?'} 版。`,
    );
  const findings = await ctx.repos.findings.list(version.id);
  const file = await renderReport(version.report, findings, format, row.agencyName, row.year);
  await audit(ctx.repos, actor, 'report.export', 'report', row.id, {
    format,
    version: version.number,
  });
  return file;
}

/**
 * Exports every report the filter matches (within the caller's scope) as one zip, each
 * report one file named after its agency and year. Bounded: a filter matching more than the
 * configured number of reports is refused with the count, so one request cannot tie the server up.
 */
export async function exportFiltered(
  ctx: AppContext,
  actor: Actor,
  query: ListQuery,
  format: ExportFormat,
): Promise<RenderedFile> {
  const filter = await scopedFilter(ctx, actor, filterOf(query));
  const limit = format === 'pdf' ? ctx.config.maxPdfExportReports : ctx.config.maxExportReports;
  const rows: ReportListItem[] = [];
  if (filter) {
    const first = await ctx.repos.reports.list(
      filter,
      { by: 'agency', direction: 'asc' },
      { page: 1, pageSize: 200 },
    );
    if (first.total > limit)
      throw new XxgkError(
        'usage',
        `筛选出 ${first.total} 份年报，超过一次导出 ${limit} 份（${format.toUpperCase()}）的上限；请缩小筛选范围后分批导出。`,
      );
    rows.push(...first.items);
    for (let page = 2; rows.length < first.total; page += 1) {
      const next = await ctx.repos.reports.list(
        filter,
        { by: 'agency', direction: 'asc' },
        { page, pageSize: 200 },
      );
      if (next.items.length === 0) break;
      rows.push(...next.items);
    }
  }
  if (rows.length === 0) throw new XxgkError('input.not-found', '没有符合筛选条件的年报可导出。');
  const files: Record<string, Uint8Array> = {};
  for (const row of rows) {
    const version = await ctx.repos.versions.current(row.id);
    if (!version) continue;
    const findings = await ctx.repos.findings.list(version.id);
    const file = await renderReport(version.report, findings, format, row.agencyName, row.year);
    let name = file.fileName;
    for (let n = 2; name in files; n += 1)
      name = file.fileName.replace(/(\.[a-z]+)$/u, `（${n}）$1`);
    files[name] = file.bytes;
  }
  await audit(ctx.repos, actor, 'report.export-batch', 'report', null, {
    format,
    count: rows.length,
    reportIds: rows.map((r) => r.id).slice(0, 500),
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    bytes: zipSync(files, { level: 6 }),
    mediaType: 'application/zip',
    fileName: `政府信息公开工作年度报告-${stamp}.zip`,
  };
}
