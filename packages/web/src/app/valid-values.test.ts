import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { validValues } from './valid-values.js';

/** A stand-in for antd's form: only validateFields is used. */
function formRejecting(reason: unknown): FormInstance<{ name: string }> {
  // antd rejects with a plain object ({ errorFields, values }), not an Error: so must the stand-in.
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
  return { validateFields: () => Promise.reject(reason) } as unknown as FormInstance<{
    name: string;
  }>;
}

describe('validValues', () => {
  it('returns the values of a valid form', async () => {
    const form = {
      validateFields: () => Promise.resolve({ name: '示范省' }),
    } as unknown as FormInstance<{ name: string }>;
    expect(await validValues(form)).toEqual({ name: '示范省' });
  });

  it('returns null when a field is invalid, instead of rejecting', async () => {
    const failure = { errorFields: [{ name: ['name'], errors: ['请输入名称'] }], values: {} };
    expect(await validValues(formRejecting(failure))).toBeNull();
  });

  it('rethrows anything that is not a validation failure', async () => {
    await expect(validValues(formRejecting(new Error('断网')))).rejects.toThrow('断网');
  });
});
