import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { ApiError } from '../http/api-error.js';
import { PERMISSIONS, type RouteId } from '../permissions.js';

/** The Fastify instance with zod schemas as types. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Method, URL and permission id of a route, straight from the permission table, so that a
 * route and its permission can never disagree.
 */
export function routeOf<Id extends RouteId>(id: Id) {
  const p = PERMISSIONS[id];
  return { method: p.method, url: p.url, config: { routeId: id } };
}

/** OpenAPI summary and tag of a route. */
export function docs(id: RouteId, tag: string) {
  return { summary: PERMISSIONS[id].summary, tags: [tag] };
}

/** The actor of an authorised request (the authorisation hook has run). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new ApiError('auth.unauthenticated', '请先登录。');
  return request.actor;
}

/** `{ error: { code, message } }`, the body of every error. */
export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .describe('错误：code 为错误码，message 为中文说明');

/** Error responses every authenticated route may give. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
};

/** A positive integer id in the path. */
export const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** `page` and `pageSize` of a list (notes/api.md: `{ items, total }`). */
export const paging = {
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
};

/** A query flag written `true` or `false`. */
export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** Anything JSON, for values whose shape is documented elsewhere (the report JSON contract). */
export const jsonValue = z.unknown();
