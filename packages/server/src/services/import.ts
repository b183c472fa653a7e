import {
  WorkspaceRepositories,
  type ImportRow,
  type ImportStatus,
  type Repositories,
} from '@xxgk/db';
import { check } from '@xxgk/checks';
import { parseDocument } from '@xxgk/parsers';
import { isXxgkError, XxgkError, type Finding, type ParsedDocument } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { replaceControlChars } from './control-chars.js';
import { matchAgency, type AgencyCandidate } from './agency-match.js';
import { reportOfYear } from './checking.js';
import { assertAgencyInScope, reportInScope } from './scope.js';
import { expandZip, isPlainArchive, type UploadedItem } from './zip-upload.js';

/** Media type of what a reader read, for storing and serving the original. */
export const MEDIA_TYPES: Record<ParsedDocument['source'], string> = {
  text: 'text/plain; charset=utf-8',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json',
};

/** What the uploader sees for each file. */
export interface ImportItem {
  /** Null for a file that could not be read: there is nothing to confirm. */
  importId: string | null;
  fileName: string;
  status: ImportStatus;
  error?: { code: string; message: string };
  problems?: { code: string; message: string; line?: number }[];
  recognized: {
    agencyName: string | null;
    year: number | null;
    format: string | null;
    title: string | null;
  };
  /** Best match among the agencies in the uploader's scope, or null. */
  agencyId: number | null;
  agencyName: string | null;
  duplicateOf?: { reportId: number | null; importId?: string; reason: string };
  errors: number;
  warnings: number;
  infos: number;
}

const tally = (findings: readonly Finding[], severity: Finding['severity']): number =>
  findings.filter((f) => f.severity === severity).length;

/** The agencies an uploader may import for: a clerk's own, a reviewer's subtree. */
async function candidates(ctx: AppContext, actor: Actor): Promise<AgencyCandidate[]> {
  if (actor.role === 'clerk' && actor.agencyId !== null) {
    const own = await ctx.repos.agencies.get(actor.agencyId);
    return own ? [{ id: own.id, name: own.name }] : [];
  }
  if (actor.role === 'reviewer' && actor.regionId !== null)
    return (await ctx.repos.agencies.list({ regionId: actor.regionId })).map((a) => ({
      id: a.id,
      name: a.name,
    }));
  return [];
}

