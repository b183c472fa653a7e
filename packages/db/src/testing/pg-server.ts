import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The script that runs the private PostgreSQL 15 test cluster (see its header). */
export const PG_TEST_SERVER_SCRIPT = fileURLToPath(
  new URL('../../../../scripts/pg-test-server.sh', import.meta.url),
);

function run(command: 'start' | 'stop' | 'status'): {
  ok: boolean;
  stdout: string;
  stderr: string;
} {
  try {
    const stdout = execFileSync(PG_TEST_SERVER_SCRIPT, [command], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    return { ok: true, stdout: stdout.trim(), stderr: '' };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message?: string };
    return {
      ok: false,
      stdout: err.stdout?.trim() ?? '',
      stderr: err.stderr?.trim() || err.message || '',
    };
  }
}

/** Starts the test cluster if needed (idempotent, safe from parallel workers); returns its URL. */
export function startPgTestServer(): string {
  const result = run('start');
  const url = result.stdout.split('\n').pop() ?? '';
  if (!result.ok || !url.startsWith('postgres://'))
    throw new Error(
      `无法启动 PostgreSQL 测试集群（${PG_TEST_SERVER_SCRIPT} start）：${result.stderr || '没有输出 URL'}。` +
        '也可设置 XXGK_TEST_DATABASE_URL 指向一个可用的服务器；' +
        '确需只测 PGlite 时设置 XXGK_TEST_PG=0。',
    );
  return url;
}

/** True if the test cluster is running. */
export function pgTestServerRunning(): boolean {
  return run('status').ok;
}

/** Stops the test cluster. */
export function stopPgTestServer(): void {
  run('stop');
}
