import { isXxgkError, type XxgkError } from '@xxgk/model';

/**
 * The typed error a promise rejects with, for asserting its code. Fails the test when the
 * promise resolves, and rethrows anything that is not an `XxgkError`: the repositories promise
 * typed failures, so an untyped one is itself the bug being tested for.
 */
export async function rejection(promise: Promise<unknown>): Promise<XxgkError> {
  try {
    await promise;
  } catch (e) {
    if (isXxgkError(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}
