import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../open.js';
import type { DatabaseKind } from '../database.js';
import { openMigratedPglite } from './pglite-snapshot.js';
import { startPgTestServer } from './pg-server.js';

export * from './pg-server.js';
export * from './fixtures.js';
export * from './pglite-snapshot.js';
export * from './rejection.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL server the db suites may create databases on. */
    xxgkTestDatabaseUrl: string;
  }
}

/** A database engine a suite runs on: `describe.each(testBackends())`. */
export interface TestBackend {
  /** `pglite` or `postgres`, for the describe title. */
  readonly name: DatabaseKind;
  /**
   * A fresh, migrated, empty database. PGlite: in memory, from a cached snapshot. PostgreSQL:
   * a new database on the test server, dropped again by `close()`. Open one per test file.
   */
  open(): Promise<DatabaseHandle>;
}

let serverUrl: string | undefined;

/**
 * The PostgreSQL server to test on: `XXGK_TEST_DATABASE_URL`, or what the global setup
 * provided, or else the private cluster started now by scripts/pg-test-server.sh.
 */
function testServerUrl(): string {
  if (serverUrl) return serverUrl;
  const fromEnv = process.env.XXGK_TEST_DATABASE_URL?.trim();
  let provided: string | undefined;
  try {
    provided = inject('xxgkTestDatabaseUrl');
  } catch {
    provided = undefined; // not inside a Vitest worker
  }
  serverUrl = fromEnv || provided || startPgTestServer();
  return serverUrl;
}

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const pglite: TestBackend = {
  name: 'pglite',
  open: openMigratedPglite,
};

const TEST_DATABASE = /^xxgk_test_(\d+)_[0-9a-f]{8}$/u;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Drops the test databases of test processes that died before their `close()` (a timeout, a
 * kill), so they do not pile up in the shared cluster. Each name carries its creator's pid.
 */
async function dropOrphans(server: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, 'xxgk_test_')",
    );
    for (const { datname } of rows) {
      const pid = Number(TEST_DATABASE.exec(datname)?.[1]);
      if (pid && !alive(pid))
        await client
          .query(`drop database if exists "${datname}" with (force)`)
          .catch(() => undefined); // another run may be dropping it at the same moment
    }
  } finally {
    await client.end();
  }
}

let orphansDropped = false;

/** An empty database on the PostgreSQL test server (not migrated) and how to drop it. */
export async function createPostgresTestDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const server = testServerUrl();
  if (!orphansDropped) {
    orphansDropped = true;
    await dropOrphans(server);
  }
  const name = `xxgk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(server, `create database "${name}"`);
  return {
    url: databaseUrl(server, name),
    drop: () => onServer(server, `drop database if exists "${name}" with (force)`),
  };
}

const postgres: TestBackend = {
  name: 'postgres',
  async open() {
    const database = await createPostgresTestDatabase();
    const handle = await openDatabase({ url: database.url, poolSize: 4 });
    return {
      db: handle.db,
      kind: handle.kind,
      location: handle.location,
      async close() {
        await handle.close();
        await database.drop();
      },
    };
  },
};

/**
 * The backends every repository suite runs on: PGlite always, PostgreSQL unless
 * `XXGK_TEST_PG=0` says explicitly to leave it out. The PostgreSQL half never passes by being
 * absent: if no server can be had, its tests fail saying why.
 */
export function testBackends(): TestBackend[] {
  if (process.env.XXGK_TEST_PG === '0') {
    process.stderr.write('XXGK_TEST_PG=0：本次只在 PGlite 上运行数据库测试，未测 PostgreSQL。\n');
    return [pglite];
  }
  return [pglite, postgres];
}
