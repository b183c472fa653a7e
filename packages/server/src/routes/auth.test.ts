import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { loginRateLimitPerMinute: 100 } });
}, 60_000);
afterAll(async () => t?.close());

let nextIp = 1;
/** Each test logs in from its own address so the login rate limit does not couple them. */
const ip = () => `198.51.100.${nextIp++}`;

async function login(username: string, password: string, remoteAddress = ip()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
}

function sessionCookie(res: { cookies: { name: string; value: string }[] }): string {
  return res.cookies.find((c) => c.name === 'xxgk_session')?.value ?? '';
}

describe('login', () => {
  it('opens a session in an httpOnly, SameSite=Strict cookie and returns the user and a CSRF token', async () => {
    const res = await login('Clerk', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: Record<string, unknown>; csrfToken: string }>();
    expect(body.user).toEqual({
      id: t.users.clerk,
      username: 'clerk',
      displayName: 'clerk（测试）',
      role: 'clerk',
      agencyId: t.org.bureauA.id,
      regionId: null,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/xxgk_session=[A-Za-z0-9_-]{43};/u);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Strict');
    expect(header).toContain('Path=/');
    expect(JSON.stringify(body)).not.toContain('passwordHash');
    const me = await callerFor(t.app, sessionCookie(res), '').request({
      method: 'GET',
      url: '/api/auth/me',
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body);
  });

  it('stores only a hash of the session token', async () => {
    const res = await login('reviewer', TEST_PASSWORD);
    const token = sessionCookie(res);
    const sessions = await t.repos.sessions.listForUser(t.users.reviewer);
    expect(sessions.length).toBeGreaterThan(0);
    for (const s of sessions) expect(s.idHash).not.toBe(token);
  });

  it('answers an unknown user, a wrong password and a disabled account with the same message', async () => {
    const unknown = await login('nobody', TEST_PASSWORD);
    const wrong = await login('auditor', 'Wrong-Passw0rd!');
    await t.repos.users.setDisabled(t.users.reviewerB, true);
    const disabled = await login('reviewer-b', TEST_PASSWORD);
    await t.repos.users.setDisabled(t.users.reviewerB, false);
    for (const res of [unknown, wrong, disabled]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(unknown.json());
    }
    expect(unknown.json<{ error: { code: string; message: string } }>().error.code).toBe(
      'auth.login-failed',
    );
    expect(sessionCookie(wrong)).toBe('');
  });

  it('locks an account after five failures in a row, even against the right password, until unlocked', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login('clerk-b', `Wrong-${i}-Passw0rd`)).statusCode).toBe(401);
    const locked = await login('clerk-b', TEST_PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual((await login('nobody', 'x')).json());
    const admin = await t.as(t.users.admin);
    const list = await admin.request({ method: 'GET', url: '/api/users' });
    const row = list
      .json<{ items: { id: number; locked: boolean }[] }>()
      .items.find((u) => u.id === t.users.clerkB);
    expect(row?.locked).toBe(true);
    const unlock = await admin.request({
      method: 'POST',
      url: `/api/users/${t.users.clerkB}/unlock`,
    });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json()).toMatchObject({ locked: false, failedLogins: 0 });
    expect((await login('clerk-b', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lifts a lock by itself after fifteen minutes', async () => {
    for (let i = 0; i < 5; i += 1) await login('auditor', `Wrong-${i}-Passw0rd`);
    expect((await login('auditor', TEST_PASSWORD)).statusCode).toBe(401);
    t.advance(16 * 60_000);
    expect((await login('auditor', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('records successes and failures in the audit log with the address', async () => {
    const from = '203.0.113.77';
    await login('nobody-here', 'x', from);
    const page = await t.repos.audit.query({ action: 'auth.login-failed' });
    const entry = page.items.find((e) => e.ip === from);
    expect(entry?.detail).toMatchObject({ username: 'nobody-here', reason: 'unknown-user' });
    expect(JSON.stringify(page.items)).not.toContain(TEST_PASSWORD);
  });

  it('validates the body before anything else with a Chinese message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'request.invalid',
    });
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/请求参数有误/u);
  });
});

describe('a session', () => {
  it('ends on logout: the same cookie no longer works', async () => {
    const caller = await t.as(t.users.clerk);
    expect((await caller.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const out = await caller.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('xxgk_session=;');
    const after = await caller.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
  });

  it('ends after thirty idle minutes, and stays alive while used', async () => {
    const caller = await t.as(t.users.reviewer);
    t.advance(20 * 60_000);
    expect((await caller.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    t.advance(20 * 60_000);
    expect((await caller.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    t.advance(31 * 60_000);
    const res = await caller.request({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
  });

  it('ends twelve hours after login whatever the activity', async () => {
    const caller = await t.as(t.users.reviewer);
    // Used every 25 minutes (never idle for 30) for 700 minutes: still alive.
    for (let elapsed = 25; elapsed <= 700; elapsed += 25) {
      t.advance(25 * 60_000);
      expect((await caller.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    }
    t.advance(25 * 60_000); // 725 minutes after login
    expect((await caller.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('is replaced by a new login from the same browser', async () => {
    const old = await t.as(t.users.reviewer);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'reviewer', password: TEST_PASSWORD },
      headers: { cookie: `xxgk_session=${old.cookie}` },
      remoteAddress: ip(),
    });
    expect(res.statusCode).toBe(200);
    expect(sessionCookie(res)).not.toBe(old.cookie);
    expect((await old.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('ignores a forged cookie', async () => {
    const forged = callerFor(t.app, 'A'.repeat(43), 'x');
    expect((await forged.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('ends when the account is disabled', async () => {
    const caller = await t.as(t.users.reviewerB);
    const admin = await t.as(t.users.admin);
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/users/${t.users.reviewerB}`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect((await caller.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await admin.request({
      method: 'PATCH',
      url: `/api/users/${t.users.reviewerB}`,
      payload: { disabled: false },
    });
  });
});

describe('changing one’s password', () => {
  it('needs the current password, follows the policy, and ends the user’s other sessions', async () => {
    const other = await t.as(t.users.auditor);
    const caller = await t.as(t.users.auditor);
    const change = (current: string, next: string) =>
      caller.request({ method: 'POST', url: '/api/auth/password', payload: { current, next } });
    const wrong = await change('Nope-Passw0rd!', 'Brand-New-Pass-1');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ error: { message: string } }>().error.message).toContain('当前密码不正确');
    const weak = await change(TEST_PASSWORD, 'short');
    expect(weak.json<{ error: { message: string } }>().error.message).toContain(
      '至少需要 10 个字符',
    );
    const named = await change(TEST_PASSWORD, 'Auditor-2025-x');
    expect(named.json<{ error: { message: string } }>().error.message).toContain('不能包含用户名');
    const ok = await change(TEST_PASSWORD, 'Brand-New-Pass-1');
    expect(ok.statusCode).toBe(204);
    expect((await caller.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await other.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await login('auditor', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('auditor', 'Brand-New-Pass-1')).statusCode).toBe(200);
  });
});

describe('the login rate limit', () => {
  it('answers 429 in Chinese when one address tries too often', async () => {
    const from = '192.0.2.200';
    const statuses: number[] = [];
    for (let i = 0; i < 101; i += 1) statuses.push((await login('nobody', 'x', from)).statusCode);
    expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
    const limited = await login('nobody', 'x', from);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'request.rate-limited' } });
    expect(limited.json<{ error: { message: string } }>().error.message).toMatch(/秒后再试/u);
    expect((await login('clerk', TEST_PASSWORD, '192.0.2.201')).statusCode).toBe(200);
  }, 120_000);
});
