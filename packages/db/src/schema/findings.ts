import { SEVERITIES, type Severity } from '@xxgk/model';
import { index, integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { reportVersions } from './report-versions.js';

/** The `finding_severity` enum type: the severities of @xxgk/model. */
export const findingSeverity = pgEnum(
  'finding_severity',
  SEVERITIES as unknown as [Severity, ...Severity[]],
);

/**
 * What the checks found on a version. Derived data: replaced whole when the checks run again,
 * so it may change even on a published version (the report itself does not).
 */
export const findings = pgTable(
  'findings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reportVersionId: integer('report_version_id')
      .notNull()
      .references(() => reportVersions.id, { onDelete: 'cascade' }),
    /** Position in the checker's output, to show findings in the order it gave. */
    ordinal: integer('ordinal').notNull(),
    rule: text('rule').notNull(),
    severity: findingSeverity('severity').notNull(),
    message: text('message').notNull(),
    /** Cell paths the finding points at (`applications.withheld.stateSecret.total`…). */
    cells: text('cells').array().notNull().default([]),
    line: integer('line'),
    excerpt: text('excerpt'),
  },
  (t) => [index('findings_version_idx').on(t.reportVersionId, t.ordinal)],
);

/** A row of `findings`. */
export type FindingRow = typeof findings.$inferSelect;
