import type { AuditFilter } from '@xxgk/db';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { audit } from './audit.js';
import { presentAuditEntry } from './presenters.js';

/** The auditor's query. */
export interface AuditQuery {
  /** A username, or a user id. */
  actor?: string | undefined;
  /** An exact action, or a prefix ending in `.`. */
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/**
 * One page of the audit log (the auditor's only view). Reading the log is itself recorded, so
 * the log shows who looked at it.
 */
export async function queryAuditLog(ctx: AppContext, actor: Actor, query: AuditQuery) {
  const filter: AuditFilter = {};
  if (query.action) filter.action = query.action;
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  if (query.page) filter.page = query.page;
  if (query.pageSize) filter.pageSize = query.pageSize;
  if (query.actor) {
    const byId = /^\d+$/u.test(query.actor) ? Number(query.actor) : null;
    const user = byId === null ? await ctx.repos.users.findByUsername(query.actor) : null;
    filter.actorId = byId ?? user?.id ?? -1;
  }
  const page = await ctx.repos.audit.query(filter);
  await audit(ctx.repos, actor, 'audit.read', 'audit', null, {
    filter: { ...query, from: query.from?.toISOString(), to: query.to?.toISOString() },
  });
  return { items: page.items.map(presentAuditEntry), total: page.total };
}
