import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../permissions.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let web: string;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'xxgk-web-'));
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><title>xxgk 网页</title><div id="root"></div>',
  );
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
  t = await createTestApp({ webDist: web });
}, 60_000);
afterAll(async () => {
  await t?.close();
  rmSync(web, { recursive: true, force: true });
});

describe('health and the API description', () => {
  it('reports the database engine', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ ok: true, database: 'pglite' });
  });

  it('serves OpenAPI with every route of the permission table, and the docs page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json<{
      openapi: string;
      paths: Record<string, Record<string, { summary?: string }>>;
    }>();
    expect(spec.openapi).toMatch(/^3\./u);
    for (const [id, p] of Object.entries(PERMISSIONS)) {
      if (id.startsWith('docs.')) continue;
      const path = p.url.replace(/:(\w+)/gu, '{$1}');
      expect(spec.paths[path]?.[p.method.toLowerCase()]?.summary, id).toBe(p.summary);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });
});

describe('security headers', () => {
  it('send a CSP that allows the built app and nothing foreign, and the usual hardening headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    const api = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the web app', () => {
  it('is served with its client-side routes falling back to index.html', async () => {
    const index = await t.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('xxgk 网页');
    expect(index.headers['cache-control']).toBe('no-cache');
    const deep = await t.app.inject({ method: 'GET', url: '/reports/12?tab=findings' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('xxgk 网页');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('never answers an unknown API path with the page: a JSON 404 in Chinese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'request.not-found', message: '接口 GET /api/nothing-here 不存在。' },
    });
    expect((await t.app.inject({ method: 'POST', url: '/reports' })).statusCode).toBe(404);
  });

  it('is replaced by an explanation when it has not been built', async () => {
    const bare = await createTestApp({ webDist: join(web, 'missing') });
    try {
      const res = await bare.app.inject({ method: 'GET', url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('网页界面尚未构建');
    } finally {
      await bare.close();
    }
  });
});

describe('malformed requests', () => {
  it('get a Chinese 400 for broken JSON, and an empty JSON body counts as none', async () => {
    const clerk = await t.as(t.users.clerk);
    const broken = await clerk.request({
      method: 'POST',
      url: '/api/check',
      payload: '{"report":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({
      error: { code: 'request.invalid', message: '请求内容不是有效的 JSON。' },
    });
    const empty = await clerk.request({
      method: 'POST',
      url: '/api/auth/logout',
      payload: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(empty.statusCode).toBe(204);
    const poisoned = await (
      await t.as(t.users.clerk)
    ).request({
      method: 'POST',
      url: '/api/check',
      payload: '{"report":{"__proto__":{"admin":true}}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(poisoned.statusCode).toBe(400);
  });
});
