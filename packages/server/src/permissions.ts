import type { Role } from '@xxgk/db';

/**
 * How a route limits what an allowed role may touch, beyond the role itself:
 * - `public`: no login needed (health, login, the API docs, the web app);
 * - `self`: the caller's own account or session;
 * - `organisation`: regions / agencies, narrowed to the caller's scope when listing;
 * - `report`: the report named by `:id` must be in scope — a clerk's own agency, a reviewer's
 *   region subtree, any report for the administrator's read-only view — else 404;
 * - `report-page`: as `report`, but the report is read together with its page in one query
 *   by the handler (the most requested read), and the same scope check applied to it;
 * - `report-list`: list filters are intersected with the caller's scope;
 * - `agency`: the agency named in the body must be in scope (403 otherwise);
 * - `import`: the staged import must be the caller's own (404 otherwise);
 * - `application`: the 依申请公开 application named by `:id` must be in scope — a clerk's own
 *   agency, a reviewer's region subtree, any for the administrator — else 404 (checked by the
 *   casework service, which loads it);
 * - `none`: the role alone decides.
 */
export type ScopeRule =
  | 'public'
  | 'self'
  | 'organisation'
  | 'report'
  | 'report-page'
  | 'report-list'
  | 'agency'
  | 'import'
  | 'application'
  | 'none';

/** One route's permission: who may call it and how far their scope reaches. */
export interface RoutePermission {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route pattern as registered. */
  url: string;
  /** Roles allowed; empty with scope `public` means anyone, logged in or not. */
  roles: readonly Role[];
  scope: ScopeRule;
  /** What the route does, in Chinese (also the OpenAPI summary). */
  summary: string;
}

const ALL: readonly Role[] = ['admin', 'reviewer', 'clerk', 'auditor'];
const READERS: readonly Role[] = ['admin', 'reviewer', 'clerk'];
const ADMIN: readonly Role[] = ['admin'];

/**
 * EVERY route's permission, by route id. A route registers with its id; the authorisation hook
 * reads this table and nothing else, and the server refuses to start with an /api route that
 * has no entry. Roles: admin 系统管理员 manages users, regions and agencies and may read reports
 * but never change them or read the audit log; reviewer 审核员 reads, returns and publishes
 * the reports of its region subtree (and may load them by import); clerk 填报员 drafts,
 * imports, corrects and submits its own agency's reports; auditor 审计员 reads the audit log.
 * @see GB/T 22239-2019 8.1.4.2 访问控制（最小权限、权限分离）
 */
