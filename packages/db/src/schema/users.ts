import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.js';
import { createdAt, instant } from './columns.js';
import { regions } from './regions.js';

/**
 * The four roles. Each user has exactly one; the server's permission table says what each may
 * do. The administrator manages accounts and the organisation but cannot read the audit log.
 */
export const ROLES = [
  { key: 'admin', label: '系统管理员' },
  { key: 'reviewer', label: '审核员' },
  { key: 'clerk', label: '填报员' },
  { key: 'auditor', label: '审计员' },
] as const;

/** Key of a role. */
export type Role = (typeof ROLES)[number]['key'];

/** The `user_role` enum type. */
export const userRole = pgEnum('user_role', ROLES.map((r) => r.key) as [Role, ...Role[]]);

/**
 * Local accounts. A clerk is scoped to one agency and a reviewer to a region's subtree; the
 * database refuses a clerk without an agency or a reviewer without a region.
 */
export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Stored normalised (NFKC, lower case) so that look-ups do not depend on how it was typed. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** A PHC string (`$argon2id$v=19$…` or `$scrypt$…`); never a plain password. */
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull(),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'restrict' }),
    regionId: integer('region_id').references(() => regions.id, { onDelete: 'restrict' }),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: instant('locked_until'),
    passwordChangedAt: instant('password_changed_at').notNull().defaultNow(),
    lastLoginAt: instant('last_login_at'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_username_unique').on(t.username),
    index('users_agency_idx').on(t.agencyId),
    index('users_region_idx').on(t.regionId),
    check('users_username_not_blank', sql`btrim(${t.username}) <> ''`),
    check('users_password_hash_phc', sql`${t.passwordHash} ~ '^\\$[a-z0-9-]+\\$'`),
    check('users_failed_logins_nonnegative', sql`${t.failedLogins} >= 0`),
    check('users_clerk_has_agency', sql`${t.role} <> 'clerk' or ${t.agencyId} is not null`),
    check('users_reviewer_has_region', sql`${t.role} <> 'reviewer' or ${t.regionId} is not null`),
    check('users_one_scope', sql`${t.agencyId} is null or ${t.regionId} is null`),
  ],
);

/** A row of `users` (including the password hash: never send it to a client). */
export type User = typeof users.$inferSelect;
