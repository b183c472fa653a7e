import { FORMAT_IDS, type FormatId } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  type AnyPgColumn,
  type PgTableExtraConfigValue,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { createdAt, instant } from './columns.js';
import { reportVersions } from './report-versions.js';
import { users } from './users.js';

/** How a report came into the system, with the labels the UI shows. */
export const REPORT_ORIGINS = [
  { key: 'imported', label: '导入' },
  { key: 'entered', label: '填报' },
  { key: 'compiled', label: '汇编' },
] as const;

/** Key of a report origin. */
export type ReportOrigin = (typeof REPORT_ORIGINS)[number]['key'];

/**
 * Where a report is in review, with the labels the UI shows.
 * @see 条例第四十九条 (departments submit to the competent department, which publishes)
 */
export const REPORT_STATUSES = [
  { key: 'draft', label: '草稿' },
  { key: 'submitted', label: '已提交' },
  { key: 'returned', label: '已退回' },
  { key: 'published', label: '已发布' },
] as const;

/** Key of a report status. */
export type ReportStatus = (typeof REPORT_STATUSES)[number]['key'];

/** The `report_format` enum type: the national format editions of @xxgk/model. */
export const reportFormat = pgEnum(
  'report_format',
  FORMAT_IDS as unknown as [FormatId, ...FormatId[]],
);
/** The `report_origin` enum type. */
export const reportOrigin = pgEnum(
  'report_origin',
  REPORT_ORIGINS.map((o) => o.key) as [ReportOrigin, ...ReportOrigin[]],
);
/** The `report_status` enum type. */
export const reportStatus = pgEnum(
  'report_status',
  REPORT_STATUSES.map((s) => s.key) as [ReportStatus, ...ReportStatus[]],
);

/**
 * One agency's annual report for one year. The content lives in `report_versions`; this row
 * holds what the list filters and sorts on, copied from the current version so that listing
 * 10,000 reports never reads their JSON.
 */
export const reports = pgTable(
  'reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    format: reportFormat('format').notNull(),
    origin: reportOrigin('origin').notNull(),
    status: reportStatus('status').notNull().default('draft'),
    /** Title of the current version, for the list. */
    title: text('title'),
    /** Publication date the current version states (`Report.publishedOn`), as `YYYY-MM-DD`. */
    publishedOn: date('published_on', { mode: 'string' }),
    currentVersionId: integer('current_version_id'),
    /** Findings of severity `error` on the current version. */
    errorCount: integer('error_count').notNull().default(0),
    /** Findings of severity `warning` on the current version. */
    warningCount: integer('warning_count').notNull().default(0),
    createdBy: integer('created_by').references((): AnyPgColumn => users.id, {
      onDelete: 'restrict',
    }),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t): PgTableExtraConfigValue[] => [
    unique('reports_agency_year_unique').on(t.agencyId, t.year),
    // The current version must be one of this report's own versions.
    foreignKey({
      name: 'reports_current_version_fk',
      columns: [t.id, t.currentVersionId],
      foreignColumns: [reportVersions.reportId, reportVersions.id],
    }),
    index('reports_year_status_idx').on(t.year, t.status),
    index('reports_updated_idx').on(t.updatedAt),
    check('reports_year_range', sql`${t.year} between 2000 and 2100`),
    check('reports_counts_nonnegative', sql`${t.errorCount} >= 0 and ${t.warningCount} >= 0`),
  ],
);

/** A row of `reports`. */
export type ReportRow = typeof reports.$inferSelect;
