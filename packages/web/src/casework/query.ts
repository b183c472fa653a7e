/**
 * The address of a page with some query parameters replaced (undefined or '' removes one), so
 * filters live in the URL and survive reloads and shared links.
 */
export function withQuery(
  path: string,
  current: URLSearchParams,
  patch: Record<string, string | number | undefined>,
): string {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  const text = next.toString();
  return text ? `${path}?${text}` : path;
}
