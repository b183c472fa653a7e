import type { DatabaseHandle, Repositories, ReportRow } from '@xxgk/db';
import { createRepositories, WorkspaceRepositories } from '@xxgk/db';
import {
  createSampleOrganisation,
  openMigratedPglite,
  sampleReport,
  type SampleOrganisation,
} from '@xxgk/db/testing';
import type { Finding, Report } from '@xxgk/model';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { csrfTokenFor, SESSION_COOKIE } from '../auth/session.js';
import type { ServerConfig } from '../config.js';
import type { AppContext } from '../context.js';

/** The password every test account has. */
export const TEST_PASSWORD = 'Test-Passw0rd!';

/** The test accounts, one per role plus out-of-scope twins. */
export interface TestUsers {
  admin: number;
  /** Reviewer of the whole city (both districts). */
  reviewer: number;
  /** Reviewer of district B only. */
  reviewerB: number;
  /** Clerk of district A's bureau. */
  clerk: number;
  /** Clerk of district B's government. */
  clerkB: number;
  auditor: number;
}

/** A logged-in caller: its cookie and CSRF token, and a way to send requests with them. */
export interface Caller {
  cookie: string;
  csrf: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** A test server over a fresh in-memory PGlite. */
export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  handle: DatabaseHandle;
  repos: Repositories;
  work: WorkspaceRepositories;
  org: SampleOrganisation;
  users: TestUsers;
  /** The clock the server reads; move it with {@link advance}. */
  clock: { now: Date };
  advance(ms: number): void;
  /** A session for a user, made directly in the database (no password hashing). */
  as(userId: number): Promise<Caller>;
  /** A session for every test account at once, keyed as {@link TestUsers} (the route suites' cast). */
  everyone(): Promise<Record<keyof TestUsers, Caller>>;
  /** An anonymous caller. */
  anonymous: Caller;
  close(): Promise<void>;
}

/** Sends a request with a session cookie and CSRF header. */
export function callerFor(app: FastifyInstance, cookie: string, csrf: string): Caller {
  return {
    cookie,
    csrf,
    request: (options) =>
      app.inject({
        ...options,
        headers: {
          ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...(options.headers ?? {}),
        },
      }),
  };
}

/**
 * A server over its own in-memory database with a small organisation (a city with districts A
 * and B) and one account per role. One per test file.
 */
export async function createTestApp(
  options: { config?: Partial<ServerConfig>; webDist?: string | null; label?: string } = {},
): Promise<TestApp> {
  const handle = await openMigratedPglite();
  const repos = createRepositories(handle.db);
  const work = new WorkspaceRepositories(handle.db);
  const org = await createSampleOrganisation(repos, options.label ?? '测');
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const user = async (
    username: string,
    role: 'admin' | 'reviewer' | 'clerk' | 'auditor',
    scope: { agencyId?: number; regionId?: number } = {},
  ) =>
    (
      await repos.users.create({
        username,
        displayName: `${username}（测试）`,
        role,
        passwordHash,
        ...scope,
      })
    ).id;
  const users: TestUsers = {
    admin: await user('admin', 'admin'),
    reviewer: await user('reviewer', 'reviewer', { regionId: org.city.id }),
    reviewerB: await user('reviewer-b', 'reviewer', { regionId: org.districtB.id }),
    clerk: await user('clerk', 'clerk', { agencyId: org.bureauA.id }),
    clerkB: await user('clerk-b', 'clerk', { agencyId: org.governmentB.id }),
    auditor: await user('auditor', 'auditor'),
  };
  const clock = { now: new Date() };
  const { app, ctx } = await buildApp({
    repos,
    work,
    databaseKind: handle.kind,
    logLevel: 'silent',
    validateResponses: true,
    webDist: options.webDist === undefined ? null : options.webDist,
    now: () => clock.now,
    ...(options.config ? { config: options.config } : {}),
  });
  const as = async (userId: number): Promise<Caller> => {
    const created = await repos.sessions.create({
      userId,
      ttlMs: ctx.config.sessionAbsoluteMs,
      now: clock.now,
    });
    return callerFor(app, created.token, csrfTokenFor(created.token));
  };
  return {
    app,
    ctx,
    handle,
    repos,
    work,
    org,
    users,
    clock,
    advance(ms) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    as,
    async everyone() {
      const roles = Object.keys(users) as (keyof TestUsers)[];
      const callers = await Promise.all(roles.map((role) => as(users[role])));
      return Object.fromEntries(roles.map((role, i) => [role, callers[i]])) as Record<
        keyof TestUsers,
        Caller
      >;
    },
    anonymous: callerFor(app, '', ''),
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** Stores a report directly (bypassing the API) for an agency and year. */
export async function storeReport(
  t: TestApp,
  agencyId: number,
  year: number,
  edit: (report: Report) => void = () => undefined,
  findings: Finding[] = [],
): Promise<ReportRow> {
  const agency = await t.repos.agencies.get(agencyId);
  const report = sampleReport({ agency: agency?.name ?? '测试机关', year });
  edit(report);
  const { report: row } = await t.repos.reports.create({
    agencyId,
    year,
    origin: 'entered',
    report,
    reason: '测试数据',
    createdBy: t.users.clerk,
    findings,
  });
  return row;
}

/** The JSON body of a response. */
export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json<T>();
}
