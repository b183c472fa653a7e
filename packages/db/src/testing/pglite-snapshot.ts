import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS_FOLDER } from '../migrate.js';
import { IN_MEMORY, openDatabase, type DatabaseHandle } from '../open.js';

const SNAPSHOT_DIR = join(tmpdir(), 'xxgk-pglite-snapshots');

/**
 * A name that changes whenever a migration or the PGlite build changes, so a snapshot is never
 * reused for a different schema.
 */
function snapshotKey(): string {
  const hash = createHash('sha256');
  const pglitePackage = join(
    import.meta.dirname,
    '../../../../node_modules/@electric-sql/pglite/package.json',
  );
  try {
    hash.update(readFileSync(pglitePackage));
  } catch {
    hash.update('pglite-unknown');
  }
  const files = readdirSync(MIGRATIONS_FOLDER, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files)
    if (file.endsWith('.sql') || file.endsWith('.json')) {
      hash.update(file);
      hash.update(readFileSync(join(MIGRATIONS_FOLDER, file)));
    }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A fresh, migrated, in-memory PGlite database. The first call on a machine builds it the slow
 * way and saves a snapshot of the migrated, still empty cluster; later calls (other test files,
 * later runs) load that snapshot, which is several times faster on a busy 2-core machine.
 */
export async function openMigratedPglite(): Promise<DatabaseHandle> {
  const path = join(SNAPSHOT_DIR, `migrated-${snapshotKey()}.tar`);
  let snapshot: Buffer | null;
  try {
    snapshot = readFileSync(path);
  } catch {
    snapshot = null;
  }
  if (snapshot) {
    try {
      return await openDatabase({
        dataDir: IN_MEMORY,
        loadDataDir: new Blob([Uint8Array.from(snapshot)]),
      });
    } catch {
      rmSync(path, { force: true }); // a damaged snapshot: rebuild it below
    }
  }
  const handle = await openDatabase({ dataDir: IN_MEMORY });
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  for (const old of readdirSync(SNAPSHOT_DIR))
    if (old.startsWith('migrated-') && join(SNAPSHOT_DIR, old) !== path)
      rmSync(join(SNAPSHOT_DIR, old), { force: true });
  // Written under a private name and renamed: parallel workers never read a half-written file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return handle;
}
