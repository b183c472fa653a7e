import type { Role } from '@xxgk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type RouteId, type RoutePermission } from './permissions.js';
import { createTestApp, storeReport, type Caller, type TestApp } from './testing/test-app.js';

const ROLES: readonly Role[] = ['admin', 'reviewer', 'clerk', 'auditor'];
const ENTRIES = Object.entries(PERMISSIONS) as [RouteId, RoutePermission][];

let t: TestApp;
let reportId: number;
let params: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  reportId = (await storeReport(t, t.org.bureauA.id, 2024)).id;
}, 60_000);
afterAll(async () => t?.close());

/** The route's URL with its parameters filled for the entity the route is about. */
function urlOf(id: RouteId, p: RoutePermission): string {
  const target: Record<string, number> = {
    regions: t.org.districtA.id,
    agencies: t.org.bureauA.id,
    users: t.users.clerkB,
    reports: reportId,
  };
  const resource = p.url.split('/')[2] ?? '';
  params = { id: String(target[resource] ?? 1), n: '1', importId: 'nonexistent-import-id' };
  const url = p.url.replace(/:(\w+)/gu, (_m, name: string) => params[name] ?? '1');
  return id === 'docs.ui' ? `${url}/` : url;
}

async function callerOf(role: Role): Promise<Caller> {
  const ids: Record<Role, number> = {
    admin: t.users.admin,
    reviewer: t.users.reviewer,
    clerk: t.users.clerk,
    auditor: t.users.auditor,
  };
  return t.as(ids[role]);
}

describe('the permission table', () => {
  it('has a route registered for every entry, with the method and URL the entry states', () => {
    for (const [id, p] of ENTRIES) {
      if (id === 'docs.ui') continue; // registered by @fastify/swagger-ui under this prefix
      expect(t.app.hasRoute({ method: p.method, url: p.url }), `${id}: ${p.method} ${p.url}`).toBe(
        true,
      );
    }
  });

  it('gives every non-public route at least one role, and the audit log to the auditor alone', () => {
    for (const [id, p] of ENTRIES)
      if (p.scope !== 'public') expect(p.roles.length, id).toBeGreaterThan(0);
    const readsAudit = ENTRIES.filter(([, p]) => p.url.startsWith('/api/audit')).flatMap(
      ([, p]) => p.roles,
    );
    expect([...new Set(readsAudit)]).toEqual(['auditor']);
    for (const [id, p] of ENTRIES)
      if (p.method !== 'GET' && p.url.startsWith('/api/reports'))
        expect(p.roles, id).not.toContain('admin');
  });
});

describe.each(ENTRIES)('route %s', (id, p) => {
  if (p.scope === 'public') {
    it('answers an anonymous caller', async () => {
      const res = await t.anonymous.request({ method: p.method, url: urlOf(id, p) });
      expect([401, 403]).not.toContain(res.statusCode);
    });
    return;
  }

  it('refuses an anonymous caller with 401', async () => {
    const res = await t.anonymous.request({ method: p.method, url: urlOf(id, p) });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
  });

  it.each(ROLES)('lets the %s role through only if the table allows it', async (role) => {
    const caller = await callerOf(role);
    const res = await caller.request({ method: p.method, url: urlOf(id, p) });
    if (p.roles.includes(role))
      expect([401, 403], `${role} ${p.method} ${p.url}: ${res.body}`).not.toContain(res.statusCode);
    else {
      expect(res.statusCode, `${role} ${p.method} ${p.url}: ${res.body}`).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
    }
  });

  if (p.method !== 'GET')
    it('refuses a state change without the CSRF token even for an allowed role', async () => {
      const caller = await callerOf(p.roles[0]!);
      const res = await t.app.inject({
        method: p.method,
        url: urlOf(id, p),
        headers: { cookie: `xxgk_session=${caller.cookie}`, 'x-csrf-token': 'forged' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'auth.csrf' } });
    });
});
