import type { Article20Figures, ReviewResult } from '@xxgk/casework';
import type { CalendarYear } from '@xxgk/calendar';
import type { ReviewBlockKey } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { applications, sqlKeyList } from './casework-applications.js';
import { createdAt, instant } from './columns.js';
import { users } from './users.js';

/**
 * Channels of proactive disclosure, with the labels the UI shows.
 * @see 条例第二十三条、第二十四条
 */
export const PROACTIVE_CHANNELS = [
  { key: 'portal', label: '门户网站' },
  { key: 'newMedia', label: '政务新媒体' },
  { key: 'gazette', label: '公报' },
  { key: 'other', label: '其他' },
] as const;

/** Key of a proactive-disclosure channel. */
export type ProactiveChannel = (typeof PROACTIVE_CHANNELS)[number]['key'];

/** 主动公开 register: one row per item published. @see 条例第十九条至第二十六条 */
export const proactiveItems = pgTable(
  'proactive_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    channel: text('channel').$type<ProactiveChannel>().notNull(),
    category: text('category').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('proactive_items_agency_published_idx').on(t.agencyId, t.publishedOn),
    check(
      'proactive_items_channel_known',
      sql`${t.channel} in (${sqlKeyList(PROACTIVE_CHANNELS.map((c) => c.key))})`,
    ),
    check('proactive_items_title_not_blank', sql`btrim(${t.title}) <> ''`),
  ],
);

/** A row of `proactive_items`. */
export type ProactiveItemRow = typeof proactiveItems.$inferSelect;

/** An agency's yearly Article 20 figures (table 二). @see 条例第二十条 */
export const article20Figures = pgTable(
  'article20_figures',
  {
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    figures: jsonb('figures').$type<Article20Figures>().notNull(),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'article20_figures_pk', columns: [t.agencyId, t.year] }),
    check('article20_figures_year_range', sql`${t.year} between 2000 and 2100`),
  ],
);

/** A row of `article20_figures`. */
export type Article20FiguresRow = typeof article20Figures.$inferSelect;

/** 行政复议 / 行政诉讼 register (table 四). @see 条例第五十一条 */
export const reviewCases = pgTable(
  'review_cases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<ReviewBlockKey>().notNull(),
    applicationId: integer('application_id').references(() => applications.id, {
      onDelete: 'restrict',
    }),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    result: text('result').$type<ReviewResult>().notNull().default('pending'),
    decidedOn: date('decided_on', { mode: 'string' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('review_cases_agency_filed_idx').on(t.agencyId, t.filedOn),
    index('review_cases_application_idx').on(t.applicationId),
    check(
      'review_cases_kind_known',
      sql`${t.kind} in ('reconsideration', 'litigationDirect', 'litigationAfterReconsideration')`,
    ),
    check(
      'review_cases_result_known',
      sql`${t.result} in ('upheld', 'corrected', 'other', 'pending')`,
    ),
    check(
      'review_cases_decided_iff_not_pending',
      sql`(${t.result} = 'pending') = (${t.decidedOn} is null)`,
    ),
  ],
);

/** A row of `review_cases`. */
export type ReviewCaseRow = typeof reviewCases.$inferSelect;

/**
 * Calendar years loaded by an administrator (the State Council's notice each November). The
 * server's calendar is the built-in years plus these; a loaded year replaces a built-in one.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    /** A CalendarYear of @xxgk/calendar (validated with parseCalendarYear before storing). */
    data: jsonb('data').$type<CalendarYear>().notNull(),
    loadedBy: integer('loaded_by').references(() => users.id, { onDelete: 'restrict' }),
    loadedAt: instant('loaded_at').notNull().defaultNow(),
  },
  (t) => [
    check('calendar_years_year_range', sql`${t.year} between 2000 and 2100`),
    check('calendar_years_year_matches', sql`(${t.data} ->> 'year')::int = ${t.year}`),
  ],
);

/** A row of `calendar_years`. */
export type CalendarYearRow = typeof calendarYears.$inferSelect;
