import { customType, timestamp } from 'drizzle-orm/pg-core';

/**
 * A `bytea` column read back as a plain `Uint8Array` on both drivers: PGlite gives a
 * Uint8Array and node-postgres a Buffer, and tests compare them, so both become the same type.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * A `timestamptz` read as a JS Date. Drizzle reads timestamps as text on both drivers and
 * parses them itself, so the value is the same instant whatever the process time zone.
 */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** `created_at timestamptz not null default now()`. */
export const createdAt = () => instant('created_at').notNull().defaultNow();
