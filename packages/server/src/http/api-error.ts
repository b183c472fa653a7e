/**
 * Failures that belong to HTTP itself, not to the domain: not logged in, not allowed, a bad
 * request. Domain failures are `XxgkError`s; both are turned into responses in error-map.ts.
 */
export const API_ERROR_CODES = [
  'auth.unauthenticated',
  'auth.login-failed',
  'auth.forbidden',
  'auth.csrf',
  'request.invalid',
  'request.not-found',
  'request.too-large',
  'request.unsupported-media-type',
  'request.rate-limited',
] as const;

/** Code of an {@link ApiError}. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** An HTTP-level failure with a Chinese message fit to show the user. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True if `e` is an {@link ApiError}. */
export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
