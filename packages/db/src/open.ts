import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { XxgkError } from '@xxgk/model';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { Database, DatabaseKind } from './database.js';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate.js';
import * as schema from './schema/index.js';

/** The data directory used when neither a URL nor a directory is given (relative to cwd). */
export const DEFAULT_DATA_DIR = './.data/pglite';

/** Pass as `dataDir` for a throw-away database in memory (tests). */
export const IN_MEMORY = ':memory:';

/** How to reach the database. */
export interface OpenOptions {
  /** A PostgreSQL URL (`DATABASE_URL`); when set, `dataDir` is ignored. */
  url?: string | undefined;
  /** The PGlite data directory, or `:memory:`; default {@link DEFAULT_DATA_DIR}. */
  dataDir?: string | undefined;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  /** Connections in the PostgreSQL pool (default {@link defaultPoolSize}). */
  poolSize?: number;
  /**
   * PGlite only: start from a `dumpDataDir()` snapshot instead of an empty cluster. The test
   * helpers use a snapshot taken right after migrating (about 1 s to load instead of 4–12 s).
   */
  loadDataDir?: Blob;
}

/** An open database. Close it, or the process keeps the PGlite lock / the pool's sockets. */
export interface DatabaseHandle {
  /** The drizzle database, for the repositories. */
  readonly db: Database;
  readonly kind: DatabaseKind;
  /** The data directory, or the URL with its password hidden: fit for a log line. */
  readonly location: string;
  /** Closes the database and releases the data directory; safe to call twice. */
  close(): Promise<void>;
}

/** A URL with its password replaced by `***`, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '（无法解析的数据库 URL）';
  }
}

const CONNECT_REASONS: Record<string, string> = {
  ECONNREFUSED: '连接被拒绝，服务器未运行或端口不对',
  ENOTFOUND: '找不到该主机',
  EAI_AGAIN: '无法解析该主机名',
  ETIMEDOUT: '连接超时',
  ECONNRESET: '连接被服务器断开',
  '28P01': '用户名或密码错误',
  '28000': '服务器拒绝了该用户的连接',
  '3D000': '数据库不存在',
  '57P03': '服务器正在启动或关闭',
};

function connectFailure(url: string, e: unknown): XxgkError {
  const err = e as { code?: unknown; message?: unknown; errors?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  const detail =
    CONNECT_REASONS[code] ?? (typeof err.message === 'string' && err.message ? err.message : code);
  return new XxgkError(
    'database.unavailable',
    `无法连接 PostgreSQL 数据库 ${redactUrl(url)}：${detail || '未知原因'}。请检查 DATABASE_URL 与服务器状态。`,
    { cause: e },
  );
}

/**
 * Connections a server process keeps to PostgreSQL: twice the cores plus one (the usual rule
 * for a database on the same machine), at most 10. More connections than the cores can run
 * only queue inside PostgreSQL, where a burst of requests then waits longer in all.
 */
export function defaultPoolSize(): number {
  return Math.min(10, 2 * availableParallelism() + 1);
}

async function openPostgres(url: string, options: OpenOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? defaultPoolSize(),
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server drops emits 'error' on the pool; unhandled it would end the
  // process. The next query gets a fresh connection or a clear error instead.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw connectFailure(url, e);
  }
  try {
    if (options.migrate !== false) await migratePostgresDatabase(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  let closed = false;
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string, options: OpenOptions): Promise<DatabaseHandle> {
  const inMemory = dataDir === IN_MEMORY;
  const dir = inMemory ? IN_MEMORY : resolve(dataDir);
  const lock = inMemory ? null : acquireDataDirLock(dir);
  let client: PGlite;
  try {
    if (!inMemory) mkdirSync(dir, { recursive: true });
    const load = options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
    client = inMemory ? await PGlite.create(load) : await PGlite.create(dir, load);
  } catch (e) {
    lock?.release();
    const reason = e instanceof Error ? e.message : String(e);
    throw new XxgkError('database.unavailable', `无法打开 PGlite 数据目录 ${dir}：${reason}`, {
      cause: e,
    });
  }
  try {
    if (options.migrate !== false) await migratePgliteDatabase(client);
  } catch (e) {
    await client.close().catch(() => undefined);
    lock?.release();
    throw e;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    location: dir,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Opens the database and brings its schema up to date: PostgreSQL when `url` is given
 * (`DATABASE_URL`), else embedded PGlite in `dataDir`. A PGlite directory is locked for this
 * process until `close()`: a second opener gets `database.locked`, because PGlite cannot be
 * shared between processes without losing writes.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = options.url?.trim();
  if (url) return openPostgres(url, options);
  return openPglite(options.dataDir?.trim() || DEFAULT_DATA_DIR, options);
}
