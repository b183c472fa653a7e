// Runs every check `npm test` promises — the system packages the suites need (installed when
// missing), typecheck, lint, all Vitest suites including the browser and PostgreSQL ones — and
// ends with the plain `N passed, N failed` line CI reads (it does not parse Vitest's summary).
// XXGK_SKIP_SYSTEM_DEPS=1 skips the installer (for machines without root); the suites that need
// a missing package then fail and say so, they are never skipped silently.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = process.env) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: false, env }).status ?? 1;
let passed = 0;
let failed = 0;
const step = (name, ok) => {
  if (ok) passed += 1;
  else failed += 1;
  process.stdout.write(`${ok ? '✓' : '✗'} ${name}\n`);
};

if (process.env.XXGK_SKIP_SYSTEM_DEPS !== '1')
  step('system packages', run('bash', ['scripts/ensure-system-deps.sh']) === 0);
step('typecheck', run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) === 0);
step('lint', run('npx', ['eslint', '.', '--max-warnings=0']) === 0);

const results = '.vitest-results.json';
rmSync(results, { force: true });
const vitestStatus = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`],
  { ...process.env, XXGK_TEST_PG: process.env.XXGK_TEST_PG ?? '1' },
);
try {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numPendingTests + json.numTodoTests > 0)
    process.stdout.write(`skipped: ${json.numPendingTests + json.numTodoTests}\n`);
  if (vitestStatus !== 0 && json.numFailedTests === 0) failed += 1;
} catch {
  failed += 1;
  process.stdout.write('vitest produced no results\n');
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
