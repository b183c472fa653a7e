import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlState, violatedConstraint } from '../db-errors.js';
import {
  MIGRATIONS_FOLDER,
  MIGRATIONS_TABLE,
  migratePgliteDatabase,
  migratePostgresDatabase,
} from '../migrate.js';
import { IN_MEMORY, openDatabase, type DatabaseHandle } from '../open.js';
import { applicationEvents } from '../schema/index.js';
import {
  createPostgresTestDatabase,
  createSampleOrganisation,
  testBackends,
  type SampleOrganisation,
} from '../testing/index.js';
import type { NewApplication } from './casework-applications.js';
import type { StoredCaseEvent } from './casework-derive.js';
import { createRepositories, type Repositories } from './index.js';

function intake(agencyId: number): NewApplication {
  return {
    agencyId,
    channel: 'inPerson',
    receipt: { submittedOn: '2025-09-26' },
    receivedOn: '2025-09-26',
    applicantType: 'naturalPerson',
    applicantName: '张三',
    identity: null,
    content: '2024年某某地块土地征收批复文件',
    createdBy: null,
  };
}

/** The constraint a failed write broke, or why the write did not fail. */
async function brokenConstraint(write: Promise<unknown>): Promise<string | null> {
  try {
    await write;
  } catch (e) {
    if (sqlState(e) === '23514') return violatedConstraint(e);
    throw e;
  }
  return null;
}

const REASONS = '第3至5页含有第三方的个人信息，第三方不同意公开。\n第7页为内部讨论记录。';

describe.each(testBackends())('the reasons of a reply on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let org: SampleOrganisation;

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    org = await createSampleOrganisation(repos, '理');
  }, 60_000);
  afterAll(async () => handle?.close());

  it('are stored in the reply event and read back with it, line breaks kept', async () => {
    const app = await repos.applications.create(intake(org.bureauA.id));
    const after = await repos.applications.appendEvent(
      app.id,
      { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted', details: REASONS },
      { recordedBy: null },
    );
    expect(after.outcome).toBe('partiallyGranted');
    const again = await repos.applications.get(app.id);
    expect(again?.events.map((e) => e.data)).toEqual([
      { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted', details: REASONS },
    ]);
  });

  it('are refused by the database when blank, too long, not text, or on an event that is not a reply', async () => {
    const app = await repos.applications.create(intake(org.bureauA.id));
    const append = (event: Record<string, unknown>) =>
      repos.applications.appendEvent(app.id, event as unknown as StoredCaseEvent, {
        recordedBy: null,
      });
    const reply = { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted' };
    expect(await brokenConstraint(append({ ...reply, details: ' \t\n ' }))).toBe(
      'application_events_details_valid',
    );
    expect(await brokenConstraint(append({ ...reply, details: '理'.repeat(4001) }))).toBe(
      'application_events_details_valid',
    );
    expect(await brokenConstraint(append({ ...reply, details: ['理由'] }))).toBe(
      'application_events_details_valid',
    );
    expect(
      await brokenConstraint(
        append({ type: 'extensionApproved', date: '2025-10-20', details: '理由' }),
      ),
    ).toBe('application_events_details_valid');
    // Nothing of the refused writes remains: the case is still open with an empty log.
    const again = await repos.applications.get(app.id);
    expect(again?.events).toEqual([]);
    expect(again?.closedOn).toBeNull();
    expect(await brokenConstraint(append({ ...reply, details: '理'.repeat(4000) }))).toBeNull();
  });
});

/** A copy of the committed migrations that stops before `tag` (the database as it was). */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-migrations-'));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe.each(testBackends())('migration 0007 on $name', (backend) => {
  let handle: DatabaseHandle;
  let dropDatabase: (() => Promise<void>) | undefined;
  let folder: string;

  beforeAll(async () => {
    folder = migrationsBefore('0007_reply-details');
    const config = {
      migrationsFolder: folder,
      migrationsSchema: MIGRATIONS_TABLE.schema,
      migrationsTable: MIGRATIONS_TABLE.table,
    };
    if (backend.name === 'pglite') {
      handle = await openDatabase({ dataDir: IN_MEMORY, migrate: false });
      await migratePglite(handle.db as unknown as PgliteDatabase, config);
    } else {
      const database = await createPostgresTestDatabase();
      dropDatabase = () => database.drop();
      handle = await openDatabase({ url: database.url, poolSize: 2, migrate: false });
      await migrateNodePg(handle.db as unknown as NodePgDatabase, config);
    }
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
    await dropDatabase?.();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the replies recorded before it, without reasons, and guards those recorded after', async () => {
    const repos = createRepositories(handle.db);
    const org = await createSampleOrganisation(repos, '迁');
    const old = await repos.applications.create(intake(org.bureauA.id));
    await repos.applications.appendEvent(
      old.id,
      { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted' },
      { recordedBy: null },
    );
    const client = (handle.db as unknown as { $client: unknown }).$client;
    if (backend.name === 'pglite')
      await migratePgliteDatabase(client as Parameters<typeof migratePgliteDatabase>[0]);
    else await migratePostgresDatabase(client as Parameters<typeof migratePostgresDatabase>[0]);

    const [constraint] = await handle.db
      .select({ name: sql<string>`conname` })
      .from(sql`pg_constraint`)
      .where(sql`conname = 'application_events_details_valid'`);
    expect(constraint?.name).toBe('application_events_details_valid');
    const rows = await handle.db
      .select({ data: applicationEvents.data })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, old.id));
    expect(rows.map((r) => r.data)).toEqual([
      { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted' },
    ]);
    const fresh = await repos.applications.create(intake(org.bureauA.id));
    expect(
      await brokenConstraint(
        repos.applications.appendEvent(
          fresh.id,
          { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted', details: ' ' },
          { recordedBy: null },
        ),
      ),
    ).toBe('application_events_details_valid');
  });
});
