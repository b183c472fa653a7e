import { describe, expect, it } from 'vitest';
import { withQuery } from './query.js';

describe('filters in the address', () => {
  it('replaces, adds and removes parameters, keeping the others', () => {
    const current = new URLSearchParams('agencyId=3&view=open&page=4');
    expect(withQuery('/x', current, { view: 'overdue', page: undefined, q: '规划' })).toBe(
      '/x?agencyId=3&view=overdue&q=%E8%A7%84%E5%88%92',
    );
  });

  it('answers the bare path when nothing is left', () => {
    expect(withQuery('/x', new URLSearchParams('q=a'), { q: '' })).toBe('/x');
  });
});
