import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { XxgkError } from '@xxgk/model';

/** An exclusive claim on a PGlite data directory, held until {@link DataDirLock.release}. */
export interface DataDirLock {
  /** The lock file, beside the data directory (`<dir>.lock`). */
  readonly path: string;
  /** Removes the lock file if it is still this process's; safe to call twice. */
  release(): void;
}

/** Where the lock file of a data directory lives: beside it, so initdb sees an empty dir. */
export function lockPathFor(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}.lock`);
}

/** The message shown when another process holds the directory. */
export function lockedMessage(dataDir: string, pid: number): string {
  return (
    `数据目录 ${dataDir} 正被另一个进程（PID ${pid}）使用；PGlite 只能由一个进程打开。` +
    '请先停止该进程，或设置 DATABASE_URL 使用 PostgreSQL。'
  );
}

interface LockContent {
  pid: number;
  host: string;
  token: string;
}

function readLock(path: string): { raw: string; content: LockContent | null } | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<LockContent>;
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0)
      return {
        raw,
        content: { pid: parsed.pid, host: String(parsed.host ?? ''), token: String(parsed.token) },
      };
  } catch {
    // A half-written or foreign file: handled as a lock whose owner cannot be known.
  }
  return { raw, content: null };
}

/** True if a process with this pid exists (EPERM means it exists but is not ours). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    // `wx` fails if the file exists: creating the lock and testing for it is one atomic step.
    fd = openSync(path, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the exclusive lock on a PGlite data directory, because two processes on one directory
 * silently lose writes. The lock file names the owner's pid; a lock whose process has died is
 * stale and is taken over. Throws `database.locked` when a live process (this one included)
 * holds it.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = lockPathFor(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const mine: LockContent = {
    pid: process.pid,
    host: hostname(),
    token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  };
  const text = JSON.stringify(mine);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(path, text)) return heldLock(path, text);
    const existing = readLock(path);
    if (!existing) continue; // released between our two steps: try again
    const owner = existing.content;
    // A different host means a shared filesystem: its pid says nothing here, so never steal.
    const foreignHost = owner !== null && owner.host !== '' && owner.host !== mine.host;
    if (owner && (foreignHost || processAlive(owner.pid)))
      throw new XxgkError('database.locked', lockedMessage(dataDir, owner.pid));
    if (!owner && Date.now() - mtimeOf(path) < 10_000)
      throw new XxgkError(
        'database.locked',
        `数据目录 ${dataDir} 的锁文件 ${path} 无法识别，可能正被另一个进程写入；请确认没有其他进程在使用后删除该文件。`,
      );
    // Stale: remove it only if it is still the same file we judged, then race for it again.
    const again = readLock(path);
    if (again && again.raw === existing.raw) unlinkQuietly(path);
  }
  throw new XxgkError(
    'database.locked',
    `数据目录 ${dataDir} 的锁文件 ${path} 反复被其他进程抢占；请确认只有一个进程使用该目录。`,
  );
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

function heldLock(path: string, text: string): DataDirLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    const current = readLock(path);
    if (current && current.raw === text) unlinkQuietly(path);
  };
  // A process that exits without closing the database leaves no lock behind it.
  process.once('exit', release);
  return { path, release };
}
