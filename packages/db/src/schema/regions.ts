import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/**
 * Levels of the administrative division tree (行政区划层级), top down. A region's children are
 * of a deeper level, not always the next one: 不设区的地级市 (e.g. 东莞) have townships directly.
 */
export const REGION_LEVELS = [
  { key: 'province', label: '省级' },
  { key: 'prefecture', label: '地级' },
  { key: 'county', label: '县级' },
  { key: 'township', label: '乡级' },
] as const;

/** Key of a region level. */
export type RegionLevel = (typeof REGION_LEVELS)[number]['key'];

/** The `region_level` enum type. */
export const regionLevel = pgEnum(
  'region_level',
  REGION_LEVELS.map((l) => l.key) as [RegionLevel, ...RegionLevel[]],
);

/**
 * 行政区划: the tree reviewers' scopes are cut from. `code` is the statistical division code:
 * 6 digits (GB/T 2260) down to counties, 9 or 12 digits below.
 */
export const regions = pgTable(
  'regions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique('regions_code_unique'),
    name: text('name').notNull(),
    level: regionLevel('level').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => regions.id, {
      onDelete: 'restrict',
    }),
    createdAt: createdAt(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentId),
    check('regions_code_format', sql`${t.code} ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'`),
    check('regions_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('regions_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

/** A row of `regions`. */
export type Region = typeof regions.$inferSelect;
