/**
 * A cache of read results that is exact, not merely fresh-ish: every state-changing request
 * bumps the data version and empties it, and a result is stored under the version current
 * when its read began, so a read that overlapped a write is never served again.
 *
 * Enabled only on PGlite: the data directory is locked to this one process, so every write
 * passes through here and invalidation is complete. On PostgreSQL several servers may share
 * the database, and its queries are cheap enough without it.
 */
export class ReadCache {
  private version = 0;
  private readonly entries = new Map<string, { version: number; value: unknown }>();

  constructor(
    readonly enabled: boolean,
    private readonly maxEntries = 5000,
  ) {}

  /** The data version; it changes on every write. */
  get dataVersion(): number {
    return this.version;
  }

  /** Forgets everything: called after every state-changing request. */
  invalidate(): void {
    this.version += 1;
    this.entries.clear();
  }

  /** The cached value for `key`, or computes and keeps it. The value must not be mutated. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const hit = this.entries.get(key);
    if (hit && hit.version === this.version) {
      // Least recently used goes first: a hit moves to the end of the Map's order, so a burst
      // of one-off reads (random report pages) cannot push out the pages everyone reads.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const startedAt = this.version;
    const value = await compute();
    if (startedAt === this.version) {
      if (this.entries.size >= this.maxEntries) {
        // Drop the least recently used tenth: Map keeps insertion (and re-insertion) order.
        let n = Math.ceil(this.maxEntries / 10);
        for (const k of this.entries.keys()) {
          this.entries.delete(k);
          if (--n <= 0) break;
        }
      }
      this.entries.set(key, { version: startedAt, value });
    }
    return value;
  }

  /** Number of entries (tests). */
  get size(): number {
    return this.entries.size;
  }
}
