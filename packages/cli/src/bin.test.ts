import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESTDATA } from './testing/testdata.js';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'packages/cli/bin/xxgk.mjs');
const SEEDS = join(TESTDATA, 'seeds');

describe('the xxgk bin', () => {
  it('runs the TypeScript sources with no build step and exits with the command’s code', () => {
    const seed = join(
      SEEDS,
      readdirSync(SEEDS)
        .filter((n) => n.endsWith('.txt'))
        .sort()[0] ?? '',
    );
    const ok = spawnSync(process.execPath, [BIN, 'parse', '--json', seed], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { format: string }).format).toBe('2021');

    const missing = spawnSync(process.execPath, [BIN, 'check', 'no-such-file.txt'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('错误：找不到文件 no-such-file.txt\n');
  });
});
