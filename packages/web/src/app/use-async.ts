import { useCallback, useEffect, useRef, useState } from 'react';

/** State of a loaded value. */
export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Loads again (e.g. after a change was saved). */
  reload: () => void;
}

/**
 * Loads a value whenever `deps` change, dropping answers that arrive after newer requests so
 * a slow response never overwrites a newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  // The caller lists the dependencies, as with useEffect.
  const run = useCallback(load, deps);
  useEffect(() => {
    const id = (latest.current += 1);
    setLoading(true);
    run().then(
      (value) => {
        if (id !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (id !== latest.current) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setLoading(false);
      },
    );
  }, [run, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
