import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start.js';

const dir = mkdtempSync(join(tmpdir(), 'xxgk-setup-'));
let server: RunningServer | null = null;
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('starting without the demo', () => {
  it('sets up the first administrator and the first auditor, each with a password printed once', async () => {
    let printed = '';
    server = await startServer({
      port: 0,
      dataDir: join(dir, 'pglite'),
      demo: false,
      buildWeb: false,
      webDist: null,
      logLevel: 'silent',
      print: (text) => (printed += text),
    });
    const admin = /首个管理员账号：用户名 admin，初始密码 (\S+)/u.exec(printed)?.[1];
    const auditor = /审计员账号：用户名 auditor，初始密码 (\S+)/u.exec(printed)?.[1];
    expect(admin).toBeTruthy();
    expect(auditor).toBeTruthy();
    expect(auditor).not.toBe(admin);
    const login = (username: string, password: string) =>
      server!.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
    const asAuditor = await login('auditor', auditor!);
    expect(asAuditor.statusCode).toBe(200);
    expect(asAuditor.json()).toMatchObject({ user: { role: 'auditor' } });
    expect((await login('admin', admin!)).statusCode).toBe(200);
  }, 60_000);
});
