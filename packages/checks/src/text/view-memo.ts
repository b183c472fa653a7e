import type { TextView } from './text-view.js';

/**
 * Names one fact worked out once per text view (a scan, a table of blocks) and shared by the
 * rules that read it. The type parameter is the fact's type; the key itself holds no value.
 */
export interface MemoKey<T> {
  readonly name: string;
  /** Never set: carries `T` so that {@link memoOf} is typed by its key. */
  readonly _type?: T;
}

/** A new key; make one per fact, at module level. */
export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

/**
 * The fact `key` names for this view, made by `make` the first time it is asked for.
 *
 * The facts live on the view itself, not in a module-level `WeakMap` keyed by the view: V8
 * keeps a young WeakMap entry (key and value) alive through every minor collection until a
 * full one, so a fresh view per check promoted ~7 KB per report to the old space and slowed
 * every scavenge of the parse→check loop (measured: heap after scavenge grew 0.44 MB per
 * scavenge with three such WeakMaps, 0.13 MB without).
 */
export function memoOf<T>(view: TextView, key: MemoKey<T>, make: () => T): T {
  const memo = view.memo;
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  memo.set(key, value);
  return value;
}
