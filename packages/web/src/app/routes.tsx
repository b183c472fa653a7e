import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../api/types.js';

/** Props every page receives: the route's parameters. */
export interface PageProps {
  params: Record<string, string>;
}

/** A page of the app: its path pattern, who may open it, and its menu entry if any. */
export interface RouteDef {
  path: string;
  roles: readonly Role[] | 'all';
  page: LazyExoticComponent<ComponentType<PageProps>>;
  /** Title in the menu and the browser tab. */
  title: string;
  /** Shown in the main menu. */
  menu?: boolean;
}

const page = (load: () => Promise<{ default: ComponentType<PageProps> }>) => lazy(load);

const REPORT_READERS: readonly Role[] = ['admin', 'reviewer', 'clerk'];

/** Every page, first match wins. Pages load on demand, so the login page stays small. */
export const ROUTES: readonly RouteDef[] = [
  {
    path: '/reports',
    roles: REPORT_READERS,
    title: '年报列表',
    menu: true,
    page: page(() => import('../pages/report-list-page.js')),
  },
  {
    path: '/import',
    roles: ['clerk'],
    title: '导入',
    menu: true,
    page: page(() => import('../pages/import-page.js')),
  },
  {
    path: '/new',
    roles: ['clerk'],
    title: '填报',
    menu: true,
    page: page(() => import('../pages/new-report-page.js')),
  },
  {
    path: '/reports/:id',
    roles: REPORT_READERS,
    title: '年报详情',
    page: page(() => import('../pages/report-detail-page.js')),
  },
  {
    path: '/reports/:id/compare',
    roles: REPORT_READERS,
    title: '年度对比',
    page: page(() => import('../pages/compare-page.js')),
  },
  {
    path: '/admin/users',
    roles: ['admin'],
    title: '用户',
    menu: true,
    page: page(() => import('../admin/users-page.js')),
  },
  {
    path: '/admin/regions',
    roles: ['admin'],
    title: '区划',
    menu: true,
    page: page(() => import('../admin/regions-page.js')),
  },
  {
    path: '/admin/agencies',
    roles: ['admin'],
    title: '机关',
    menu: true,
    page: page(() => import('../admin/agencies-page.js')),
  },
  {
    path: '/audit',
    roles: ['auditor'],
    title: '审计日志',
    menu: true,
    page: page(() => import('../pages/audit-page.js')),
  },
  {
    path: '/account/password',
    roles: 'all',
    title: '修改密码',
    page: page(() => import('../pages/password-page.js')),
  },
];

/** True when a role may open a route. */
export function allowed(route: RouteDef, role: Role): boolean {
  return route.roles === 'all' || route.roles.includes(role);
}

/** Where a role lands after login. */
export function homePath(role: Role): string {
  if (role === 'auditor') return '/audit';
  return '/reports';
}
