import type { DatabaseKind, Repositories, WorkspaceRepositories } from '@xxgk/db';
import type { ServerConfig } from './config.js';
import type { ReadCache } from './services/read-cache.js';

/** What every route and service works with: the repositories, the engine and the policies. */
export interface AppContext {
  repos: Repositories;
  work: WorkspaceRepositories;
  databaseKind: DatabaseKind;
  config: ServerConfig;
  /** Reads cached until the next write (PGlite only; see ReadCache). */
  cache: ReadCache;
  /** Check pre-serialised response bodies against their schema too (tests). */
  validateResponses?: boolean;
  /** The clock; tests move it to reach idle timeouts and lock expiry. */
  now(): Date;
}
