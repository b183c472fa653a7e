import { isXxgkError } from '@xxgk/model';
import { startServer } from './start.js';

/**
 * `npm start`: the server with its settings from the environment — PORT (default 3000), HOST
 * (default 127.0.0.1), DATABASE_URL (PostgreSQL instead of PGlite), XXGK_DATA_DIR (default
 * ./.data/pglite), XXGK_NO_DEMO=1 (no demo data), XXGK_SKIP_WEB_BUILD=1, XXGK_TRUST_PROXY=1
 * (behind a reverse proxy), LOG_LEVEL.
 */
async function main(): Promise<void> {
  const env = process.env;
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`错误：PORT=${env.PORT} 不是有效的端口号（0–65535）。\n`);
    process.exit(2);
  }
  const server = await startServer({
    port,
    ...(env.HOST ? { host: env.HOST } : {}),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.XXGK_DATA_DIR ? { dataDir: env.XXGK_DATA_DIR } : {}),
    demo: env.XXGK_NO_DEMO !== '1',
    buildWeb: env.XXGK_SKIP_WEB_BUILD !== '1',
    // Behind a reverse proxy (nginx terminating https): client addresses for the audit log and
    // the login rate limit, and the Secure cookie flag, come from X-Forwarded-* headers.
    ...(env.XXGK_TRUST_PROXY === '1' ? { config: { trustProxy: true } } : {}),
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n收到 ${signal}，正在停止……\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  const message = isXxgkError(e) ? e.message : e instanceof Error ? e.message : String(e);
  const hint =
    (e as { code?: string }).code === 'EADDRINUSE' ? '（端口已被占用：设置 PORT 换一个端口）' : '';
  process.stderr.write(`错误：xxgk 无法启动：${message}${hint}\n`);
  process.exit(1);
});
