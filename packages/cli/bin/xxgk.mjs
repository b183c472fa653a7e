#!/usr/bin/env node
// The xxgk command. The packages are TypeScript run without a build step, so register tsx's
// loader first and then load the entry; this works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
try {
  await import('../src/main.ts');
} catch (error) {
  // Only a broken installation gets here (the commands catch their own failures): say so
  // in one line instead of a stack trace.
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`错误：xxgk 无法启动（${detail}），请在项目目录中重新运行 npm ci。\n`);
  process.exitCode = 2;
}
