import { XxgkError } from '@xxgk/model';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Options of `xxgk serve`. */
export interface ServeOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** False with `--no-demo`. */
  demo?: boolean;
}

/**
 * `xxgk serve`: starts the report workspace (what `npm start` runs) and resolves when it has
 * been stopped with Ctrl+C or SIGTERM. The server and the database are imported only here, so
 * the document commands never load them.
 */
export async function serveCommand(options: ServeOptions, io: CliIo): Promise<ExitCode> {
  const port = options.port === undefined ? 3000 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new XxgkError('usage', `--port ${options.port ?? ''} 不是有效的端口号（0–65535）`);
  const { startServer } = await import('@xxgk/server');
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const server = await startServer({
    port,
    ...(options.host ? { host: options.host } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
    demo: options.demo !== false,
    print: (text) => io.stdout(`${text}\n`),
  });
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stderr('正在停止……\n');
      server.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