function unreadable(fileName: string, error: unknown): ImportItem {
  const e = isXxgkError(error)
    ? error
    : new XxgkError('internal', `读取文件“${fileName}”时出现内部错误，请报告此问题。`);
  const message =
    e.code === 'internal' ? `读取文件“${fileName}”时出现内部错误，请报告此问题。` : e.message;
  return {
    importId: null,
    fileName,
    status: 'unreadable',
    error: { code: e.code, message },
    recognized: { agencyName: null, year: null, format: null, title: null },
    agencyId: null,
    agencyName: null,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
}

/** Where an upload is the same as something already there, or null. */
async function duplicateOf(
  ctx: AppContext,
  actor: Actor,
  bytes: Uint8Array,
  agencyId: number | null,
  year: number | null,
): Promise<ImportItem['duplicateOf'] | null> {
  for (const twin of await ctx.repos.sourceFiles.findDuplicates(bytes)) {
    const row = await ctx.repos.reports.get(twin.reportId);
    if (row && (await reportInScope(ctx, actor, row)))
      return {
        reportId: twin.reportId,
        reason: `与已导入的“${twin.agencyName}”${twin.year} 年度报告（年报编号 ${twin.reportId}，第 ${twin.versionNumber} 版）的原始文件完全相同。`,
      };
  }
  if (agencyId !== null && year !== null) {
    const existing = await ctx.repos.reports.findByAgencyYear(agencyId, year);
    if (existing)
      return {
        reportId: existing.id,
        reason: `该机关该年度已有年报：“${existing.agencyName}”${year} 年度报告（年报编号 ${existing.id}）。`,
      };
  }
  const [staged] = await ctx.work.imports.findDuplicates(actor.id, bytes);
  if (staged)
    return {
      reportId: null,
      importId: staged.id,
      reason: `与您刚上传、尚未确认的文件“${staged.fileName}”完全相同。`,
    };
  return null;
}

async function readItem(
  ctx: AppContext,
  actor: Actor,
  item: UploadedItem,
  scope: AgencyCandidate[],
): Promise<ImportItem> {
  if (item.refused) return unreadable(item.fileName, item.refused);
  let parsed: ParsedDocument;
  try {
    parsed = await parseDocument(item.bytes, { fileName: item.fileName });
  } catch (e) {
    return unreadable(item.fileName, e);
  }
  const report = parsed.report;
  const agencyId = matchAgency({ agency: report.agency, title: report.title }, scope);
  const previous =
    agencyId !== null && report.year !== null
      ? await reportOfYear(ctx, agencyId, report.year - 1)
      : undefined;
  const findings = check({
    report,
    text: parsed.text,
    outline: parsed.outline,
    ...(previous ? { previous } : {}),
  });
  const duplicate = await duplicateOf(ctx, actor, item.bytes, agencyId, report.year);
  const status: ImportStatus = parsed.problems.length > 0 ? 'problems' : 'parsed';
  const staged = await ctx.work.imports.create({
    userId: actor.id,
    fileName: item.fileName,
    mediaType: MEDIA_TYPES[parsed.source],
    bytes: item.bytes,
    status,
    parsed,
    findings,
    ttlMs: ctx.config.importTtlMs,
    now: ctx.now(),
  });
  return {
    importId: staged.id,
    fileName: staged.fileName,
    status,
    ...(parsed.problems.length > 0
      ? {
          problems: parsed.problems.map((p) => ({
            code: p.code,
            message: p.message,
            ...(p.line ? { line: p.line } : {}),
          })),
        }
      : {}),
    recognized: {
      agencyName: report.agency,
      year: report.year,
      format: report.format,
      title: report.title,
    },
    agencyId,
    agencyName: scope.find((c) => c.id === agencyId)?.name ?? null,
    ...(duplicate ? { duplicateOf: duplicate } : {}),
    errors: tally(findings, 'error'),
    warnings: tally(findings, 'warning'),
    infos: tally(findings, 'info'),
  };
}

/**
 * 导入, first step: reads an uploaded file (or every file of an uploaded .zip), checks it,
 * recognises its agency and year, notices duplicates, and stages it for confirmation.
 * Unreadable files come back with the reader's Chinese message; nothing is saved as a report
 * until the uploader confirms.
 */
export async function importUpload(
  ctx: AppContext,
  actor: Actor,
  upload: { fileName: string; bytes: Uint8Array },
): Promise<{ items: ImportItem[] }> {
  await ctx.work.imports.deleteExpired(ctx.now());
  const fileName = replaceControlChars(upload.fileName).slice(0, 255) || '未命名文件';
  let files: UploadedItem[];
  if (isPlainArchive(upload.bytes, fileName, ctx.config.uploads)) {
    try {
      files = expandZip(upload.bytes, fileName, ctx.config.uploads);
    } catch (e) {
      if (!isXxgkError(e)) throw e;
      files = [{ fileName, bytes: new Uint8Array(0), refused: e }];
    }
  } else files = [{ fileName, bytes: upload.bytes }];
  const scope = await candidates(ctx, actor);
  const items: ImportItem[] = [];
  for (const file of files) items.push(await readItem(ctx, actor, file, scope));
  await audit(ctx.repos, actor, 'import.upload', 'import', null, {
    fileName,
    size: upload.bytes.byteLength,
    items: items.map((i) => ({ importId: i.importId, fileName: i.fileName, status: i.status })),
  });
  return { items };
}

async function stagedImport(ctx: AppContext, actor: Actor, importId: string): Promise<ImportRow> {
  const row = await ctx.work.imports.get(importId, ctx.now());
  if (!row || row.userId !== actor.id)
    throw new XxgkError('input.not-found', '待导入的文件不存在、已过期或已处理，请重新上传。');
  return row;
}

/**
 * 导入, second step: turns a staged file into a report of the agency and year the uploader
 * confirmed (origin imported, version 1 with the original file and its reading), or — when
 * asked — into the next version of that agency's existing report for the year.
 */
export async function confirmImport(
  ctx: AppContext,
  actor: Actor,
  importId: string,
  input: { agencyId: number; year: number; addAsVersion?: boolean | undefined },
) {
  const staged = await stagedImport(ctx, actor, importId);
  if (!staged.parsed)
    throw new XxgkError('input.unreadable', `文件“${staged.fileName}”无法读取，不能导入。`);
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const parsed = staged.parsed;
  const report = structuredClone(parsed.report);
  const agency = await ctx.repos.agencies.get(input.agencyId);
  if (!agency) throw new XxgkError('input.not-found', `机关（编号 ${input.agencyId}）不存在。`);
  report.year = input.year;
  report.agency ??= agency.name;
  const previous = await reportOfYear(ctx, input.agencyId, input.year - 1);
  const findings = check({
    report,
    text: parsed.text,
    outline: parsed.outline,
    ...(previous ? { previous } : {}),
  });
  const existing = await ctx.repos.reports.findByAgencyYear(input.agencyId, input.year);
  if (existing && !input.addAsVersion)
    throw new XxgkError(
      'record.conflict',
      `该机关该年度已有年报：“${existing.agencyName}”${input.year} 年度报告（年报编号 ${existing.id}，第 ${existing.currentVersionNumber ?? 1} 版）。如要把此文件作为它的新版本导入，请选择“作为新版本导入”。`,
    );
  if (existing?.status === 'submitted')
    throw new XxgkError(
      'record.conflict',
      `年报（编号 ${existing.id}）已提交审核，审核员退回之前不能导入新版本。`,
    );
  const source = { fileName: staged.fileName, mediaType: staged.mediaType, bytes: staged.bytes };
  return ctx.repos.transaction(async (tx) => {
    const saved = await saveImported(tx, {
      existingReportId: existing?.id ?? null,
      agencyId: input.agencyId,
      year: input.year,
      parsed: { ...parsed, report },
      findings,
      source,
      createdBy: actor.id,
    });
    await new WorkspaceRepositories(tx.db).imports.delete(staged.id);
    await audit(
      tx,
      actor,
      existing ? 'report.reimport' : 'report.import',
      'report',
      saved.reportId,
      {
        fileName: staged.fileName,
        sha256: staged.sha256,
        version: saved.version,
        agencyId: input.agencyId,
        year: input.year,
      },
    );
    return saved;
  });
}

/** What saving an imported document takes. */
export interface ImportedReport {
  /** Add a version to this report instead of creating one. */
  existingReportId: number | null;
  agencyId: number;
  year: number;
  /** The reading, with the report as it is to be saved. */
  parsed: ParsedDocument;
  findings: readonly Finding[];
  source: { fileName: string; mediaType: string; bytes: Uint8Array };
  /** Null for the system (demo data). */
  createdBy: number | null;
}

/**
 * Saves an imported document inside the caller's transaction: a new report (origin imported)
 * or the next version of an existing one, with the original file and the reader's text and
 * provenance beside it.
 */
export async function saveImported(
  tx: Repositories,
  input: ImportedReport,
): Promise<{ reportId: number; version: number }> {
  const common = {
    report: input.parsed.report,
    createdBy: input.createdBy,
    findings: input.findings,
    source: input.source,
  };
  const saved =
    input.existingReportId !== null
      ? {
          reportId: input.existingReportId,
          version: await tx.versions.append(input.existingReportId, {
            ...common,
            reason: `重新导入：${input.source.fileName}`,
          }),
        }
      : await tx.reports
          .create({
            ...common,
            agencyId: input.agencyId,
            year: input.year,
            origin: 'imported',
            reason: `导入：${input.source.fileName}`,
          })
          .then((r) => ({ reportId: r.report.id, version: r.version }));
  const [file] = await tx.sourceFiles.listForVersion(saved.version.id);
  if (file) await new WorkspaceRepositories(tx.db).sourceTexts.put(file.id, input.parsed);
  return { reportId: saved.reportId, version: saved.version.number };
}

/** Discards a staged file. */
export async function discardImport(
  ctx: AppContext,
  actor: Actor,
  importId: string,
): Promise<void> {
  const staged = await stagedImport(ctx, actor, importId);
  await ctx.repos.transaction(async (tx) => {
    await new WorkspaceRepositories(tx.db).imports.delete(staged.id);
    await audit(tx, actor, 'import.discard', 'import', staged.id, { fileName: staged.fileName });
  });
}
