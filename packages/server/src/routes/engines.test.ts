import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepositories, WorkspaceRepositories, type DatabaseHandle } from '@xxgk/db';
import { createSampleOrganisation, testBackends } from '@xxgk/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import type { AppContext } from '../context.js';
import { multipartFile } from '../testing/multipart.js';
import { callerFor, type Caller } from '../testing/test-app.js';
import { TESTDATA } from '../testing/testdata.js';

const SEED = join(TESTDATA, 'seeds/000_7d23b93096d7af9d.txt');
const PASSWORD = 'Engine-Passw0rd';

/**
 * The whole workflow through HTTP on each database engine: PGlite with its read cache, and
 * PostgreSQL without it (several servers may share it), where the drivers also return some
 * types differently.
 */
describe.each(testBackends())('the workspace on $name', (backend) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let ctx: AppContext;
  let agencyId: number;

  beforeAll(async () => {
    handle = await backend.open();
    const repos = createRepositories(handle.db);
    const org = await createSampleOrganisation(repos, '引擎');
    agencyId = org.bureauA.id;
    await repos.agencies.create({
      name: '淄博高新技术产业开发区工业信息化和商务局',
      kind: 'department',
      regionId: org.districtA.id,
    });
    const passwordHash = await hashPassword(PASSWORD);
    await repos.users.create({
      username: 'e-clerk',
      displayName: '填报员',
      role: 'clerk',
      agencyId,
      passwordHash,
    });
    await repos.users.create({
      username: 'e-reviewer',
      displayName: '审核员',
      role: 'reviewer',
      regionId: org.city.id,
      passwordHash,
    });
    await repos.users.create({
      username: 'e-reviewer-b',
      displayName: '乙区审核员',
      role: 'reviewer',
      regionId: org.districtB.id,
      passwordHash,
    });
    await repos.users.create({
      username: 'e-auditor',
      displayName: '审计员',
      role: 'auditor',
      passwordHash,
    });
    ({ app, ctx } = await buildApp({
      repos,
      work: new WorkspaceRepositories(handle.db),
      databaseKind: handle.kind,
      logLevel: 'silent',
      webDist: null,
      validateResponses: true,
    }));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  async function login(username: string): Promise<Caller> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'xxgk_session')!.value;
    return callerFor(app, cookie, res.json<{ csrfToken: string }>().csrfToken);
  }

  it('caches reads on PGlite only', async () => {
    expect(ctx.cache.enabled).toBe(backend.name === 'pglite');
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({
      ok: true,
      database: backend.name,
    });
  });

  it('takes a report from 填报 through correction, review and publication, with every step audited', async () => {
    const clerk = await login('e-clerk');
    const reviewer = await login('e-reviewer');
    const created = await clerk.request({
      method: 'POST',
      url: '/api/reports',
      payload: { agencyId, year: 2024 },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const listed = async () =>
      (await reviewer.request({ method: 'GET', url: '/api/reports?year=2024' })).json<{
        items: { id: number; status: string; currentVersion: number; warnings: number }[];
        total: number;
      }>();
    expect((await listed()).items.find((r) => r.id === id)).toMatchObject({
      status: 'draft',
      currentVersion: 1,
    });
    const corrected = await clerk.request({
      method: 'POST',
      url: `/api/reports/${id}/corrections`,
      payload: { cells: [{ path: 'applications.received.total', value: 4 }], reason: '录入' },
    });
    expect(corrected.statusCode).toBe(201);
    // The list and the page show the new version at once (the cache, where on, was emptied).
    expect((await listed()).items.find((r) => r.id === id)?.currentVersion).toBe(2);
    const page = await reviewer.request({ method: 'GET', url: `/api/reports/${id}` });
    expect(page.json()).toMatchObject({
      currentVersion: 2,
      version: { reason: '录入', createdBy: { displayName: '填报员' } },
    });
    expect(
      (await clerk.request({ method: 'POST', url: `/api/reports/${id}/submit` })).statusCode,
    ).toBe(200);
    expect(
      (await reviewer.request({ method: 'GET', url: `/api/reports/${id}` })).json(),
    ).toMatchObject({
      status: 'submitted',
      permissions: { publish: true },
    });
    const returned = await reviewer.request({
      method: 'POST',
      url: `/api/reports/${id}/return`,
      payload: { comment: '请补充' },
    });
    expect(returned.statusCode).toBe(200);
    expect(
      (await clerk.request({ method: 'GET', url: `/api/reports/${id}` })).json(),
    ).toMatchObject({
      status: 'returned',
      reviewComment: '请补充',
    });
    await clerk.request({ method: 'POST', url: `/api/reports/${id}/submit` });
    const published = await reviewer.request({ method: 'POST', url: `/api/reports/${id}/publish` });
    expect(published.json()).toMatchObject({ status: 'published', publishedVersion: 2 });
    const versions = (
      await reviewer.request({ method: 'GET', url: `/api/reports/${id}/versions` })
    ).json<{ publishedAt: string | null }[]>();
    expect(versions[0]?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
    const exported = await reviewer.request({
      method: 'GET',
      url: `/api/reports/${id}/export?format=json`,
    });
    expect(JSON.parse(exported.body)).toMatchObject({
      year: 2024,
      applications: { received: { total: 4 } },
    });
    const auditor = await login('e-auditor');
    const audit = await auditor.request({
      method: 'GET',
      url: '/api/audit?action=report.&pageSize=100',
    });
    const actions = audit
      .json<{ items: { action: string; entityId: string }[] }>()
      .items.filter((e) => e.entityId === String(id))
      .map((e) => e.action);
    expect(actions.reverse()).toEqual([
      'report.create',
      'report.correct',
      'report.submit',
      'report.return',
      'report.submit',
      'report.publish',
      'report.export',
    ]);
  }, 60_000);

  it('shows a report page to the reviewer of its region and 404 to the reviewer of another', async () => {
    const clerk = await login('e-clerk');
    const created = await clerk.request({
      method: 'POST',
      url: '/api/reports',
      payload: { agencyId, year: 2019 },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: number }>();
    const city = await login('e-reviewer');
    const other = await login('e-reviewer-b');
    expect((await city.request({ method: 'GET', url: `/api/reports/${id}` })).statusCode).toBe(200);
    const refused = await other.request({ method: 'GET', url: `/api/reports/${id}` });
    expect(refused.statusCode).toBe(404);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      '不在您的权限范围内',
    );
  });

  it('imports a real report with its source and provenance', async () => {
    const reviewer = await login('e-reviewer');
    const body = multipartFile('年报.txt', new Uint8Array(readFileSync(SEED)));
    const uploaded = await reviewer.request({
      method: 'POST',
      url: '/api/imports',
      payload: body.payload,
      headers: body.headers,
    });
    const [item] = uploaded.json<{
      items: { importId: string; agencyId: number; recognized: { year: number } }[];
    }>().items;
    expect(item?.agencyId).not.toBeNull();
    const confirmed = await reviewer.request({
      method: 'POST',
      url: `/api/imports/${item!.importId}/confirm`,
      payload: { agencyId: item!.agencyId, year: item!.recognized.year },
    });
    expect(confirmed.statusCode).toBe(201);
    const reportId = confirmed.json<{ reportId: number }>().reportId;
    const page = (await reviewer.request({ method: 'GET', url: `/api/reports/${reportId}` })).json<{
      origin: string;
      source: { fileName: string };
      provenance: Record<string, unknown>;
      findings: unknown[];
    }>();
    expect(page.origin).toBe('imported');
    expect(page.source.fileName).toBe('年报.txt');
    expect(Object.keys(page.provenance).length).toBeGreaterThan(50);
    const text = await reviewer.request({
      method: 'GET',
      url: `/api/reports/${reportId}/source/text`,
    });
    expect(text.json<{ lines: string[] }>().lines.length).toBeGreaterThan(50);
  }, 60_000);
});
