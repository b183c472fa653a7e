import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** The tables and enums, as drizzle sees them. */
export type Schema = typeof schema;

/**
 * A drizzle database over either driver, or a transaction in one: the repositories take this,
 * so the same code runs on PGlite and on PostgreSQL, inside a transaction or not.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** Which engine a handle talks to. */
export type DatabaseKind = 'pglite' | 'postgres';
