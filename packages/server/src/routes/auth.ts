import { z } from 'zod';
import { ROLES } from '@xxgk/db';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { changeOwnPassword, login, logout, me } from '../services/accounts.js';
import { actorOf, docs, errorResponses, errorSchema, routeOf, type ZodApp } from './common.js';

const roleEnum = z.enum(ROLES.map((r) => r.key) as [string, ...string[]]);

/** The logged-in user as the page sees it. */
export const meUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleEnum,
  agencyId: z.number().int().nullable(),
  regionId: z.number().int().nullable(),
});

const sessionSchema = z.object({
  user: meUserSchema,
  csrfToken: z.string().describe('每个修改请求须在请求头 x-csrf-token 中带回'),
});

/** Login, logout, the current user, and changing one's password. */
export function authRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('auth.login'),
    config: {
      routeId: 'auth.login',
      rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: 60_000 },
    },
    schema: {
      ...docs('auth.login', '账号'),
      body: z.object({
        username: z.string().min(1).max(64),
        password: z.string().min(1).max(256),
      }),
      response: { 200: sessionSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
    },
    handler: async (request, reply) => {
      const result = await login(ctx, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      });
      // A login replaces the session the browser had, so an old token cannot linger.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await ctx.repos.sessions.delete(previous);
      setSessionCookie(ctx, request, reply, result.token);
      return result.body;
    },
  });

  app.route({
    ...routeOf('auth.logout'),
    schema: { ...docs('auth.logout', '账号'), response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await logout(ctx, actorOf(request), request.sessionToken ?? '');
      clearSessionCookie(ctx, request, reply);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf('auth.me'),
    schema: { ...docs('auth.me', '账号'), response: { 200: sessionSchema, ...errorResponses } },
    handler: async (request) => me(ctx, actorOf(request), request.sessionToken ?? ''),
  });

  app.route({
    ...routeOf('auth.password'),
    schema: {
      ...docs('auth.password', '账号'),
      description:
        '新密码：至少 10 个字符，包含小写字母、大写字母、数字、符号中的至少三类，且不含用户名。',
      body: z.object({ current: z.string().min(1).max(256), next: z.string().min(1).max(256) }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await changeOwnPassword(ctx, actorOf(request), request.sessionToken ?? '', request.body);
      return reply.code(204).send(null);
    },
  });
}
