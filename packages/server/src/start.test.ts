import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

interface Started {
  child: ChildProcess;
  output: () => string;
  url: Promise<string>;
}

/** Runs `npm start` in its own process group, so stopping it stops npm and node alike. */
function npmStart(env: Record<string, string>): Started {
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /已启动：(http:\/\/[^\s]+)/u.exec(text);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start 退出（${code}）：\n${text}`));
    });
  });
  url.catch(() => undefined);
  return { child, output: () => text, url };
}

function stop(started: Started): Promise<void> {
  return new Promise((resolve) => {
    if (started.child.exitCode !== null || started.child.signalCode !== null || !started.child.pid)
      return resolve();
    started.child.on('exit', () => resolve());
    process.kill(-started.child.pid, 'SIGTERM');
  });
}

const dirs: string[] = [];
const running: Started[] = [];
afterAll(async () => {
  for (const s of running) await stop(s);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm start', () => {
  it('creates the database, loads the demo once, serves the API and the page, and prints the accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-start-'));
    dirs.push(dir);
    const dataDir = join(dir, 'pglite');
    const env = { PORT: '0', XXGK_DATA_DIR: dataDir, XXGK_SKIP_WEB_BUILD: '1', LOG_LEVEL: 'warn' };
    const first = npmStart(env);
    running.push(first);
    const url = await first.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, database: 'pglite' });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(first.output()).toContain('演示账号');
    expect(first.output()).toContain('Tianbao@2025xx');
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(true);
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'reviewer', password: 'Shenhe@2025xx' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const list = await fetch(`${url}/api/reports`, { headers: { cookie } });
    expect(((await list.json()) as { total: number }).total).toBe(4);

    // A second server on the same data directory is refused: PGlite is single-process.
    const second = npmStart({ ...env });
    running.push(second);
    await expect(second.url).rejects.toThrow(/正被另一个进程（PID \d+）使用/u);

    await stop(first);
    // npm exits first; the server then closes the database and removes its lock.
    for (let i = 0; i < 100 && existsSync(join(dir, 'pglite.lock')); i += 1)
      await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
    const again = npmStart(env);
    running.push(again);
    const url2 = await again.url;
    expect(again.output()).not.toContain('正在载入演示数据');
    const health2 = await fetch(`${url2}/api/health`);
    expect(health2.status).toBe(200);
    await stop(again);
  }, 240_000);
});
