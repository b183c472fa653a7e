import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webBuildStale } from './web-build.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A web package with a source file, a built index.html and a browser test, at given times. */
function webDir(times: { src: number; dist: number; e2e: number }): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-web-build-'));
  dirs.push(dir);
  const file = (path: string, seconds: number) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), '');
    utimesSync(join(dir, path), seconds, seconds);
  };
  file('src/main.tsx', times.src);
  file('dist/index.html', times.dist);
  file('e2e/workspace.test.ts', times.e2e);
  return dir;
}

describe('webBuildStale', () => {
  it('is true when a source file is newer than the build', () => {
    expect(webBuildStale(webDir({ src: 2_000, dist: 1_000, e2e: 0 }))).toBe(true);
  });

  it('is false when the build is newer than every source file', () => {
    expect(webBuildStale(webDir({ src: 1_000, dist: 2_000, e2e: 0 }))).toBe(false);
  });

  it('ignores the browser tests in e2e/, which are not part of the built app', () => {
    expect(webBuildStale(webDir({ src: 1_000, dist: 2_000, e2e: 3_000 }))).toBe(false);
  });

  it('is true when nothing has been built yet', () => {
    const dir = webDir({ src: 1_000, dist: 2_000, e2e: 0 });
    rmSync(join(dir, 'dist'), { recursive: true });
    expect(webBuildStale(dir)).toBe(true);
  });
});
