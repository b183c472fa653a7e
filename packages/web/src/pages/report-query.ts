import type { ReportQuery } from '../api/reports.js';
import type { ReportSort, ReportStatus } from '../api/types.js';

const STATUSES: readonly ReportStatus[] = ['draft', 'submitted', 'returned', 'published'];
const SORTS: readonly ReportSort[] = ['year', 'agency', 'updatedAt', 'errors'];

const int = (v: string | null): number | undefined => {
  if (v === null || !/^\d+$/u.test(v)) return undefined;
  return Number(v);
};

/** Default page size of the report list. */
export const PAGE_SIZE = 20;

/**
 * Reads the list's filters, sort and page from the address bar, ignoring anything malformed,
 * so a shared or bookmarked link shows the same list.
 */
export function queryFromSearch(search: URLSearchParams): ReportQuery {
  const status = search.get('status');
  const sort = search.get('sort');
  const hasErrors = search.get('hasErrors');
  const q = search.get('q')?.trim();
  return {
    regionId: int(search.get('regionId')),
    agencyId: int(search.get('agencyId')),
    year: int(search.get('year')),
    status: STATUSES.find((s) => s === status),
    hasErrors: hasErrors === 'true' ? true : hasErrors === 'false' ? false : undefined,
    q: q ? q : undefined,
    sort: SORTS.find((s) => s === sort),
    order:
      search.get('order') === 'asc' ? 'asc' : search.get('order') === 'desc' ? 'desc' : undefined,
    page: int(search.get('page')) ?? 1,
    pageSize: int(search.get('pageSize')) ?? PAGE_SIZE,
  };
}

/** Writes a query back as the address bar's search, leaving out defaults. */
export function searchFromQuery(query: ReportQuery): string {
  const s = new URLSearchParams();
  const put = (k: string, v: string | number | boolean | undefined) => {
    if (v !== undefined && v !== '') s.set(k, String(v));
  };
  put('regionId', query.regionId);
  put('agencyId', query.agencyId);
  put('year', query.year);
  put('status', query.status);
  put('hasErrors', query.hasErrors);
  put('q', query.q);
  put('sort', query.sort);
  put('order', query.sort ? query.order : undefined);
  if (query.page && query.page > 1) put('page', query.page);
  if (query.pageSize && query.pageSize !== PAGE_SIZE) put('pageSize', query.pageSize);
  const text = s.toString();
  return text ? `?${text}` : '';
}
