import { PERMISSIONS, type RouteId } from '../permissions.js';

/** Routes registered by plugins under this prefix are the API docs (public). */
export const DOCS_PREFIX = '/api/docs';

/**
 * The permission id a route is registered with: its own, `docs.ui` for the docs plugin's
 * routes, none for the web app's files. An /api route without an entry in the permission
 * table is a programming error, refused when the server starts — never served unguarded.
 */
export function declaredRouteId(url: string, routeId: string | undefined): RouteId | undefined {
  if (routeId !== undefined && routeId in PERMISSIONS) return routeId as RouteId;
  if (url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`)) return 'docs.ui';
  if (url === '/api' || url.startsWith('/api/'))
    throw new Error(
      `路由 ${url} 没有在权限表（src/permissions.ts）中声明${routeId ? `（未知的编号 ${routeId}）` : ''}。`,
    );
  return undefined;
}
