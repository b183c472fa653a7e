import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Caller, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as(t.users.admin);
}, 60_000);
afterAll(async () => t?.close());

interface RegionOut {
  id: number;
  name: string;
  children: RegionOut[];
}
const names = (nodes: RegionOut[]): string[] =>
  nodes.flatMap((n) => [n.name, ...names(n.children)]);

describe('regions', () => {
  it('show the whole tree to the administrator and the auditor, a subtree to a reviewer, one region to a clerk', async () => {
    const tree = (caller: Caller) =>
      caller.request({ method: 'GET', url: '/api/regions' }).then((r) => r.json<RegionOut[]>());
    const all = names(await tree(admin));
    expect(all).toEqual(expect.arrayContaining(['测市', '测甲区', '测乙区']));
    expect(names(await tree(await t.as(t.users.auditor)))).toEqual(all);
    expect(names(await tree(await t.as(t.users.reviewerB)))).toEqual(['测乙区']);
    const city = await tree(await t.as(t.users.reviewer));
    expect(city).toHaveLength(1);
    expect(city[0]?.name).toBe('测市');
    expect(names(city[0]?.children ?? [])).toEqual(['测甲区', '测乙区']);
    expect(names(await tree(await t.as(t.users.clerk)))).toEqual(['测甲区']);
  });

  it('are created and renamed by the administrator, with the change in the audit log', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/regions',
      payload: { code: '110999', name: '测丙区', level: 'county', parentId: t.org.city.id },
    });
    expect(created.statusCode).toBe(201);
    const region = created.json<{ id: number; parentId: number }>();
    expect(region.parentId).toBe(t.org.city.id);
    const renamed = await admin.request({
      method: 'PATCH',
      url: `/api/regions/${region.id}`,
      payload: { name: '测丙新区' },
    });
    expect(renamed.json()).toMatchObject({ id: region.id, name: '测丙新区', code: '110999' });
    const log = await t.repos.audit.query({ action: 'region.' });
    expect(log.items.map((e) => e.action)).toEqual(['region.update', 'region.create']);
    expect(log.items[0]).toMatchObject({ actorId: t.users.admin, entityId: String(region.id) });
  });

  it('refuse a duplicate code, a bad code and a level above the parent’s, in Chinese', async () => {
    const post = (payload: Record<string, unknown>) =>
      admin.request({ method: 'POST', url: '/api/regions', payload });
    const dup = await post({ code: '110999', name: 'x区', level: 'county' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ error: { message: string } }>().error.message).toContain('110999 已存在');
    const bad = await post({ code: '12', name: 'x', level: 'county' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain(
      '区划代码须为 6、9 或 12 位数字',
    );
    const level = await post({
      code: '110998',
      name: '错层',
      level: 'province',
      parentId: t.org.city.id,
    });
    expect(level.statusCode).toBe(400);
    expect(
      (await admin.request({ method: 'PATCH', url: '/api/regions/999999', payload: { name: 'x' } }))
        .statusCode,
    ).toBe(404);
  });
});

