import { and, count, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import { auditLog, type AuditEntry } from '../schema/index.js';
import { inetOrNull } from './inet.js';
import { likeEscape, normalizePage, type Page, type PageRequest } from './paging.js';

/** One thing to record. The time is the database's, never the caller's. */
export interface NewAuditEntry {
  /** Null for the system itself. */
  actorId: number | null;
  /** The actor's username at the time (kept even if the account changes later). */
  actorName: string | null;
  /** Dotted verb, e.g. `report.publish`. */
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** What changed, without personal data beyond what the action needs. */
  detail?: Record<string, unknown>;
  /** The client address; anything that is not an IP address is stored as null. */
  ip?: string | null;
}

/** Which entries to read. */
export interface AuditFilter extends PageRequest {
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries before this instant. */
  to?: Date;
  actorId?: number;
  /** An exact action, or a prefix ending in `.` (e.g. `report.`) for a family of actions. */
  action?: string;
  entity?: string;
  entityId?: string | number;
}

/**
 * The audit log: append and read, nothing else. There is deliberately no update or delete
 * here, and the database's triggers reject them from any other code path.
 * @see GB/T 22239-2019 8.1.4.3 安全审计
 */
export class AuditRepository {
  constructor(private readonly db: Database) {}

  /** Records an entry and returns it as stored (with its id and time). */
  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const [row] = await this.db
      .insert(auditLog)
      .values({
        actorId: entry.actorId,
        actorName: entry.actorName,
        action: entry.action,
        entity: entry.entity,
        entityId:
          entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
        detail: entry.detail ?? {},
        ip: inetOrNull(entry.ip),
      })
      .returning();
    return row!;
  }

  /** One page of entries matching the filter, newest first, and how many match. */
  async query(filter: AuditFilter = {}): Promise<Page<AuditEntry>> {
    const { page, pageSize, offset } = normalizePage(filter);
    const where: SQL[] = [];
    if (filter.from) where.push(gte(auditLog.at, filter.from));
    if (filter.to) where.push(lt(auditLog.at, filter.to));
    if (filter.actorId !== undefined) where.push(eq(auditLog.actorId, filter.actorId));
    if (filter.action !== undefined)
      where.push(
        filter.action.endsWith('.')
          ? like(auditLog.action, `${likeEscape(filter.action)}%`)
          : eq(auditLog.action, filter.action),
      );
    if (filter.entity !== undefined) where.push(eq(auditLog.entity, filter.entity));
    if (filter.entityId !== undefined) where.push(eq(auditLog.entityId, String(filter.entityId)));
    const condition = and(...where);
    const [items, [counted]] = await Promise.all([
      this.db
        .select()
        .from(auditLog)
        .where(condition)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(pageSize)
        .offset(offset),
      this.db.select({ total: count() }).from(auditLog).where(condition),
    ]);
    return { items, total: counted?.total ?? 0, page, pageSize };
  }
}
