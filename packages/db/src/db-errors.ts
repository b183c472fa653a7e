import { XxgkError } from '@xxgk/model';

/** SQLSTATE the triggers raise for a frozen report version (see migrations/0001). */
export const SQLSTATE_VERSION_FROZEN = 'XK001';
/** SQLSTATE the triggers raise for a change to the audit log (see migrations/0001). */
export const SQLSTATE_AUDIT_APPEND_ONLY = 'XK002';
/** SQLSTATE the trigger raises for a change to an application's event log (migrations/0005). */
export const SQLSTATE_EVENTS_APPEND_ONLY = 'XK003';
/** SQLSTATE of a unique-constraint violation. */
export const SQLSTATE_UNIQUE_VIOLATION = '23505';
/** SQLSTATE of a foreign-key violation. */
export const SQLSTATE_FOREIGN_KEY_VIOLATION = '23503';
/** SQLSTATE of a check-constraint violation. */
export const SQLSTATE_CHECK_VIOLATION = '23514';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

/**
 * The driver's error under drizzle's wrapper: drizzle 0.45 wraps every failed query in a
 * DrizzleQueryError whose `cause` is what node-postgres or PGlite threw.
 */
function driverError(e: unknown): DriverError | null {
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as DriverError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/u.test(candidate.code))
      return candidate;
    current = candidate.cause;
  }
  return null;
}

/** The SQLSTATE of a failed query, whichever driver ran it, or null. */
export function sqlState(e: unknown): string | null {
  const d = driverError(e);
  return d ? (d.code as string) : null;
}

/** The constraint a failed query violated, when the driver reports it. */
export function violatedConstraint(e: unknown): string | null {
  const d = driverError(e);
  return d && typeof d.constraint === 'string' ? d.constraint : null;
}

/** True if a failed query broke the named foreign key (a referenced row does not exist). */
export function brokeForeignKey(e: unknown, constraint: string): boolean {
  return sqlState(e) === SQLSTATE_FOREIGN_KEY_VIOLATION && violatedConstraint(e) === constraint;
}

/** The server's own message of a failed query (for the triggers' Chinese messages). */
export function serverMessage(e: unknown): string | null {
  const d = driverError(e);
  return d && typeof d.message === 'string' ? d.message : null;
}

/**
 * Turns the triggers' refusals into typed errors carrying their Chinese message; any other
 * error is returned unchanged so the caller can rethrow it.
 */
export function translateDbError(e: unknown): unknown {
  const state = sqlState(e);
  if (
    state === SQLSTATE_VERSION_FROZEN ||
    state === SQLSTATE_AUDIT_APPEND_ONLY ||
    state === SQLSTATE_EVENTS_APPEND_ONLY
  )
    return new XxgkError('record.immutable', serverMessage(e) ?? '该记录不可修改。', { cause: e });
  return e;
}

/** Runs a query and translates the triggers' refusals (see {@link translateDbError}). */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw translateDbError(e);
  }
}
