import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { regions } from './regions.js';

/**
 * Kinds of 行政机关 that publish an annual report, with the labels the UI shows.
 * @see 条例第四十九条 (people's governments and their departments report; 街道乡镇 under 第十条)
 */
export const AGENCY_KINDS = [
  { key: 'government', label: '人民政府' },
  { key: 'department', label: '部门' },
  { key: 'subdistrict', label: '街道乡镇' },
  { key: 'other', label: '其他' },
] as const;

/** Key of an agency kind. */
export type AgencyKind = (typeof AGENCY_KINDS)[number]['key'];

/** The `agency_kind` enum type. */
export const agencyKind = pgEnum(
  'agency_kind',
  AGENCY_KINDS.map((k) => k.key) as [AgencyKind, ...AgencyKind[]],
);

/**
 * 机关: a body that publishes a report. It sits in a region; a department may also name the
 * agency it belongs to (e.g. a 局's 分局), which is how reports are gathered upwards.
 */
export const agencies = pgTable(
  'agencies',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    kind: agencyKind('kind').notNull(),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'restrict' }),
    parentAgencyId: integer('parent_agency_id').references((): AnyPgColumn => agencies.id, {
      onDelete: 'restrict',
    }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('agencies_region_name_unique').on(t.regionId, t.name),
    index('agencies_parent_idx').on(t.parentAgencyId),
    check('agencies_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check(
      'agencies_not_own_parent',
      sql`${t.parentAgencyId} is null or ${t.parentAgencyId} <> ${t.id}`,
    ),
  ],
);

/** A row of `agencies`. */
export type Agency = typeof agencies.$inferSelect;
