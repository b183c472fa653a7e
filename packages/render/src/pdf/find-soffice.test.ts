import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from './find-soffice.js';
import { removeScratchDirs, scratchDir } from './testing/pdf-tools.js';

function fakeBinary(name: string, executable = true): { dir: string; path: string } {
  const dir = scratchDir('xxgk-soffice-');
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, executable ? 0o755 : 0o644);
  return { dir, path };
}

afterAll(removeScratchDirs);

describe('findSoffice', () => {
  it('finds soffice or libreoffice on PATH', () => {
    const soffice = fakeBinary('soffice');
    const libreoffice = fakeBinary('libreoffice');
    expect(findSoffice({ env: { PATH: `/nonexistent:${soffice.dir}` }, locations: [] })).toBe(
      soffice.path,
    );
    expect(findSoffice({ env: { PATH: libreoffice.dir }, locations: [] })).toBe(libreoffice.path);
  });

  it('prefers XXGK_SOFFICE over PATH, and an explicit binary over both', () => {
    const onPath = fakeBinary('soffice');
    const configured = fakeBinary('lo-7.6');
    const explicit = fakeBinary('my-soffice');
    const env = { PATH: onPath.dir, XXGK_SOFFICE: configured.path };
    expect(findSoffice({ env, locations: [] })).toBe(configured.path);
    expect(findSoffice({ env, locations: [], soffice: explicit.path })).toBe(explicit.path);
  });

  it('ignores files that are not executable and falls back to the known install locations', () => {
    const plain = fakeBinary('soffice', false);
    const installed = fakeBinary('soffice');
    expect(findSoffice({ env: { PATH: plain.dir }, locations: [] })).toBeNull();
    expect(findSoffice({ env: { PATH: plain.dir }, locations: ['/nope', installed.path] })).toBe(
      installed.path,
    );
  });

  it('finds nothing when PATH is empty and no location exists', () => {
    expect(findSoffice({ env: {}, locations: [] })).toBeNull();
  });
});
