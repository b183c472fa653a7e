/**
 * Every failure xxgk reports to a person has one of these codes. The CLI maps them to exit
 * codes and the server to HTTP statuses, each in one place.
 */
export const ERROR_CODES = [
  'input.empty',
  'input.unsupported',
  'input.not-report',
  'input.no-tables',
  'input.unreadable',
  'input.too-large',
  'input.scanned',
  'input.invalid-json',
  'input.not-found',
  'usage',
  'converter.missing',
  'database.locked',
  'database.unavailable',
  'record.conflict',
  'record.immutable',
  'calendar.year-missing',
  'calendar.invalid-input',
  'internal',
] as const;

/** Code of an {@link XxgkError}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A typed failure with a Chinese message fit to show a user (never a stack trace). */
export class XxgkError extends Error {
  override readonly name = 'XxgkError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True if `e` is an {@link XxgkError}. */
export function isXxgkError(e: unknown): e is XxgkError {
  return e instanceof XxgkError;
}
