import type { ReportListItem } from '@xxgk/db';
import { check, type CheckInput } from '@xxgk/checks';
import {
  allCellPaths,
  reportSchemaFor,
  setCell,
  XxgkError,
  type CellValue,
  type Finding,
  type Report,
  type ReportSections,
} from '@xxgk/model';
import { orderReport } from '@xxgk/render/core';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { checkInputFor } from './checking.js';
import { diffReports } from './diff.js';
import { iso } from './presenters.js';
import { loadReportInScope } from './scope.js';

/** A correction as the clerk sends it: cells, narrative, metadata, and why. */
export interface Correction {
  cells: { path: string; value: CellValue }[];
  sections?: Partial<Record<keyof ReportSections, string | null>> | undefined;
  meta?: { title?: string | null | undefined; publishedOn?: string | null | undefined } | undefined;
  reason: string;
  /** The version the clerk was looking at; a newer one means someone else changed it first. */
  baseVersion?: number | undefined;
}

/**
 * Applies a correction to a copy of a report. A cell path must belong to the report's format;
 * a corrected cell's raw-text note goes, since the note described the old value.
 */
export function applyCorrection(report: Report, correction: Correction): Report {
  const next = structuredClone(report);
  const valid = new Set(allCellPaths(report.format));
  for (const { path, value } of correction.cells) {
    if (!valid.has(path))
      throw new XxgkError(
        'usage',
        `单元格“${path}”不属于 ${report.format} 年格式的表格，更正未保存。`,
      );
    if (value !== null && (!Number.isFinite(value) || value < 0))
      throw new XxgkError('usage', `单元格“${path}”的值 ${value} 无效：须为非负数，或留空。`);
    setCell(next, path, value);
    delete next.notes[path];
  }
  for (const [key, text] of Object.entries(correction.sections ?? {}) as [
    keyof ReportSections,
    string | null | undefined,
  ][]) {
    if (text === undefined) continue;
    if (text === null || text === '') delete next.sections[key];
    else next.sections[key] = text;
  }
  if (correction.meta?.title !== undefined) next.title = correction.meta.title;
  if (correction.meta?.publishedOn !== undefined) next.publishedOn = correction.meta.publishedOn;
  const parsed = reportSchemaFor(next.format).safeParse(next);
  if (!parsed.success)
    throw new XxgkError(
      'usage',
      `更正后的年报不符合数据格式：${parsed.error.issues[0]?.message ?? '未知原因'}`,
    );
  return next;
}

/**
 * 更正: saves a correction as the report's next version, with the checks run again. A
 * submitted report is under review and cannot be changed until it is returned; a published
 * report can be corrected, and becomes a draft again with its published version kept frozen.
 */
export async function correctReport(
  ctx: AppContext,
  actor: Actor,
  row: ReportListItem,
  correction: Correction,
) {
  if (!correction.reason.trim()) throw new XxgkError('usage', '更正必须填写理由。');
  if (row.status === 'submitted')
    throw new XxgkError(
      'record.conflict',
      `年报（编号 ${row.id}）已提交审核，审核员退回之前不能更正。`,
    );
  if (correction.baseVersion !== undefined && correction.baseVersion !== row.currentVersionNumber)
    throw new XxgkError(
      'record.conflict',
      `年报已被他人更新为第 ${row.currentVersionNumber ?? '?'} 版（您编辑的是第 ${correction.baseVersion} 版），请刷新后重新更正。`,
    );
  const current = await ctx.repos.versions.current(row.id);
  if (!current) throw new XxgkError('internal', `年报（编号 ${row.id}）没有任何版本。`);
  const next = applyCorrection(current.report, correction);
  const diff = diffReports(current.report, next);
  if (diff.cells.length + diff.sections.length + diff.meta.length === 0)
    throw new XxgkError('usage', '更正没有改变任何内容，未保存新版本。');
  const findings = check(await checkInputFor(ctx, row, next));
  const version = await ctx.repos.transaction(async (tx) => {
    const saved = await tx.versions.append(row.id, {
      report: next,
      reason: correction.reason.trim(),
      createdBy: actor.id,
      findings,
    });
    await audit(tx, actor, 'report.correct', 'report', row.id, {
      version: saved.number,
      reason: correction.reason.trim(),
      cells: diff.cells.map((c) => ({ path: c.path, from: c.from, to: c.to })),
      sections: diff.sections.map((s) => s.key),
      meta: diff.meta.map((m) => m.key),
    });
    return saved;
  });
  return {
    version: {
      number: version.number,
      report: orderReport(version.report),
      reason: version.reason,
      createdAt: iso(version.createdAt),
      createdBy: { id: actor.id, displayName: actor.displayName },
      publishedAt: null,
    },
    findings,
  };
}

/**
 * The stateless check behind live checking while typing. With a report id (in scope), the
 * checks also read that report's original text and last year's report, as the saved checks do.
 */
export async function checkDraft(
  ctx: AppContext,
  actor: Actor,
  report: Report,
  reportId: number | undefined,
): Promise<Finding[]> {
  let input: CheckInput = { report };
  if (reportId !== undefined) {
    const row = await loadReportInScope(ctx, actor, reportId);
    input = await checkInputFor(ctx, row, report);
  }
  return check(input);
}
