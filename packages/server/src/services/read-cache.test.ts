import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.js';

describe('the read cache', () => {
  it('computes once per data version and again after a write', async () => {
    const cache = new ReadCache(true);
    let calls = 0;
    const read = () => cache.get('k', () => Promise.resolve(++calls));
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    cache.invalidate();
    expect(await read()).toBe(2);
    expect(cache.dataVersion).toBe(1);
  });

  it('never keeps a result whose read overlapped a write', async () => {
    const cache = new ReadCache(true);
    let release: (v: string) => void = () => undefined;
    const slow = cache.get('k', () => new Promise<string>((r) => (release = r)));
    cache.invalidate(); // a write lands while the read is running
    release('before the write');
    expect(await slow).toBe('before the write');
    expect(await cache.get('k', () => Promise.resolve('after the write'))).toBe('after the write');
  });

  it('does nothing when disabled, and stays bounded when enabled', async () => {
    const off = new ReadCache(false);
    let calls = 0;
    await off.get('k', () => Promise.resolve(++calls));
    await off.get('k', () => Promise.resolve(++calls));
    expect(calls).toBe(2);
    const small = new ReadCache(true, 10);
    for (let i = 0; i < 25; i += 1) await small.get(`k${i}`, () => Promise.resolve(i));
    expect(small.size).toBeLessThanOrEqual(10);
  });

  it('keeps the entries read most recently when it must drop some', async () => {
    const cache = new ReadCache(true, 10);
    let calls = 0;
    const hot = () => cache.get('hot', () => Promise.resolve(++calls));
    await hot();
    for (let i = 0; i < 30; i += 1) {
      await cache.get(`once${i}`, () => Promise.resolve(i));
      await hot();
    }
    expect(calls).toBe(1);
    expect(cache.size).toBeLessThanOrEqual(10);
  });
});
