import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { reports } from './reports.js';
import { users } from './users.js';

/**
 * What a reviewer wrote when acting on a report (above all: why it was returned), so the
 * clerk sees it on the report page. The audit log records the same act for auditors only.
 */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    /** The act the comment goes with, e.g. `return`. */
    action: text('action').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('review_comments_report_idx').on(t.reportId, t.createdAt),
    check('review_comments_comment_not_blank', sql`btrim(${t.comment}) <> ''`),
  ],
);

/** A row of `review_comments`. */
export type ReviewComment = typeof reviewComments.$inferSelect;
