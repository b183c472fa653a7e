import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_WEB_DIST, ensureWebBuild, startServer, type RunningServer } from '@xxgk/server';
import { ApiClient } from './api-client.js';

/** An account the tests sign in with. */
export interface Account {
  username: string;
  password: string;
}

/** A real xxgk server on a free port with its own empty PGlite directory. */
export interface TestServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  /** The first administrator, with the one-time password the server printed at start. */
  admin: Account;
  /** The auditor set up at start, when the server creates one (its password printed once). */
  auditor: Account | null;
  /** An API client signed in as the administrator, for setting up data. */
  adminApi(): Promise<ApiClient>;
  /** Stops the server, releases the PGlite lock and removes the data directory. */
  stop(): Promise<void>;
}

/**
 * A web app built elsewhere to serve instead of packages/web/dist (XXGK_E2E_WEB_DIST): for
 * running the suite against a chosen build without rebuilding the one in the tree.
 */
const PREBUILT_WEB = process.env.XXGK_E2E_WEB_DIST;

/** Held while one test process builds the web app; other test files wait for it. */
const BUILD_LOCK = join(tmpdir(), 'xxgk-e2e-web-build.lock');
/** A lock older than this was left by a process that died: a build takes seconds. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Builds the web app when its dist is stale, one test process at a time, and copies it to
 * `into`: test files run in parallel workers on a machine with more cores, and two builds
 * emptying the same dist/ at once would serve a half-written app; the copy is what the test
 * server serves, so a later rebuild of dist/ (another test file, `npm start`) cannot pull
 * pages from under a running suite. The lock is a directory (mkdir is atomic).
 */
async function buildWebOnce(into: string): Promise<void> {
  const deadline = Date.now() + 2 * STALE_LOCK_MS;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`等待网页构建锁超时：${BUILD_LOCK}`);
      else await sleep(250);
    }
  }
  try {
    const built: string[] = [];
    const outcome = ensureWebBuild((line) => built.push(line));
    if (outcome === 'failed' || outcome === 'no-build-script')
      throw new Error(`网页界面构建失败，浏览器测试无法进行：\n${built.join('\n')}`);
    cpSync(DEFAULT_WEB_DIST, into, { recursive: true });
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Starts the server as `npm start` does but without demo data, on a random port with a fresh
 * PGlite data directory in a temporary directory: the tests build their own organisation, so
 * what they see is what they did. The web app is built first when its dist is stale and a
 * copy of it is served; a failed build fails here (the server alone would start with the API
 * only and every page test would time out instead of saying why).
 */
export async function startTestServer(): Promise<TestServer> {
  const root = mkdtempSync(join(tmpdir(), 'xxgk-e2e-'));
  const dataDir = join(root, 'pglite');
  const webDist = PREBUILT_WEB ?? join(root, 'web');
  try {
    if (!PREBUILT_WEB) await buildWebOnce(webDist);
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
  const printed: string[] = [];
  let server: RunningServer;
  try {
    server = await startServer({
      port: 0,
      dataDir,
      demo: false,
      buildWeb: false,
      webDist,
      logLevel: 'warn',
      print: (t) => printed.push(t),
    });
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
  const stop = async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  };
  const text = printed.join('\n');
  const admin = /管理员账号：用户名 (\S+)，初始密码 (\S+)/u.exec(text);
  const auditor = /审计员账号：用户名 (\S+)，初始密码 (\S+)/u.exec(text);
  if (!admin?.[1] || !admin[2]) {
    await stop();
    throw new Error(`服务器启动时没有打印首个管理员的账号：\n${text}`);
  }
  const adminAccount = { username: admin[1], password: admin[2] };
  return {
    url: server.url,
    admin: adminAccount,
    auditor: auditor?.[1] && auditor[2] ? { username: auditor[1], password: auditor[2] } : null,
    async adminApi() {
      const api = new ApiClient(server.url);
      await api.login(adminAccount.username, adminAccount.password);
      return api;
    },
    stop,
  };
}
