import {
  CHANNELS,
  REPLY_DETAILS_MAX_LENGTH,
  type ApplicantType,
  type CaseEvent,
  type Channel,
  type ReceiptFacts,
} from '@xxgk/casework';
import { APPLICANT_PARTS } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { bytea, createdAt, instant } from './columns.js';
import { users } from './users.js';

/** `'a', 'b', …` for a CHECK constraint over a fixed list of keys (keys are identifiers). */
export function sqlKeyList(keys: readonly string[]): ReturnType<typeof sql.raw> {
  return sql.raw(keys.map((k) => `'${k.replace(/'/g, "''")}'`).join(', '));
}

/** Status kinds stored in `applications.status_kind` (see @xxgk/casework CaseStatus). */
export const APPLICATION_STATUS_KINDS = [
  'received',
  'awaitingSupplement',
  'paused',
  'extended',
  'concluded',
] as const;

/** How a case ended, stored in `applications.closed_by` (see @xxgk/casework Conclusion). */
export const APPLICATION_CLOSED_BY = ['replied', 'withdrawn', 'noCorrection', 'unpaidFee'] as const;

/**
 * 依申请公开 applications. The intake facts are written once; what happens afterwards lives in
 * `application_events` (append-only). The DERIVED columns (`status_kind` … `fee_paid_on`) are a
 * cache of what @xxgk/casework computes from the event log and the calendar; the repository
 * rewrites them in the same transaction as every event it appends (and when a calendar year is
 * loaded), so lists, due views and the annual report are plain SQL over them.
 *
 * The identity document number is never stored in clear: `identity_number_enc` holds it
 * AES-256-GCM-encrypted by the server, `identity_masked` the form lists may show, and
 * `applicant_key` a keyed hash (or the normalised name) for duplicate detection.
 * @see 条例第十五条（个人隐私）、第二十九条、第三十一条
 */
