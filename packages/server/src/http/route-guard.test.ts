import { describe, expect, it } from 'vitest';
import { declaredRouteId } from './route-guard.js';

describe('the route guard', () => {
  it('keeps a declared route’s id, marks the docs plugin’s routes public, leaves the web app alone', () => {
    expect(declaredRouteId('/api/reports/:id', 'reports.get')).toBe('reports.get');
    expect(declaredRouteId('/api/docs/static/*', undefined)).toBe('docs.ui');
    expect(declaredRouteId('/assets/index.js', undefined)).toBeUndefined();
  });

  it('refuses an /api route missing from the permission table, so none is ever served unguarded', () => {
    expect(() => declaredRouteId('/api/secret', undefined)).toThrow('没有在权限表');
    expect(() => declaredRouteId('/api/reports', 'reports.typo')).toThrow(
      '未知的编号 reports.typo',
    );
  });
});