describe('agencies', () => {
  it('are listed within the caller’s scope and filtered by region', async () => {
    const list = async (caller: Caller, query = '') =>
      (await caller.request({ method: 'GET', url: `/api/agencies${query}` })).json<
        { id: number; name: string }[]
      >();
    const all = await list(admin);
    expect(all.map((a) => a.name)).toEqual(
      expect.arrayContaining(['测市人民政府', '测甲区教育局', '测乙区人民政府']),
    );
    expect(
      (await list(admin, `?regionId=${t.org.districtA.id}`)).map((a) => a.name).sort(),
    ).toEqual(['测甲区人民政府', '测甲区教育局'].sort());
    expect((await list(await t.as(t.users.clerk))).map((a) => a.id)).toEqual([t.org.bureauA.id]);
    expect(await list(await t.as(t.users.clerk), `?regionId=${t.org.districtB.id}`)).toEqual([]);
    expect((await list(await t.as(t.users.reviewerB))).map((a) => a.id)).toEqual([
      t.org.governmentB.id,
    ]);
    expect(await list(await t.as(t.users.reviewerB), `?regionId=${t.org.districtA.id}`)).toEqual(
      [],
    );
    const reviewerInA = await list(await t.as(t.users.reviewer), `?regionId=${t.org.districtA.id}`);
    expect(reviewerInA.map((a) => a.id).sort()).toEqual(
      [t.org.governmentA.id, t.org.bureauA.id].sort(),
    );
  });

  it('are created and changed by the administrator only', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/agencies',
      payload: {
        name: '测甲区财政局',
        kind: 'department',
        regionId: t.org.districtA.id,
        parentAgencyId: t.org.governmentA.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const agency = created.json<{ id: number }>();
    const patched = await admin.request({
      method: 'PATCH',
      url: `/api/agencies/${agency.id}`,
      payload: { name: '测甲区财政局（新）' },
    });
    expect(patched.json()).toMatchObject({
      id: agency.id,
      name: '测甲区财政局（新）',
      kind: 'department',
    });
    const dup = await admin.request({
      method: 'POST',
      url: '/api/agencies',
      payload: { name: '测甲区教育局', kind: 'department', regionId: t.org.districtA.id },
    });
    expect(dup.statusCode).toBe(409);
    const reviewer = await t.as(t.users.reviewer);
    expect(
      (
        await reviewer.request({
          method: 'PATCH',
          url: `/api/agencies/${agency.id}`,
          payload: { name: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('user accounts', () => {
  it('are created with a policy-checked password and their scope, never showing a hash', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'New-Clerk',
        displayName: '新填报员',
        role: 'clerk',
        agencyId: t.org.governmentA.id,
        password: 'Fresh-Passw0rd',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'new-clerk',
      role: 'clerk',
      agencyId: t.org.governmentA.id,
      regionId: null,
      locked: false,
    });
    expect(res.body).not.toContain('argon2');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'new-clerk', password: 'Fresh-Passw0rd' },
    });
    expect(login.statusCode).toBe(200);
    const list = await admin.request({ method: 'GET', url: '/api/users?pageSize=100' });
    expect(list.body).not.toContain('argon2');
    expect(list.json<{ total: number }>().total).toBeGreaterThanOrEqual(7);
  });

  it('refuse a weak password, a clerk without an agency and a taken username', async () => {
    const post = (payload: Record<string, unknown>) =>
      admin.request({ method: 'POST', url: '/api/users', payload });
    const weak = await post({
      username: 'weak',
      displayName: 'x',
      role: 'admin',
      password: 'abc',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ error: { message: string } }>().error.message).toContain(
      '至少需要 10 个字符',
    );
    const noAgency = await post({
      username: 'lost',
      displayName: 'x',
      role: 'clerk',
      password: 'Fresh-Passw0rd',
    });
    expect(noAgency.json<{ error: { message: string } }>().error.message).toContain(
      '填报员必须指定所属机关',
    );
    const taken = await post({
      username: 'CLERK',
      displayName: 'x',
      role: 'admin',
      password: 'Fresh-Passw0rd',
    });
    expect(taken.statusCode).toBe(409);
  });

  it('change role and scope together, and end the account’s sessions when its rights change', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'mover',
        displayName: '调岗',
        role: 'clerk',
        agencyId: t.org.bureauA.id,
        password: 'Fresh-Passw0rd',
      },
    });
    const id = created.json<{ id: number }>().id;
    const session = await t.as(id);
    const bad = await admin.request({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { role: 'reviewer' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain(
      '审核员必须指定负责的行政区划',
    );
    const ok = await admin.request({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { role: 'reviewer', regionId: t.org.districtA.id },
    });
    expect(ok.json()).toMatchObject({
      role: 'reviewer',
      regionId: t.org.districtA.id,
      agencyId: null,
    });
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('never let the administrator lock itself out', async () => {
    const demote = await admin.request({
      method: 'PATCH',
      url: `/api/users/${t.users.admin}`,
      payload: { role: 'auditor' },
    });
    expect(demote.statusCode).toBe(400);
    const disable = await admin.request({
      method: 'PATCH',
      url: `/api/users/${t.users.admin}`,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(400);
    const rename = await admin.request({
      method: 'PATCH',
      url: `/api/users/${t.users.admin}`,
      payload: { displayName: '管理员甲' },
    });
    expect(rename.json()).toMatchObject({ displayName: '管理员甲', role: 'admin' });
  });

  it('get a new password from the administrator, which ends their sessions', async () => {
    const session = await t.as(t.users.clerkB);
    const weak = await admin.request({
      method: 'POST',
      url: `/api/users/${t.users.clerkB}/password`,
      payload: { password: 'weak' },
    });
    expect(weak.statusCode).toBe(400);
    const res = await admin.request({
      method: 'POST',
      url: `/api/users/${t.users.clerkB}/password`,
      payload: { password: 'Reset-Passw0rd' },
    });
    expect(res.statusCode).toBe(204);
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'clerk-b', password: 'Reset-Passw0rd' },
    });
    expect(login.statusCode).toBe(200);
    expect(
      (
        await admin.request({
          method: 'POST',
          url: '/api/users/999999/password',
          payload: { password: 'Reset-Passw0rd' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('separation of duties: the administrator and the auditor’s account', () => {
  const message = (res: { json<T>(): T }) =>
    res.json<{ error: { message: string } }>().error.message;
  const refusals = async () =>
    (await t.repos.audit.query({ action: 'user.auditor-change-refused', pageSize: 100 })).items;
  const auditorLogsIn = async (password: string) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'auditor', password },
      })
    ).statusCode;

  it('refuses to reset the auditor’s password, in Chinese, keeps the old one and records the attempt', async () => {
    const before = (await refusals()).length;
    const session = await t.as(t.users.auditor);
    const res = await admin.request({
      method: 'POST',
      url: `/api/users/${t.users.auditor}/password`,
      payload: { password: 'Taken-Over-Passw0rd' },
    });
    expect(res.statusCode).toBe(403);
    expect(message(res)).toContain('系统管理员不能重置审计员的密码');
    expect(await auditorLogsIn('Taken-Over-Passw0rd')).toBe(401);
    expect(await auditorLogsIn(TEST_PASSWORD)).toBe(200);
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const log = await refusals();
    expect(log).toHaveLength(before + 1);
    expect(log[0]).toMatchObject({
      actorId: t.users.admin,
      entityId: String(t.users.auditor),
      detail: { attempt: 'password-reset', username: 'auditor' },
    });
  });

  it('refuses to rename, disable, re-scope or demote the auditor, leaving the account as it was', async () => {
    const before = (await refusals()).length;
    const changes = [
      { displayName: '已被改名' },
      { disabled: true },
      { role: 'clerk', agencyId: t.org.bureauA.id },
      { role: 'admin' },
    ];
    for (const payload of changes) {
      const res = await admin.request({
        method: 'PATCH',
        url: `/api/users/${t.users.auditor}`,
        payload,
      });
      expect(res.statusCode).toBe(403);
      expect(message(res)).toContain('系统管理员不能修改、停用审计员账号或变更其角色');
    }
    const row = await t.repos.users.get(t.users.auditor);
    expect(row).toMatchObject({ role: 'auditor', disabled: false, displayName: 'auditor（测试）' });
    const log = await refusals();
    expect(log).toHaveLength(before + changes.length);
    expect(
      log.every((e) => e.detail?.attempt === 'update' || e.detail?.attempt === 'password-reset'),
    ).toBe(true);
  });

  it('refuses to create an auditor or to make an existing account one', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'shadow-auditor',
        displayName: '影子审计员',
        role: 'auditor',
        password: 'Fresh-Passw0rd',
      },
    });
    expect(created.statusCode).toBe(403);
    expect(message(created)).toContain('系统管理员不能创建审计员账号');
    expect(await t.repos.users.findByUsername('shadow-auditor')).toBeFalsy();
    const promoted = await admin.request({
      method: 'PATCH',
      url: `/api/users/${t.users.clerkB}`,
      payload: { role: 'auditor' },
    });
    expect(promoted.statusCode).toBe(403);
    expect(message(promoted)).toContain('系统管理员不能把账号设为审计员');
    expect((await t.repos.users.get(t.users.clerkB))?.role).toBe('clerk');
    const log = await refusals();
    expect(log.slice(0, 2).map((e) => e.detail?.attempt)).toEqual(['grant-role', 'create']);
  });

  it('lets the administrator unlock a locked-out auditor, and nothing more', async () => {
    for (let i = 0; i < t.ctx.config.lockout.maxFailures; i++)
      await t.repos.users.recordFailedLogin(t.users.auditor, t.ctx.config.lockout, t.clock.now);
    expect(await auditorLogsIn(TEST_PASSWORD)).toBe(401);
    const res = await admin.request({
      method: 'POST',
      url: `/api/users/${t.users.auditor}/unlock`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'auditor', locked: false });
    expect(await auditorLogsIn(TEST_PASSWORD)).toBe(200);
  });

  it('gives the reviewer, the clerk and the auditor no way into account management at all', async () => {
    for (const id of [t.users.reviewer, t.users.clerk, t.users.auditor]) {
      const caller = await t.as(id);
      const attempts = [
        caller.request({ method: 'GET', url: '/api/users' }),
        caller.request({
          method: 'POST',
          url: `/api/users/${t.users.auditor}/password`,
          payload: { password: 'Taken-Over-Passw0rd' },
        }),
        caller.request({
          method: 'PATCH',
          url: `/api/users/${t.users.auditor}`,
          payload: { disabled: true },
        }),
        caller.request({ method: 'POST', url: `/api/users/${t.users.auditor}/unlock` }),
        caller.request({
          method: 'POST',
          url: '/api/users',
          payload: {
            username: 'x-auditor',
            displayName: 'x',
            role: 'auditor',
            password: 'Fresh-Passw0rd',
          },
        }),
      ];
      for (const res of await Promise.all(attempts)) expect(res.statusCode).toBe(403);
    }
  });
});

describe('the audit log', () => {
  it('is read by the auditor only, filtered by actor and action, and records who read it', async () => {
    const auditor = await t.as(t.users.auditor);
    const res = await auditor.request({
      method: 'GET',
      url: '/api/audit?actor=admin&action=user.&pageSize=50',
    });
    expect(res.statusCode).toBe(200);
    const page = res.json<{
      items: { actor: string; action: string; ip: string | null }[];
      total: number;
    }>();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((e) => e.actor === 'admin' && e.action.startsWith('user.'))).toBe(true);
    expect(page.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.create', 'user.update', 'user.password-reset']),
    );
    const byId = await auditor.request({
      method: 'GET',
      url: `/api/audit?actor=${t.users.admin}&action=user.create`,
    });
    expect(byId.json<{ total: number }>().total).toBeGreaterThan(0);
    const reads = await t.repos.audit.query({ action: 'audit.read', actorId: t.users.auditor });
    expect(reads.total).toBe(2);
    expect((await admin.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    const future = await auditor.request({ method: 'GET', url: '/api/audit?from=2999-01-01' });
    expect(future.json()).toMatchObject({ items: [], total: 0 });
    const badDate = await auditor.request({ method: 'GET', url: '/api/audit?from=yesterday' });
    expect(badDate.statusCode).toBe(400);
  });

  it('cannot be changed or erased through the API by anyone', async () => {
    for (const method of ['POST', 'PATCH', 'DELETE', 'PUT'] as const) {
      const res = await admin.request({ method, url: '/api/audit' });
      expect(res.statusCode).toBe(404);
    }
  });
});
