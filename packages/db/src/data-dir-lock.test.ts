import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isXxgkError } from '@xxgk/model';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, lockPathFor } from './data-dir-lock.js';

const dirs: string[] = [];
function tempDataDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'xxgk-lock-'));
  dirs.push(root);
  return join(root, 'pglite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function lockError(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected the lock to be refused');
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

describe('the data directory lock', () => {
  it('is a file beside the directory that names this process', () => {
    const dir = tempDataDir();
    const lock = acquireDataDirLock(dir);
    expect(lock.path).toBe(`${dir}.lock`);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('refuses a second holder in the same process with the Chinese message naming the pid', () => {
    const dir = tempDataDir();
    const lock = acquireDataDirLock(dir);
    const err = lockError(() => acquireDataDirLock(dir));
    expect(err.code).toBe('database.locked');
    expect(err.message).toBe(
      `数据目录 ${dir} 正被另一个进程（PID ${process.pid}）使用；PGlite 只能由一个进程打开。` +
        '请先停止该进程，或设置 DATABASE_URL 使用 PostgreSQL。',
    );
    lock.release();
    acquireDataDirLock(dir).release();
  });

  it('refuses while another live process holds it', async () => {
    const dir = tempDataDir();
    const lockFile = lockPathFor(dir);
    // Another process takes the lock the same way and keeps running until told to stop.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('${new URL('./data-dir-lock.ts', import.meta.url).href}').then((m) => {
           m.acquireDataDirLock(${JSON.stringify(dir)});
           process.stdout.write('locked\\n');
           process.stdin.on('data', () => process.exit(0));
         });`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    try {
      const err = lockError(() => acquireDataDirLock(dir));
      expect(err.code).toBe('database.locked');
      expect(err.message).toContain(`PID ${child.pid}`);
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.stdin.write('stop\n');
      await exited;
    }
    // The child exited without releasing: its exit handler removed the file.
    expect(existsSync(lockFile)).toBe(false);
    acquireDataDirLock(dir).release();
  }, 30_000);

  it('takes over a stale lock whose process has died', () => {
    const dir = tempDataDir();
    const pid = deadPid();
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid, host: '', token: 'old' }));
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('refuses a fresh lock file it cannot read, but takes over an old one', () => {
    const dir = tempDataDir();
    const path = lockPathFor(dir);
    writeFileSync(path, '');
    expect(lockError(() => acquireDataDirLock(dir)).code).toBe('database.locked');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    acquireDataDirLock(dir).release();
  });

  it('never steals a lock held from another host', () => {
    const dir = tempDataDir();
    writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: deadPid(), host: 'some-other-host.invalid', token: 'x' }),
    );
    expect(lockError(() => acquireDataDirLock(dir)).code).toBe('database.locked');
  });

  it('does not remove a lock that another holder took after it', () => {
    const dir = tempDataDir();
    const lock = acquireDataDirLock(dir);
    const theirs = JSON.stringify({ pid: process.pid, host: '', token: 'theirs' });
    writeFileSync(lock.path, theirs);
    lock.release();
    expect(readFileSync(lock.path, 'utf8')).toBe(theirs);
  });
});
