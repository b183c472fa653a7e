import { ERROR_CODES, XxgkError } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, ApiError } from './api-error.js';
import { mapError, statusOfApiError, statusOfDomainError } from './error-map.js';

describe('the error mapping', () => {
  it('gives every domain error code a status, and a 4xx to everything the user can fix', () => {
    for (const code of ERROR_CODES) {
      const status = statusOfDomainError(code);
      expect(status, code).toBeGreaterThanOrEqual(400);
      if (
        code.startsWith('input.') ||
        code === 'usage' ||
        code.startsWith('record.') ||
        code.startsWith('calendar.')
      )
        expect(status, code).toBeLessThan(500);
    }
    expect(statusOfDomainError('input.not-found')).toBe(404);
    expect(statusOfDomainError('record.conflict')).toBe(409);
    expect(statusOfDomainError('record.immutable')).toBe(409);
    expect(statusOfDomainError('input.too-large')).toBe(413);
    expect(statusOfDomainError('database.locked')).toBe(503);
  });

  it('gives every HTTP-level code its status', () => {
    const expected: Record<string, number> = {
      'auth.unauthenticated': 401,
      'auth.login-failed': 401,
      'auth.forbidden': 403,
      'auth.csrf': 403,
      'request.rate-limited': 429,
    };
    for (const code of API_ERROR_CODES) {
      const status = statusOfApiError(code);
      expect(status >= 400 && status < 500, code).toBe(true);
      if (expected[code]) expect(status, code).toBe(expected[code]);
    }
  });

  it('passes a typed error’s Chinese message through with its code', () => {
    const mapped = mapError(new XxgkError('record.conflict', '该机关该年度已有年报。'), 'r1');
    expect(mapped).toEqual({
      status: 409,
      body: { error: { code: 'record.conflict', message: '该机关该年度已有年报。' } },
      internal: false,
    });
    expect(mapError(new ApiError('auth.csrf', '缺少令牌'), 'r1').status).toBe(403);
  });

  it('never shows the detail of an unexpected failure, only a request number', () => {
    const mapped = mapError(
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      'req-42',
    );
    expect(mapped.status).toBe(500);
    expect(mapped.internal).toBe(true);
    expect(mapped.body.error.code).toBe('internal');
    expect(mapped.body.error.message).toContain('req-42');
    expect(mapped.body.error.message).not.toContain('undefined');
    const internal = mapError(
      new XxgkError('internal', '读取时出现内部错误（stack at x.ts:1）'),
      'req-43',
    );
    expect(internal.body.error.message).not.toContain('x.ts');
  });

  it('turns validation failures into 400 naming the field, and body limits into 413', () => {
    const validation = Object.assign(new Error('bad'), {
      validation: [{ message: '无效输入', params: { issue: { path: ['cells', 0, 'value'] } } }],
      validationContext: 'body',
    });
    const mapped = mapError(validation, 'r');
    expect(mapped.status).toBe(400);
    expect(mapped.body.error.message).toContain('请求内容 cells.[0].value：无效输入');
    expect(
      mapError(
        Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }),
        'r',
      ).status,
    ).toBe(413);
    expect(
      mapError(
        Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }),
        'r',
      ).body.error.message,
    ).toContain('JSON');
  });
});
