import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/xxgk.mjs');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('xxgk serve', () => {
  it('starts the server with its options, makes a first administrator without the demo, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-serve-'));
    dirs.push(dir);
    const dataDir = join(dir, 'db');
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', '0', '--data-dir', dataDir, '--no-demo'],
      {
        env: { ...process.env, XXGK_SKIP_WEB_BUILD: '1', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    try {
      for (let i = 0; i < 600 && !/已启动：/u.test(out) && child.exitCode === null; i += 1)
        await new Promise((r) => setTimeout(r, 100));
      const url = /已启动：(http:\/\/\S+)/u.exec(out)?.[1];
      expect(url, out).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
      expect(out).not.toContain('演示账号');
      const password = /初始密码 (\S+)/u.exec(out)?.[1];
      expect(password).toBeDefined();
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      const reports = await fetch(`${url}/api/reports`, {
        headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! },
      });
      expect(((await reports.json()) as { total: number }).total).toBe(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 120_000);

  it('refuses a bad port with a Chinese message and the usage exit code', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve', '--port', '七十'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port 七十 不是有效的端口号');
  });

  it('is the only command that loads the server, and only when it runs', () => {
    const src = join(import.meta.dirname, '..');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      expect(text, file).not.toMatch(/^import[^;]*'@xxgk\/(server|db)'/mu);
    }
    expect(readFileSync(join(src, 'commands/serve.ts'), 'utf8')).toContain(
      "await import('@xxgk/server')",
    );
  });
});
