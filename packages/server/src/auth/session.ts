import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '@xxgk/db';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { PERMISSIONS, roleAllowed } from '../permissions.js';
import { actorOf } from './actor.js';

/** Name of the session cookie (notes/api.md). */
export const SESSION_COOKIE = 'xxgk_session';
/** Header that carries the CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

/** A session's last-seen time is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** Methods that never change data: no CSRF token needed, no cache invalidation. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token of a session: an HMAC of the session token. Only the page that received it
 * from /api/auth/login or /api/auth/me knows it; a forged cross-site request carries the
 * cookie but cannot read or compute the token. Derived rather than stored, so /api/auth/me can
 * hand it to a reloaded page while the database keeps only hashes.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('xxgk-csrf-v1').digest('base64url');
}

/** True if the header holds the session's CSRF token (constant-time comparison). */
export function csrfMatches(sessionToken: string, header: unknown): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > 100) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Whether the cookie must be `Secure`: configured, or the request came over https. */
function secure(ctx: AppContext, request: FastifyRequest): boolean {
  return ctx.config.secureCookies === 'auto'
    ? request.protocol === 'https'
    : ctx.config.secureCookies;
}

/** Sets the session cookie: httpOnly, SameSite=Strict, path /, Secure behind https. */
export function setSessionCookie(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: secure(ctx, request),
    maxAge: Math.floor(ctx.config.sessionAbsoluteMs / 1000),
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: secure(ctx, request),
  });
}

/** Finds the live session the cookie names and sets `request.actor`. */
async function attachSession(ctx: AppContext, request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 100) return;
  const now = ctx.now();
  const idleMs = ctx.config.sessionIdleMs;
  const found = await ctx.cache.get(`session:${token}`, () =>
    ctx.repos.sessions.find(token, { idleMs, now }),
  );
  // A cached session is judged again against the clock: idle and absolute ends still apply.
  if (
    !found ||
    found.session.expiresAt <= now ||
    found.session.lastSeenAt.getTime() + idleMs <= now.getTime()
  )
    return;
  request.actor = actorOf(found.user, request.ip ?? null);
  request.sessionToken = token;
  if (now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await ctx.repos.sessions.touch(token, now);
    found.session.lastSeenAt = now; // keep the cached copy in step with the database
  }
}

const roleLabel = (role: string): string => ROLES.find((r) => r.key === role)?.label ?? role;

/**
 * The one authorisation hook, run first on every request (before body validation, so an
 * anonymous caller learns nothing about a route but 401): finds the session, then applies the
 * route's entry in the permission table — login, CSRF token on state changes, role.
 * Object scope (which report, which agency) is checked by the services.
 */
export async function authorize(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const routeId = request.routeOptions.config.routeId;
  if (!routeId) return; // the web app's static files and the 404 handler
  await attachSession(ctx, request);
  const permission = PERMISSIONS[routeId];
  if (permission.scope === 'public') return;
  const actor = request.actor;
  if (!actor || !request.sessionToken) {
    if (request.cookies[SESSION_COOKIE]) clearSessionCookie(ctx, request, reply);
    throw new ApiError('auth.unauthenticated', '请先登录：会话不存在、已过期或已退出。');
  }
  if (
    !SAFE_METHODS.has(request.method) &&
    !csrfMatches(request.sessionToken, request.headers[CSRF_HEADER])
  )
    throw new ApiError(
      'auth.csrf',
      '请求缺少有效的 CSRF 令牌（请求头 x-csrf-token），已拒绝。请刷新页面后重试。',
    );
  if (!roleAllowed(routeId, actor.role))
    throw new ApiError(
      'auth.forbidden',
      `您的角色（${roleLabel(actor.role)}）无权执行“${permission.summary}”。`,
    );
}
