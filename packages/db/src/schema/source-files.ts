import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, createdAt } from './columns.js';
import { reportVersions } from './report-versions.js';

/**
 * Largest original file kept: 32 MiB. Real reports are under 10 MB even as scanned-looking
 * PDFs; the limit keeps one upload from filling the database (the server refuses earlier).
 */
export const SOURCE_FILE_MAX_BYTES = 32 * 1024 * 1024;

/** The original file a version was imported from, kept byte for byte for the side-by-side view. */
export const sourceFiles = pgTable(
  'source_files',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reportVersionId: integer('report_version_id')
      .notNull()
      .references(() => reportVersions.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** Hex SHA-256 of `bytes`, computed by the repository; finds duplicate imports. */
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('source_files_version_idx').on(t.reportVersionId),
    index('source_files_sha256_idx').on(t.sha256),
    check('source_files_size_matches', sql`${t.size} = octet_length(${t.bytes})`),
    check('source_files_size_limit', sql`${t.size} <= ${sql.raw(String(SOURCE_FILE_MAX_BYTES))}`),
    check('source_files_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('source_files_name_not_blank', sql`btrim(${t.fileName}) <> ''`),
  ],
);

/** A row of `source_files`. */
export type SourceFile = typeof sourceFiles.$inferSelect;
