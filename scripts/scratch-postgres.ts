// A throwaway database on a PostgreSQL server, for the benchmarks that measure PostgreSQL
// beside PGlite: created under a random name, dropped (even with open connections) afterwards.
import { randomBytes } from 'node:crypto';

/** Creates `<prefix>_<random hex>` on the server at `serverUrl`; `drop` removes it. */
export async function scratchPostgres(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const pg = (await import('pg')).default;
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists "${name}" with (force)`),
  };
}
