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
  /** Menu group the entry folds into (e.g. 依申请公开). */
  group?: string;
}

const page = (load: () => Promise<{ default: ComponentType<PageProps> }>) => lazy(load);

const REPORT_READERS: readonly Role[] = ['admin', 'reviewer', 'clerk'];
/** Casework: clerks write their agency's, reviewers and administrators read; auditors none. */
const CASEWORK_READERS: readonly Role[] = ['admin', 'reviewer', 'clerk'];
const CASEWORK = '依申请公开';

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
    // Reviewers load the reports of their region's bodies too (the server allows both).
    roles: ['reviewer', 'clerk'],
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
    path: '/casework/applications',
    roles: CASEWORK_READERS,
    title: '申请登记簿',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/applications-page.js')),
  },
  {
    path: '/casework/applications/new',
    roles: ['clerk'],
    title: '登记申请',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/new-application-page.js')),
  },
  {
    path: '/casework/applications/:id',
    roles: CASEWORK_READERS,
    title: '案件详情',
    page: page(() => import('../casework/application-page.js')),
  },
  {
    path: '/casework/due',
    roles: CASEWORK_READERS,
    title: '到期提醒',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/due-page.js')),
  },
  {
    path: '/casework/proactive',
    roles: CASEWORK_READERS,
    title: '主动公开登记',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/proactive-page.js')),
  },
  {
    path: '/casework/article20',
    roles: CASEWORK_READERS,
    title: '第二十条数据',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/article20-page.js')),
  },
  {
    path: '/casework/review-cases',
    roles: CASEWORK_READERS,
    title: '复议诉讼登记',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/review-cases-page.js')),
  },
  {
    path: '/casework/compile',
    roles: CASEWORK_READERS,
    title: '年报编制',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/compile-page.js')),
  },
  {
    path: '/casework/calendar',
    roles: CASEWORK_READERS,
    title: '节假日安排',
    menu: true,
    group: CASEWORK,
    page: page(() => import('../casework/calendar-page.js')),
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
