import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import {
  createRepositories,
  DEFAULT_DATA_DIR,
  openDatabase,
  ROLES,
  WorkspaceRepositories,
  type DatabaseHandle,
} from '@xxgk/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { hashPassword } from './auth/passwords.js';
import type { ServerConfig } from './config.js';
import { DEMO_ACCOUNTS } from './demo/demo-data.js';
import { loadDemo } from './demo/load-demo.js';
import { configureSecretKey, loadOrCreateSecretKey } from './services/casework-identity.js';
import { ensureWebBuild } from './web-build.js';

/** How to start the server (`npm start`, `xxgk serve`). */
export interface StartOptions {
  /** Port; 0 picks a free one. Default 3000. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (this machine only); 0.0.0.0 opens it to the network. */
  host?: string;
  /** PGlite data directory. Default ./.data/pglite. */
  dataDir?: string;
  /** A PostgreSQL URL; when set, the data directory is not used. */
  databaseUrl?: string;
  /** Load the demo into an empty database (default true). */
  demo?: boolean;
  /** Build the web app first when its dist is stale (default: unless XXGK_SKIP_WEB_BUILD=1). */
  buildWeb?: boolean;
  /** pino level; default LOG_LEVEL or info. */
  logLevel?: string;
  /** The built web app; default packages/web/dist. */
  webDist?: string | null;
  config?: Partial<ServerConfig>;
  /** Where the start-up messages go (the address, the accounts). */
  print?: (text: string) => void;
}

/** A running server. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Stops listening and closes the database (releasing the PGlite lock). */
  close(): Promise<void>;
}

const roleLabel = (role: string): string => ROLES.find((r) => r.key === role)?.label ?? role;

/** The lines printed at start: the address, and the demo accounts when the demo is loaded. */
export function banner(
  url: string,
  demoLoaded: boolean,
  firstAdmin: { username: string; password: string } | null,
  firstAuditor: { username: string; password: string } | null = null,
): string {
  const lines = [
    '',
    `xxgk 政府信息公开工作年度报告系统已启动：${url}`,
    `接口文档：${url}/api/docs`,
  ];
  if (demoLoaded) {
    lines.push('', '演示账号（仅供演示，正式使用前请修改密码）：');
    for (const a of DEMO_ACCOUNTS)
      lines.push(
        `  ${roleLabel(a.role)}  ${a.username.padEnd(13)} 密码 ${a.password}   ${a.displayName}`,
      );
  }
  if (firstAdmin)
    lines.push(
      '',
      `已创建首个管理员账号：用户名 ${firstAdmin.username}，初始密码 ${firstAdmin.password}`,
      '（此密码只显示这一次，请登录后立即修改。）',
    );
  if (firstAuditor)
    lines.push(
      `已创建审计员账号：用户名 ${firstAuditor.username}，初始密码 ${firstAuditor.password}`,
      '（请交给审计员本人并立即修改；系统管理员不能重置审计员密码。）',
    );
  lines.push('', '按 Ctrl+C 停止。', '');
  return lines.join('\n');
}

/** A random initial password that meets the policy (all four classes). */
function initialPassword(): string {
  return `Xx-${randomBytes(9).toString('base64url')}-9a`;
}

/**
 * Starts xxgk: builds the web app if needed, opens the database (PGlite in the data directory,
 * locked to this process, or PostgreSQL), runs migrations, loads the demo into an empty
 * database once, and listens. Prints the address and the demo accounts.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  const buildWeb = options.buildWeb ?? process.env.XXGK_SKIP_WEB_BUILD !== '1';
  if (buildWeb && options.webDist === undefined) ensureWebBuild(print);
  const database = await openDatabase({
    url: options.databaseUrl,
    dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
  });
  try {
    // Identity documents are encrypted with XXGK_SECRET_KEY or the key file next to the data.
    configureSecretKey(await loadOrCreateSecretKey(dirname(options.dataDir ?? DEFAULT_DATA_DIR)));
    const repos = createRepositories(database.db);
    let demoLoaded = false;
    let firstAdmin: { username: string; password: string } | null = null;
    let firstAuditor: { username: string; password: string } | null = null;
    const anyone = await repos.users.list({ pageSize: 1 });
    if (anyone.total === 0) {
      if (options.demo !== false) {
        print('首次启动：正在载入演示数据（行政区划、机关、账号和 6 份真实年报）……');
        await loadDemo(repos);
        demoLoaded = true;
      } else {
        const password = initialPassword();
        const user = await repos.users.create({
          username: 'admin',
          displayName: '系统管理员',
          role: 'admin',
          passwordHash: await hashPassword(password),
        });
        await repos.audit.append({
          actorId: null,
          actorName: null,
          action: 'system.first-admin',
          entity: 'user',
          entityId: user.id,
        });
        firstAdmin = { username: 'admin', password };
        // The administrator may not create auditors (separation of duties), so setup does.
        const auditorPassword = initialPassword();
        const auditor = await repos.users.create({
          username: 'auditor',
          displayName: '审计员',
          role: 'auditor',
          passwordHash: await hashPassword(auditorPassword),
        });
        await repos.audit.append({
          actorId: null,
          actorName: null,
          action: 'system.first-auditor',
          entity: 'user',
          entityId: auditor.id,
        });
        firstAuditor = { username: 'auditor', password: auditorPassword };
      }
    }
    const { app } = await buildApp({
      repos,
      work: new WorkspaceRepositories(database.db),
      databaseKind: database.kind,
      ...(options.config ? { config: options.config } : {}),
      ...(options.logLevel ? { logLevel: options.logLevel } : {}),
      ...(options.webDist !== undefined ? { webDist: options.webDist } : {}),
    });
    const host = options.host ?? '127.0.0.1';
    await app.listen({ port: options.port ?? 3000, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : (options.port ?? 3000);
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    print(banner(url, demoLoaded, firstAdmin, firstAuditor));
    return {
      url,
      app,
      database,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}
