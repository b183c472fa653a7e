import type { Finding, ParsedDocument } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, createdAt, instant } from './columns.js';
import { SOURCE_FILE_MAX_BYTES } from './source-files.js';
import { users } from './users.js';

/** What reading an uploaded file gave: read cleanly, read with problems, or not readable. */
export const IMPORT_STATUSES = [
  { key: 'parsed', label: '已读取' },
  { key: 'problems', label: '已读取，有问题' },
  { key: 'unreadable', label: '无法读取' },
] as const;

/** Key of an import status. */
export type ImportStatus = (typeof IMPORT_STATUSES)[number]['key'];

/** The `import_status` enum type. */
export const importStatus = pgEnum(
  'import_status',
  IMPORT_STATUSES.map((s) => s.key) as [ImportStatus, ...ImportStatus[]],
);

/** Why a file could not be read: the parser's typed error, fit to show the uploader. */
export interface ImportError {
  code: string;
  message: string;
}

/**
 * Uploaded files waiting for the uploader to confirm their agency and year (or discard them).
 * Staging is kept in the database, never on disk: nothing an upload names ever becomes a path.
 * Rows are short-lived; confirming one turns it into a report and removes it.
 */
export const imports = pgTable(
  'imports',
  {
    /** Random, URL-safe: an import id is not guessable from another one. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** Hex SHA-256 of `bytes`, computed by the repository: finds duplicates of stored files. */
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    status: importStatus('status').notNull(),
    /** What the reader produced; null when the file was unreadable. */
    parsed: jsonb('parsed').$type<ParsedDocument>(),
    /** The checks' findings on the parsed report. */
    findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
    error: jsonb('error').$type<ImportError>(),
    createdAt: createdAt(),
    /** After this the staged file is removed unconfirmed. */
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [
    index('imports_user_idx').on(t.userId, t.createdAt),
    index('imports_expires_idx').on(t.expiresAt),
    index('imports_sha256_idx').on(t.sha256),
    check('imports_size_matches', sql`${t.size} = octet_length(${t.bytes})`),
    check('imports_size_limit', sql`${t.size} <= ${sql.raw(String(SOURCE_FILE_MAX_BYTES))}`),
    check('imports_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      'imports_parsed_or_error',
      sql`case when ${t.status} = 'unreadable' then ${t.parsed} is null and ${t.error} is not null else ${t.parsed} is not null end`,
    ),
  ],
);

/** A row of `imports`. */
export type ImportRow = typeof imports.$inferSelect;
