/** A copy of an object without some keys: used to select every column but a secret or a blob. */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...object };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}
