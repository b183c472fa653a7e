import { sql } from 'drizzle-orm';
import { check, index, inet, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns.js';
import { users } from './users.js';

/**
 * Login sessions. Only SHA-256 hashes of the session token and of the CSRF token are stored,
 * so a copy of the database does not let anyone take over a session.
 */
export const sessions = pgTable(
  'sessions',
  {
    /** Hex SHA-256 of the session token the cookie carries. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    /** Absolute end of the session, whatever the activity. */
    expiresAt: instant('expires_at').notNull(),
    /** Hex SHA-256 of the CSRF token the page sends back in a header. */
    csrfTokenHash: text('csrf_token_hash').notNull(),
    ip: inet('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
    check('sessions_id_hash_hex', sql`${t.idHash} ~ '^[0-9a-f]{64}$'`),
    check('sessions_csrf_hash_hex', sql`${t.csrfTokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** A row of `sessions`. */
export type Session = typeof sessions.$inferSelect;
