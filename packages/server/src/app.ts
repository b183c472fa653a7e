import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { DatabaseKind, Repositories, WorkspaceRepositories } from '@xxgk/db';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, SAFE_METHODS } from './auth/session.js';
import { makeConfig, type ServerConfig } from './config.js';
import type { AppContext } from './context.js';
import { ApiError } from './http/api-error.js';
import { mapError } from './http/error-map.js';
import './http/fastify-types.js';
import { loggerOptions } from './http/logger.js';
import { declaredRouteId, DOCS_PREFIX } from './http/route-guard.js';
import { PERMISSIONS } from './permissions.js';
import { authRoutes } from './routes/auth.js';
import { calendarRoutes } from './routes/calendar.js';
import { caseworkApplicationRoutes } from './routes/casework-applications.js';
import { caseworkCompileRoutes } from './routes/casework-compile.js';
import { caseworkNoticeRoutes } from './routes/casework-notice.js';
import { caseworkRegisterRoutes } from './routes/casework-registers.js';
import { importRoutes } from './routes/imports.js';
import { organisationRoutes } from './routes/organisation.js';
import { reportRoutes } from './routes/reports.js';
import { systemRoutes } from './routes/system.js';
import { userRoutes } from './routes/users.js';
import { ReadCache } from './services/read-cache.js';
import { loadReportInScope } from './services/scope.js';
import { fallbackPage } from './web-fallback.js';

/** Where the built web app is looked for: packages/web/dist. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** What the server needs to run. */
export interface BuildOptions {
  repos: Repositories;
  work: WorkspaceRepositories;
  databaseKind: DatabaseKind;
  config?: Partial<ServerConfig>;
  /** A pino level (`info`, `warn`, `silent`…); default `LOG_LEVEL` or `info`. */
  logLevel?: string;
  /** The built web app to serve; null to serve none; default {@link DEFAULT_WEB_DIST}. */
  webDist?: string | null;
  /** The clock (tests). */
  now?: () => Date;
  /** Cache reads until the next write; default: on PGlite only (see ReadCache). */
  cacheReads?: boolean;
  /**
   * Check every response against its schema (tests do; default off). The schemas document the
   * API either way; checking a large report on every answer costs more than the query.
   */
  validateResponses?: boolean;
}

// Validation messages in Chinese, for every zod schema in the process.
z.config(z.locales.zhCN());

/**
 * Builds the server: security headers, cookies, rate limit on login, uploads, OpenAPI, the one
 * authorisation hook and the one error mapping, every route of notes/api.md, and the built web
 * app with its client-side routes. The caller listens (or injects, in tests).
 */
export async function buildApp(
  options: BuildOptions,
): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const config = makeConfig(options.config);
  const ctx: AppContext = {
    repos: options.repos,
    work: options.work,
    databaseKind: options.databaseKind,
    config,
    now: options.now ?? (() => new Date()),
    cache: new ReadCache(options.cacheReads ?? options.databaseKind === 'pglite'),
    validateResponses: options.validateResponses ?? false,
  };
  const app = Fastify({
    logger: loggerOptions(options.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: 4 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    options.validateResponses ? serializerCompiler : () => (data: unknown) => JSON.stringify(data),
  );

  // Every /api route must have its permission; plugin routes under /api/docs are the docs.
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { routeId?: string };
    const routeId = declaredRouteId(route.url ?? route.path ?? '', config.routeId);
    if (routeId) route.config = { ...config, routeId };
  });

  // An empty JSON body (a POST without content) is no body, not an error.
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '' || (typeof body === 'string' && body.trim() === '')) done(null, undefined);
    else void jsonParser(request, body as string, done);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        // antd writes its styles at run time; scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'frame-src': ["'self'"],
        'frame-ancestors': ["'self'"],
        'object-src': ["'none'"],
        // The server is often reached over plain http on an office network.
        'upgrade-insecure-requests': null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new ApiError(
          'request.rate-limited',
          `尝试过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试。`,
        ),
        { statusCode: 429 },
      ),
  });
  await app.register(multipart, {
    limits: { fileSize: config.uploads.maxFileBytes, files: 1, fields: 10, parts: 12 },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'xxgk 政府信息公开工作年度报告系统 API',
        description:
          '登录后使用会话 Cookie（xxgk_session）；修改请求须带 x-csrf-token 请求头。错误格式：{"error":{"code","message"}}。',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/u, ''),
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('report', null);
  app.addHook('onRequest', async (request, reply) => authorize(ctx, request, reply));
  // Any request that may have changed data ends every cached read, before its answer leaves.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (!SAFE_METHODS.has(request.method)) ctx.cache.invalidate();
    done(null, payload);
  });
  app.addHook('preHandler', async (request) => {
    const routeId = request.routeOptions.config.routeId;
    if (!routeId || PERMISSIONS[routeId].scope !== 'report' || !request.actor) return;
    const id = Number((request.params as { id?: unknown }).id);
    request.report = await loadReportInScope(ctx, request.actor, id);
  });

  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error, request.id);
    if (mapped.internal) request.log.error({ err: error }, '请求处理失败');
    else if (mapped.status >= 500)
      request.log.warn({ code: mapped.body.error.code }, mapped.body.error.message);
    return reply.code(mapped.status).type('application/json; charset=utf-8').send(mapped.body);
  });

  app.get(
    '/api/openapi.json',
    { config: { routeId: 'docs.openapi' }, schema: { hide: true } },
    () => app.swagger(),
  );
  systemRoutes(app, ctx);
  authRoutes(app, ctx);
  organisationRoutes(app, ctx);
  userRoutes(app, ctx);
  reportRoutes(app, ctx);
  importRoutes(app, ctx);
  caseworkRegisterRoutes(app, ctx);
  caseworkNoticeRoutes(app, ctx);
  caseworkApplicationRoutes(app, ctx);
  caseworkCompileRoutes(app, ctx);
  calendarRoutes(app, ctx);

  const webDist = options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist;
  const hasWeb = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        // Vite fingerprints assets/, so they never change; index.html must always be fresh.
        reply.header(
          'cache-control',
          path.includes(`${join(webDist, 'assets')}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(fallbackPage()),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method))
      return reply.code(404).send({
        error: { code: 'request.not-found', message: `接口 ${request.method} ${path} 不存在。` },
      });
    // Client-side routes of the web app (/reports/12 …) get the app's page.
    if (hasWeb) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).type('text/html; charset=utf-8').send(fallbackPage());
  });

  await app.ready();
  return { app, ctx };
}
