/**
 * @xxgk/db — where reports, accounts and the audit log are kept. Embedded PGlite by default,
 * PostgreSQL when a URL is given; one schema, one migrations folder, one set of repositories.
 * Callers use the repositories and never write SQL.
 */
export * from './open.js';
export * from './database.js';
export * from './data-dir-lock.js';
export * from './db-errors.js';
export * from './migrate.js';
export * from './repositories/index.js';
export * as schema from './schema/index.js';
export {
  AGENCY_KINDS,
  REGION_LEVELS,
  REPORT_ORIGINS,
  REPORT_STATUSES,
  ROLES,
  SOURCE_FILE_MAX_BYTES,
  type Agency,
  type AgencyKind,
  type AuditEntry,
  type FindingRow,
  type Region,
  type RegionLevel,
  type ReportOrigin,
  type ReportRow,
  type ReportStatus,
  type ReportVersion,
  type Role,
  type Session,
  type SourceFile,
  type User,
} from './schema/index.js';
export * from './repositories/workspace.js';
