import { bigint, index, inet, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/**
 * Who did what, when: append-only. Triggers reject every UPDATE, DELETE and TRUNCATE, and the
 * repository offers only append and query. `actor_id` has no foreign key on purpose: the entry
 * must outlive any change to the account, and `actor_name` keeps the name it had then.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant('at').notNull().defaultNow(),
    /** Null for the system itself (start-up, demo data). */
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    /** Dotted verb, e.g. `report.publish`, `user.login-failed`. */
    action: text('action').notNull(),
    /** Kind of thing acted on, e.g. `report`, `user`. */
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    ip: inet('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
  ],
);

/** A row of `audit_log`. */
export type AuditEntry = typeof auditLog.$inferSelect;