export const applications = pgTable(
  'applications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    /** Year of `received_on`: numbering restarts each year. */
    yearOfReceipt: integer('year_of_receipt').notNull(),
    /** 1, 2, 3 … within agency and year, gap-free. */
    seq: integer('seq').notNull(),
    /** `〔2025〕第0001号`, from year and seq (formatCaseNumber). */
    number: text('number').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    /** What the clerk entered about the receipt; `received_on` is derived from it (条例第三十一条). */
    receipt: jsonb('receipt').$type<ReceiptFacts>().notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    applicantType: text('applicant_type').$type<ApplicantType>().notNull(),
    applicantName: text('applicant_name').notNull(),
    identityKind: text('identity_kind'),
    /** AES-256-GCM: 12-byte IV ‖ 16-byte tag ‖ ciphertext; null when none was given. */
    identityNumberEnc: bytea('identity_number_enc'),
    /** The number as lists may show it (maskIdentity). */
    identityMasked: text('identity_masked'),
    /** Duplicate key of the applicant: `id:<hmac>` or `name:<normalised name>`. */
    applicantKey: text('applicant_key').notNull(),
    content: text('content').notNull(),
    /** normalizeContent(content), for duplicate detection. */
    contentKey: text('content_key').notNull(),
    requestedForm: text('requested_form'),
    requestedDelivery: text('requested_delivery'),
    // --- derived from the event log (kept current by the repository) ---
    /** Status after the last recorded event (a later lapse shows through `closed_on`). */
    statusKind: text('status_kind')
      .$type<(typeof APPLICATION_STATUS_KINDS)[number]>()
      .notNull()
      .default('received'),
    /** Reply due date; null while awaiting a 补正, paused, or once concluded. */
    dueOn: date('due_on', { mode: 'string' }),
    /** The day the case ended (conclusionOf) — may lie ahead for a lapse not yet reached. */
    closedOn: date('closed_on', { mode: 'string' }),
    closedBy: text('closed_by').$type<(typeof APPLICATION_CLOSED_BY)[number]>(),
    /** Table 三 result row key of the ending (2021 keys), null while open. */
    outcome: text('outcome'),
    /** Fee of the last fee notice, in fen (分). */
    feeFen: integer('fee_fen'),
    /** The day the fee was paid in time; counts as 信息处理费 collected that year. */
    feePaidOn: date('fee_paid_on', { mode: 'string' }),
    /** Number of events recorded; the next event gets `event_count + 1`. */
    eventCount: integer('event_count').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('applications_agency_year_seq_unique').on(t.agencyId, t.yearOfReceipt, t.seq),
    // Compile reads only this index: received/carried counts by applicant type and outcome.
    // Migration 0006 adds INCLUDE (fee_fen, fee_paid_on), which the builder cannot express, so
    // that the fees paid in the year are summed from the index too (index-only scan).
    index('applications_compile_idx').on(
      t.agencyId,
      t.receivedOn,
      t.closedOn,
      t.applicantType,
      t.outcome,
    ),
    index('applications_agency_due_idx').on(t.agencyId, t.dueOn),
    index('applications_agency_closed_idx').on(t.agencyId, t.closedOn),
    index('applications_duplicate_idx').on(t.agencyId, t.applicantKey, t.contentKey),
    check('applications_channel_known', sql`${t.channel} in (${sqlKeyList(CHANNELS)})`),
    check(
      'applications_applicant_type_known',
      sql`${t.applicantType} in (${sqlKeyList(APPLICANT_PARTS)})`,
    ),
    check(
      'applications_status_known',
      sql`${t.statusKind} in (${sqlKeyList(APPLICATION_STATUS_KINDS)})`,
    ),
    check(
      'applications_closed_by_known',
      sql`${t.closedBy} is null or ${t.closedBy} in (${sqlKeyList(APPLICATION_CLOSED_BY)})`,
    ),
    check('applications_seq_positive', sql`${t.seq} >= 1`),
    check(
      'applications_year_matches',
      sql`${t.yearOfReceipt} = extract(year from ${t.receivedOn})::int`,
    ),
    check(
      'applications_closed_consistent',
      sql`(${t.closedOn} is null) = (${t.outcome} is null) and (${t.closedOn} is null) = (${t.closedBy} is null)`,
    ),
    check('applications_content_not_blank', sql`btrim(${t.content}) <> ''`),
  ],
);

/** A row of `applications`. */
export type ApplicationRow = typeof applications.$inferSelect;

/**
 * The event log of each application: append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE). `data` is the whole @xxgk/casework CaseEvent (a reply with its reasons,
 * `details`); `type` and `date` are copies for SQL.
 */
export const applicationEvents = pgTable(
  'application_events',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'restrict' }),
    /** 1, 2, 3 … in the order recorded. */
    seq: integer('seq').notNull(),
    type: text('type').$type<CaseEvent['type']>().notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    data: jsonb('data').$type<CaseEvent>().notNull(),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'application_events_pk', columns: [t.applicationId, t.seq] }),
    check('application_events_seq_positive', sql`${t.seq} >= 1`),
    check('application_events_type_matches', sql`${t.data} ->> 'type' = ${t.type}`),
    // A reply's reasons (`data.details`, migration 0007): only on a reply, a non-blank string
    // no longer than the domain allows (REPLY_DETAILS_MAX_LENGTH). Replies recorded before
    // 0007 have none; their notice keeps the template's marked blank.
    check(
      'application_events_details_valid',
      sql`${t.data} -> 'details' is null or (${t.type} = 'replied' and jsonb_typeof(${t.data} -> 'details') = 'string' and ${t.data} ->> 'details' ~ '[^[:space:]]' and char_length(${t.data} ->> 'details') <= ${sql.raw(String(REPLY_DETAILS_MAX_LENGTH))})`,
    ),
  ],
);

/** A row of `application_events`. */
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
