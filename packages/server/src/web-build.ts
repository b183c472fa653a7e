import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/web. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** The newest modification time of the web app's sources (src/, public/, config files). */
export function newestSourceTime(webDir: string = WEB_DIR): number {
  let newest = 0;
  const visit = (path: string): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path))
        if (name !== 'node_modules' && name !== 'dist') visit(join(path, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  // e2e/ holds the browser tests, which are not part of the built app.
  for (const name of readdirSync(webDir))
    if (name !== 'node_modules' && name !== 'dist' && name !== 'e2e') visit(join(webDir, name));
  return newest;
}

/** True when dist/index.html is missing or older than a source file. */
export function webBuildStale(webDir: string = WEB_DIR): boolean {
  const index = join(webDir, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  return statSync(index).mtimeMs < newestSourceTime(webDir);
}

/** What happened to the web build. */
export type WebBuildOutcome = 'fresh' | 'built' | 'no-build-script' | 'failed';

/**
 * Builds the web app (`npm run build -w @xxgk/web`) when its dist is missing or older than its
 * sources, so `npm start` on a fresh clone serves the current app. A failed build is reported
 * and the server still starts (the API works; / explains what is missing).
 */
export function ensureWebBuild(
  log: (line: string) => void,
  webDir: string = WEB_DIR,
): WebBuildOutcome {
  if (!webBuildStale(webDir)) return 'fresh';
  const pkg = JSON.parse(readFileSync(join(webDir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!pkg.scripts?.build) {
    log('网页界面（packages/web）还没有构建脚本，本次只提供 API。');
    return 'no-build-script';
  }
  log('正在构建网页界面（npm run build -w @xxgk/web）……');
  const result = spawnSync('npm', ['run', 'build', '-w', '@xxgk/web'], {
    cwd: join(webDir, '..', '..'),
    stdio: ['ignore', 'ignore', 'pipe'],
    // Vite keeps an inherited NODE_ENV: started from a test run (NODE_ENV=test) it would build
    // React's development bundle, which `npm start` would then serve as if it were current.
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (result.status === 0) return 'built';
  const tail = (result.stderr ?? '').trim().split('\n').slice(-5).join('\n');
  log(`网页界面构建失败（退出码 ${result.status ?? '无'}），本次只提供 API：\n${tail}`);
  return 'failed';
}
