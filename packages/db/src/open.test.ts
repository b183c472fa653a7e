import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor } from './data-dir-lock.js';
import { MIGRATIONS_FOLDER, migratePgliteDatabase, migratePostgresDatabase } from './migrate.js';
import { openDatabase, redactUrl, type DatabaseHandle } from './open.js';
import { createRepositories } from './repositories/index.js';
import { createPostgresTestDatabase, rejection, testBackends } from './testing/index.js';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

async function appliedMigrations(handle: DatabaseHandle): Promise<number> {
  const [row] = await handle.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(sql`drizzle.__drizzle_migrations`);
  return row?.n ?? -1;
}

describe('the committed migrations', () => {
  it('are one SQL file per journal entry', () => {
    const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql'));
    expect(files.sort()).toEqual(journal.entries.map((e) => `${e.tag}.sql`).sort());
  });
});

describe('an embedded PGlite data directory', () => {
  let root: string;
  let dataDir: string;
  let first: DatabaseHandle;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xxgk-open-'));
    dataDir = join(root, 'nested', 'pglite');
    first = await openDatabase({ dataDir });
  }, 60_000);

  afterAll(async () => {
    await first.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is created with its lock beside it and every migration applied', async () => {
    expect(first.kind).toBe('pglite');
    expect(first.location).toBe(dataDir);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(lockPathFor(dataDir))).toBe(true);
    expect(await appliedMigrations(first)).toBe(journal.entries.length);
  });

  it('cannot be opened a second time while open, and says so in Chinese', async () => {
    const err = await rejection(openDatabase({ dataDir }));
    expect(err.code).toBe('database.locked');
    expect(err.message).toContain(`数据目录 ${dataDir} 正被另一个进程（PID ${process.pid}）使用`);
    expect(err.message).toContain('DATABASE_URL');
  });

  it('keeps its data and applies no migration twice when reopened', async () => {
    const repos = createRepositories(first.db);
    await repos.regions.create({ code: '320800', name: '淮安市', level: 'prefecture' });
    await first.close();
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
    first = await openDatabase({ dataDir });
    expect(await appliedMigrations(first)).toBe(journal.entries.length);
    const again = createRepositories(first.db);
    expect((await again.regions.getByCode('320800'))?.name).toBe('淮安市');
  }, 60_000);

  it('recovers from a lock left by a process that died', async () => {
    await first.close();
    writeFileSync(
      lockPathFor(dataDir),
      JSON.stringify({ pid: 2 ** 22 + 17, host: '', token: 'x' }),
    );
    first = await openDatabase({ dataDir });
    expect(JSON.parse(readFileSync(lockPathFor(dataDir), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
  }, 60_000);
});

describe('a PostgreSQL URL that does not work', () => {
  it('gives database.unavailable with the reason and without the password', async () => {
    // Port 9 (discard) on loopback: nothing listens there, the connection is refused at once.
    const err = await rejection(openDatabase({ url: 'postgres://xxgk:s3cret@127.0.0.1:9/x' }));
    expect(err.code).toBe('database.unavailable');
    expect(err.message).toContain('连接被拒绝');
    expect(err.message).toContain('postgres://xxgk:***@127.0.0.1:9/x');
    expect(err.message).not.toContain('s3cret');
  });

  it('is shown without its password in logs', () => {
    expect(redactUrl('postgres://a:b@h:1/d')).toBe('postgres://a:***@h:1/d');
    expect(redactUrl('not a url')).toBe('（无法解析的数据库 URL）');
  });
});

describe.each(testBackends())('migrations on $name', (backend) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await backend.open();
  }, 60_000);
  afterAll(async () => handle?.close());

  it('run again without changing anything', async () => {
    expect(await appliedMigrations(handle)).toBe(journal.entries.length);
    const client = (handle.db as unknown as { $client: unknown }).$client;
    if (backend.name === 'pglite')
      await migratePgliteDatabase(client as Parameters<typeof migratePgliteDatabase>[0]);
    else await migratePostgresDatabase(client as Parameters<typeof migratePostgresDatabase>[0]);
    expect(await appliedMigrations(handle)).toBe(journal.entries.length);
  });

  it('install the triggers that guard versions, the audit log and the case event log', async () => {
    const rows = await handle.db
      .select({ name: sql<string>`tgname` })
      .from(sql`pg_trigger`)
      .where(sql`not tgisinternal`)
      .orderBy(sql`tgname`);
    expect(rows.map((r) => r.name)).toEqual([
      'application_events_append_only',
      'application_events_no_truncate',
      'audit_log_append_only',
      'audit_log_no_truncate',
      'report_versions_guard',
      'report_versions_no_truncate',
    ]);
  });
});

describe.each(testBackends().filter((b) => b.name === 'postgres'))(
  'several servers starting at once on $name',
  () => {
    it('migrate a new database exactly once between them', async () => {
      const database = await createPostgresTestDatabase();
      const handles = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ url: database.url, poolSize: 2 })),
      );
      try {
        for (const handle of handles)
          expect(await appliedMigrations(handle)).toBe(journal.entries.length);
      } finally {
        await Promise.all(handles.map((h) => h.close()));
        await database.drop();
      }
    });
  },
);
