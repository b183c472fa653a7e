import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateSecretKey, protectIdentity, revealIdentity } from './casework-identity.js';

describe('identity documents', () => {
  it('are stored encrypted, shown masked and compared by a keyed hash of the normalised number', () => {
    const a = protectIdentity('居民身份证', '11010119900101123x');
    const b = protectIdentity('居民身份证', '110101 19900101123X');
    expect(a.masked).toBe('110***********123X');
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toContain('1101');
    expect(Buffer.from(a.encrypted).equals(Buffer.from(b.encrypted))).toBe(false);
    expect(revealIdentity(a.encrypted)).toBe('11010119900101123X');
    expect(protectIdentity('护照', 'E12345678').hash).not.toBe(a.hash);
  });

  it('refuse to decrypt a tampered value', () => {
    const a = protectIdentity('居民身份证', '110101199001011234');
    const tampered = new Uint8Array(a.encrypted);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => revealIdentity(tampered)).toThrow();
  });

  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('take their key from a file made at first start, readable by the owner only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xxgk-key-'));
    dirs.push(dir);
    const saved = process.env.XXGK_SECRET_KEY;
    delete process.env.XXGK_SECRET_KEY;
    try {
      const first = await loadOrCreateSecretKey(join(dir, 'data'));
      const again = await loadOrCreateSecretKey(join(dir, 'data'));
      expect(first.length).toBe(32);
      expect(again.equals(first)).toBe(true);
      expect((await stat(join(dir, 'data', 'secret.key'))).mode & 0o777).toBe(0o600);
      process.env.XXGK_SECRET_KEY = 'ab'.repeat(32);
      expect((await loadOrCreateSecretKey(join(dir, 'data'))).toString('hex')).toBe(
        'ab'.repeat(32),
      );
      process.env.XXGK_SECRET_KEY = 'short';
      await expect(loadOrCreateSecretKey(join(dir, 'data'))).rejects.toThrow('32 字节');
    } finally {
      if (saved === undefined) delete process.env.XXGK_SECRET_KEY;
      else process.env.XXGK_SECRET_KEY = saved;
    }
  });
});
