/** Which page of a list to return (1-based). */
export interface PageRequest {
  /** 1-based page number; default 1. */
  page?: number;
  /** Rows per page; default 20, at most {@link MAX_PAGE_SIZE}. */
  pageSize?: number;
}

/** One page of a list and the size of the whole list. */
export interface Page<T> {
  items: T[];
  /** Rows matching the filter, on every page together. */
  total: number;
  page: number;
  pageSize: number;
}

/** Largest page a caller may ask for, so that no request reads a whole table. */
export const MAX_PAGE_SIZE = 200;

/** The page and page size to use, clamped to sane bounds, and the row offset they mean. */
export function normalizePage(request: PageRequest = {}): {
  page: number;
  pageSize: number;
  offset: number;
} {
  const size = Math.trunc(request.pageSize ?? 20);
  const pageSize = Number.isFinite(size) ? Math.min(Math.max(size, 1), MAX_PAGE_SIZE) : 20;
  const p = Math.trunc(request.page ?? 1);
  const page = Number.isFinite(p) && p >= 1 ? p : 1;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** Escapes `%`, `_` and `\` so user text can sit inside a LIKE pattern literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/gu, (c) => `\\${c}`);
}
