/**
 * @xxgk/server — the report workspace over HTTP: Fastify routes over the domain packages and the
 * database, with accounts, roles, sessions, the audit log, import, corrections, review and
 * export. `startServer()` is `npm start` and `xxgk serve`; `buildApp()` is for tests and embedding.
 */
export { buildApp, DEFAULT_WEB_DIST, type BuildOptions } from './app.js';
export { startServer, banner, type StartOptions, type RunningServer } from './start.js';
export { DEFAULT_CONFIG, makeConfig, type ServerConfig, type UploadLimits } from './config.js';
export { PERMISSIONS, type RouteId, type RoutePermission, type ScopeRule } from './permissions.js';
export { mapError, statusOfDomainError, statusOfApiError } from './http/error-map.js';
export { ApiError, API_ERROR_CODES, type ApiErrorCode } from './http/api-error.js';
export { DEMO_ACCOUNTS, DEMO_AGENCIES, DEMO_REGIONS, DEMO_REPORTS } from './demo/demo-data.js';
export { loadDemo, DEMO_DIR } from './demo/load-demo.js';
export { ensureWebBuild, webBuildStale } from './web-build.js';
