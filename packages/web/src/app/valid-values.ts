import type { FormInstance } from 'antd';

/** What antd's validateFields rejects with when a field is invalid. */
function isValidationFailure(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'errorFields' in e;
}

/**
 * The form's values when every field is valid, else null. antd already shows each field's
 * message beside it; its rejection must not escape as an unhandled promise rejection (which the
 * browser reports as an error of the page). Any other failure is rethrown.
 */
export async function validValues<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (e) {
    if (isValidationFailure(e)) return null;
    throw e;
  }
}
