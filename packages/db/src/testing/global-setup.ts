import type { TestProject } from 'vitest/node';
import { pgTestServerRunning, startPgTestServer, stopPgTestServer } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL server the db suites may create databases on. */
    xxgkTestDatabaseUrl: string;
  }
}

/**
 * Vitest global setup for the PostgreSQL half of the repository suites. Wire it in the root
 * vitest config (`test.globalSetup: ['packages/db/src/testing/global-setup.ts']`):
 * - with `XXGK_TEST_DATABASE_URL` set, that server is used as is;
 * - with `XXGK_TEST_PG=1`, the private cluster (scripts/pg-test-server.sh) is started once for
 *   the run and stopped afterwards if this run started it;
 * - otherwise each suite starts the cluster itself on first use (see testBackends()).
 */
export default function setup(project: TestProject): (() => void) | undefined {
  const given = process.env.XXGK_TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('xxgkTestDatabaseUrl', given);
    return undefined;
  }
  if (process.env.XXGK_TEST_PG !== '1') return undefined;
  const wasRunning = pgTestServerRunning();
  const url = startPgTestServer();
  process.env.XXGK_TEST_DATABASE_URL = url;
  project.provide('xxgkTestDatabaseUrl', url);
  return () => {
    if (!wasRunning) stopPgTestServer();
  };
}
