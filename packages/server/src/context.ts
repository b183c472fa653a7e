import type { DatabaseKind, Repositories, WorkspaceRepositories } from '@xxgk/db';
import type { ServerConfig } from './config.js';

/** What every route and service works with: the repositories, the engine and the policies. */
export interface AppContext {
  repos: Repositories;
  work: WorkspaceRepositories;
  databaseKind: DatabaseKind;
  config: ServerConfig;
  /** The clock; tests move it to reach idle timeouts and lock expiry. */
  now(): Date;
}
