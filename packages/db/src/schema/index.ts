/**
 * The database schema, one file per concept. drizzle-kit reads this module to generate
 * `packages/db/migrations`; the repositories are the only code that queries these tables.
 */
export * from './columns.js';
export * from './regions.js';
export * from './agencies.js';
export * from './users.js';
export * from './sessions.js';
export * from './reports.js';
export * from './report-versions.js';
export * from './source-files.js';
export * from './findings.js';
export * from './audit-log.js';
export * from './imports.js';
export * from './source-texts.js';
export * from './review-comments.js';
export * from './casework-applications.js';
export * from './casework-registers.js';
