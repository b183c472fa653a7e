import { WorkspaceRepositories, type ReportListItem } from '@xxgk/db';
import { XxgkError } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { iso } from './presenters.js';

/**
 * 提交: the clerk sends a draft (or a returned report, once corrected) to review.
 * @see 条例第四十九条 (reports go to the competent department before publication)
 */
export async function submitReport(ctx: AppContext, actor: Actor, row: ReportListItem) {
  const updated = await ctx.repos.transaction(async (tx) => {
    const report = await tx.reports.setStatus(row.id, 'submitted', ['draft', 'returned']);
    await audit(tx, actor, 'report.submit', 'report', row.id, {
      version: row.currentVersionNumber,
      errors: row.errorCount,
    });
    return report;
  });
  return { id: updated.id, status: updated.status, updatedAt: iso(updated.updatedAt) };
}

/** 退回: the reviewer sends a submitted report back with a comment the clerk will see. */
export async function returnReport(
  ctx: AppContext,
  actor: Actor,
  row: ReportListItem,
  comment: string,
) {
  const text = comment.trim();
  if (!text) throw new XxgkError('usage', '退回时必须填写审核意见。');
  const updated = await ctx.repos.transaction(async (tx) => {
    const report = await tx.reports.setStatus(row.id, 'returned', ['submitted']);
    await new WorkspaceRepositories(tx.db).reviewComments.add({
      reportId: row.id,
      action: 'return',
      authorId: actor.id,
      comment: text,
    });
    await audit(tx, actor, 'report.return', 'report', row.id, {
      version: row.currentVersionNumber,
      comment: text,
    });
    return report;
  });
  return { id: updated.id, status: updated.status, updatedAt: iso(updated.updatedAt) };
}

/**
 * 发布: the reviewer publishes a submitted report; its current version is frozen for good
 * (corrections after publication become new versions).
 * @see 条例第四十九条、第五十条
 */
export async function publishReport(ctx: AppContext, actor: Actor, row: ReportListItem) {
  const result = await ctx.repos.transaction(async (tx) => {
    const published = await tx.reports.publish(row.id, actor.id, { now: ctx.now() });
    await audit(tx, actor, 'report.publish', 'report', row.id, {
      version: published.version.number,
    });
    return published;
  });
  return {
    id: result.report.id,
    status: result.report.status,
    updatedAt: iso(result.report.updatedAt),
    publishedVersion: result.version.number,
  };
}
