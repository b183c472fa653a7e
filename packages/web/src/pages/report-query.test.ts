import { describe, expect, it } from 'vitest';
import { queryFromSearch, searchFromQuery } from './report-query.js';

describe('report list address', () => {
  it('reads filters, sort and page from the address bar', () => {
    const q = queryFromSearch(
      new URLSearchParams(
        'regionId=3&year=2024&status=submitted&hasErrors=true&sort=errors&order=desc&page=2',
      ),
    );
    expect(q).toEqual({
      regionId: 3,
      agencyId: undefined,
      year: 2024,
      status: 'submitted',
      hasErrors: true,
      q: undefined,
      sort: 'errors',
      order: 'desc',
      page: 2,
      pageSize: 20,
    });
  });

  it('ignores malformed values instead of sending them to the server', () => {
    const q = queryFromSearch(new URLSearchParams('regionId=abc&status=deleted&sort=drop&page=-1'));
    expect(q.regionId).toBeUndefined();
    expect(q.status).toBeUndefined();
    expect(q.sort).toBeUndefined();
    expect(q.page).toBe(1);
  });

  it('writes back what it reads, leaving defaults out', () => {
    const search = '?agencyId=7&hasErrors=false&q=%E6%B7%AE%E5%AE%89&sort=year&order=asc&page=3';
    expect(searchFromQuery(queryFromSearch(new URLSearchParams(search.slice(1))))).toBe(search);
    expect(searchFromQuery({ page: 1, pageSize: 20 })).toBe('');
  });
});