export const PERMISSIONS = {
  health: { method: 'GET', url: '/api/health', roles: [], scope: 'public', summary: '服务状态' },
  'docs.openapi': {
    method: 'GET',
    url: '/api/openapi.json',
    roles: [],
    scope: 'public',
    summary: 'OpenAPI 接口描述',
  },
  'docs.ui': {
    method: 'GET',
    url: '/api/docs',
    roles: [],
    scope: 'public',
    summary: '接口文档页面',
  },
  'auth.login': {
    method: 'POST',
    url: '/api/auth/login',
    roles: [],
    scope: 'public',
    summary: '登录',
  },
  'auth.logout': {
    method: 'POST',
    url: '/api/auth/logout',
    roles: ALL,
    scope: 'self',
    summary: '退出登录',
  },
  'auth.me': { method: 'GET', url: '/api/auth/me', roles: ALL, scope: 'self', summary: '当前用户' },
  'auth.password': {
    method: 'POST',
    url: '/api/auth/password',
    roles: ALL,
    scope: 'self',
    summary: '修改自己的密码',
  },
  'regions.list': {
    method: 'GET',
    url: '/api/regions',
    roles: ALL,
    scope: 'organisation',
    summary: '行政区划树（按权限范围）',
  },
  'regions.create': {
    method: 'POST',
    url: '/api/regions',
    roles: ADMIN,
    scope: 'none',
    summary: '新增行政区划',
  },
  'regions.update': {
    method: 'PATCH',
    url: '/api/regions/:id',
    roles: ADMIN,
    scope: 'none',
    summary: '修改行政区划名称',
  },
  'agencies.list': {
    method: 'GET',
    url: '/api/agencies',
    roles: ALL,
    scope: 'organisation',
    summary: '机关列表（按权限范围）',
  },
  'agencies.create': {
    method: 'POST',
    url: '/api/agencies',
    roles: ADMIN,
    scope: 'none',
    summary: '新增机关',
  },
  'agencies.update': {
    method: 'PATCH',
    url: '/api/agencies/:id',
    roles: ADMIN,
    scope: 'none',
    summary: '修改机关',
  },
  'users.list': {
    method: 'GET',
    url: '/api/users',
    roles: ADMIN,
    scope: 'none',
    summary: '账号列表',
  },
  'users.create': {
    method: 'POST',
    url: '/api/users',
    roles: ADMIN,
    scope: 'none',
    summary: '新增账号',
  },
  'users.update': {
    method: 'PATCH',
    url: '/api/users/:id',
    roles: ADMIN,
    scope: 'none',
    summary: '修改账号（名称、角色、范围、停用）',
  },
  'users.unlock': {
    method: 'POST',
    url: '/api/users/:id/unlock',
    roles: ADMIN,
    scope: 'none',
    summary: '解除账号锁定',
  },
  'users.password': {
    method: 'POST',
    url: '/api/users/:id/password',
    roles: ADMIN,
    scope: 'none',
    summary: '重置账号密码',
  },
  'reports.list': {
    method: 'GET',
    url: '/api/reports',
    roles: READERS,
    scope: 'report-list',
    summary: '年报列表',
  },
  'reports.create': {
    method: 'POST',
    url: '/api/reports',
    roles: ['clerk'],
    scope: 'agency',
    summary: '新建（填报）年报',
  },
  'reports.get': {
    method: 'GET',
    url: '/api/reports/:id',
    roles: READERS,
    scope: 'report-page',
    summary: '年报详情',
  },
  'reports.source': {
    method: 'GET',
    url: '/api/reports/:id/source',
    roles: READERS,
    scope: 'report',
    summary: '下载原始文件',
  },
  'reports.source-text': {
    method: 'GET',
    url: '/api/reports/:id/source/text',
    roles: READERS,
    scope: 'report',
    summary: '原始文件的纯文本',
  },
  'reports.corrections': {
    method: 'POST',
    url: '/api/reports/:id/corrections',
    roles: ['clerk'],
    scope: 'report',
    summary: '更正（保存为新版本）',
  },
  'reports.versions': {
    method: 'GET',
    url: '/api/reports/:id/versions',
    roles: READERS,
    scope: 'report',
    summary: '版本历史',
  },
  'reports.version': {
    method: 'GET',
    url: '/api/reports/:id/versions/:n',
    roles: READERS,
    scope: 'report',
    summary: '某一版本',
  },
  'reports.diff': {
    method: 'GET',
    url: '/api/reports/:id/diff',
    roles: READERS,
    scope: 'report',
    summary: '两个版本的差异',
  },
  'reports.compare': {
    method: 'GET',
    url: '/api/reports/:id/compare',
    roles: READERS,
    scope: 'report',
    summary: '与上一年度对比',
  },
  'reports.export': {
    method: 'GET',
    url: '/api/reports/:id/export',
    roles: READERS,
    scope: 'report',
    summary: '导出一份年报',
  },
  'reports.submit': {
    method: 'POST',
    url: '/api/reports/:id/submit',
    roles: ['clerk'],
    scope: 'report',
    summary: '提交审核',
  },
  'reports.return': {
    method: 'POST',
    url: '/api/reports/:id/return',
    roles: ['reviewer'],
    scope: 'report',
    summary: '退回并附审核意见',
  },
  'reports.publish': {
    method: 'POST',
    url: '/api/reports/:id/publish',
    roles: ['reviewer'],
    scope: 'report',
    summary: '发布',
  },
  'exports.list': {
    method: 'GET',
    url: '/api/exports',
    roles: READERS,
    scope: 'report-list',
    summary: '按筛选条件批量导出（zip）',
  },
  check: {
    method: 'POST',
    url: '/api/check',
    roles: ['reviewer', 'clerk'],
    scope: 'none',
    summary: '核查一份年报（不保存）',
  },
  'imports.create': {
    method: 'POST',
    url: '/api/imports',
    roles: ['reviewer', 'clerk'],
    scope: 'none',
    summary: '上传文件并读取',
  },
  'imports.confirm': {
    method: 'POST',
    url: '/api/imports/:importId/confirm',
    roles: ['reviewer', 'clerk'],
    scope: 'import',
    summary: '确认导入为年报',
  },
  'imports.discard': {
    method: 'DELETE',
    url: '/api/imports/:importId',
    roles: ['reviewer', 'clerk'],
    scope: 'import',
    summary: '放弃导入',
  },
  'audit.list': {
    method: 'GET',
    url: '/api/audit',
    roles: ['auditor'],
    scope: 'none',
    summary: '审计日志',
  },
  // Registers and the calendar (issue 5). Writes are the clerk's, on its own agency (403
  // naming another agency); reads follow the report rule (404 out of scope); the auditor has
  // no casework access.
  'casework.proactive.list': {
    method: 'GET',
    url: '/api/casework/proactive',
    roles: READERS,
    scope: 'agency',
    summary: '主动公开信息登记列表',
  },
  'casework.proactive.create': {
    method: 'POST',
    url: '/api/casework/proactive',
    roles: ['clerk'],
    scope: 'agency',
    summary: '登记一条主动公开信息',
  },
  'casework.proactive.import': {
    method: 'POST',
    url: '/api/casework/proactive/import',
    roles: ['clerk'],
    scope: 'agency',
    summary: '从 CSV/XLSX 导入主动公开信息',
  },
  'casework.article20.get': {
    method: 'GET',
    url: '/api/casework/article20',
    roles: READERS,
    scope: 'agency',
    summary: '第二十条数据（表二）',
  },
  'casework.article20.put': {
    method: 'PUT',
    url: '/api/casework/article20',
    roles: ['clerk'],
    scope: 'agency',
    summary: '保存第二十条数据（表二）',
  },
  'casework.review-cases.list': {
    method: 'GET',
    url: '/api/casework/review-cases',
    roles: READERS,
    scope: 'agency',
    summary: '行政复议、行政诉讼案件列表',
  },
  'casework.review-cases.create': {
    method: 'POST',
    url: '/api/casework/review-cases',
    roles: ['clerk'],
    scope: 'agency',
    summary: '登记行政复议、行政诉讼案件',
  },
  'casework.review-cases.update': {
    method: 'PATCH',
    url: '/api/casework/review-cases/:id',
    roles: ['clerk'],
    scope: 'agency',
    summary: '登记复议、诉讼案件的结果',
  },
  'casework.notice': {
    method: 'GET',
    url: '/api/casework/applications/:id/notice',
    roles: READERS,
    scope: 'agency',
    summary: '下载答复告知书（DOCX）',
  },
  'casework.notices.procedural': {
    method: 'GET',
    url: '/api/casework/applications/:id/notices/:kind',
    roles: READERS,
    scope: 'application',
    summary: '下载办理过程中的文书（补正通知书、延期答复告知书、征求意见函、收费通知书，DOCX）',
  },
  'calendar.years.list': {
    method: 'GET',
    url: '/api/calendar/years',
    roles: READERS,
    scope: 'none',
    summary: '工作日日历的年份',
  },
  'calendar.years.load': {
    method: 'POST',
    url: '/api/calendar/years',
    roles: ADMIN,
    scope: 'none',
    summary: '载入一年的节假日安排并重算答复期限',
  },
  'calendar.deadline': {
    method: 'GET',
    url: '/api/calendar/deadline',
    roles: READERS,
    scope: 'none',
    summary: '计算答复截止日',
  },
  // Applications (依申请公开) and the compiled report (issue 5, notes/casework-api.md).
  'casework.applications.list': {
    method: 'GET',
    url: '/api/casework/applications',
    roles: READERS,
    scope: 'agency',
    summary: '依申请公开申请列表（按权限范围）',
  },
  'casework.applications.create': {
    method: 'POST',
    url: '/api/casework/applications',
    roles: ['clerk'],
    scope: 'agency',
    summary: '登记一件政府信息公开申请',
  },
  'casework.applications.get': {
    method: 'GET',
    url: '/api/casework/applications/:id',
    roles: READERS,
    scope: 'application',
    summary: '申请详情：办理经过与答复期限说明',
  },
  'casework.applications.event': {
    method: 'POST',
    url: '/api/casework/applications/:id/events',
    roles: ['clerk'],
    scope: 'application',
    summary: '记录办理事项（补正、延期、征求意见、收费、答复、撤回）',
  },
  'casework.due': {
    method: 'GET',
    url: '/api/casework/due',
    roles: READERS,
    scope: 'agency',
    summary: '已超期与即将到期的申请（按机关）',
  },
  'casework.compile': {
    method: 'POST',
    url: '/api/casework/compile',
    roles: ['clerk'],
    scope: 'agency',
    summary: '由办件数据汇编年度报告',
  },
  'casework.drilldown': {
    method: 'GET',
    url: '/api/casework/compile/drilldown',
    roles: READERS,
    scope: 'agency',
    summary: '汇编年报某一单元格对应的案件',
  },
} as const satisfies Record<string, RoutePermission>;

/** Id of a route in {@link PERMISSIONS}. */
export type RouteId = keyof typeof PERMISSIONS;

/** The permission of a route id. */
export function permissionOf(id: RouteId): RoutePermission {
  return PERMISSIONS[id];
}

/** True if the route needs no login. */
export function isPublic(id: RouteId): boolean {
  return PERMISSIONS[id].scope === 'public';
}

/** True if `role` may call the route (scope checks come after). */
export function roleAllowed(id: RouteId, role: Role): boolean {
  const p: RoutePermission = PERMISSIONS[id];
  return p.scope === 'public' || p.roles.includes(role);
}
