import type { Report } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.js';
import { reports } from './reports.js';
import { users } from './users.js';

/**
 * Every state a report has been in: each change is a new row, never an update. A version that
 * has been published is frozen: a trigger rejects any UPDATE or DELETE of it, and the only
 * UPDATE allowed on an unpublished version is setting `published_at` / `published_by`.
 */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references((): AnyPgColumn => reports.id, { onDelete: 'cascade' }),
    /** 1, 2, 3 … within the report. */
    number: integer('number').notNull(),
    /** The report interchange value (shared/spec/report-json.md). */
    report: jsonb('report').$type<Report>().notNull(),
    /** Null when the system made it (e.g. the demo data loader). */
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    /** Why this version exists (导入、更正理由…); required for every change. */
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    publishedAt: instant('published_at'),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [
    unique('report_versions_number_unique').on(t.reportId, t.number),
    // Target of the reports → current version foreign key.
    unique('report_versions_report_id_unique').on(t.reportId, t.id),
    check('report_versions_number_positive', sql`${t.number} >= 1`),
    check('report_versions_reason_not_blank', sql`btrim(${t.reason}) <> ''`),
    check(
      'report_versions_published_by_when_published',
      sql`${t.publishedBy} is null or ${t.publishedAt} is not null`,
    ),
  ],
);

/** A row of `report_versions`. */
export type ReportVersion = typeof reportVersions.$inferSelect;
