import { ROLES, type Role } from '@xxgk/db';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import {
  createAccount,
  listAccounts,
  resetPassword,
  unlockAccount,
  updateAccount,
} from '../services/accounts.js';
import { actorOf, docs, errorResponses, idParam, paging, routeOf, type ZodApp } from './common.js';

const roleEnum = z.enum(ROLES.map((r) => r.key) as [Role, ...Role[]]);

const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleEnum,
  agencyId: z.number().int().nullable(),
  regionId: z.number().int().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedLogins: z.number().int(),
  lastLoginAt: z.string().nullable(),
  passwordChangedAt: z.string(),
  createdAt: z.string(),
});

/**
 * Separation of duties (三员分立): the administrator may only unlock an auditor's account.
 * @see GB/T 22239-2019 8.1.4.2
 */
const noAuditor =
  '三员分立：系统管理员不能创建审计员账号、不能把账号设为审计员，也不能修改、停用审计员账号或重置其密码（只能解除锁定），违者返回 403 并记入审计日志。';

const policy = '至少 10 个字符，包含小写字母、大写字母、数字、符号中的至少三类，且不含用户名';

/** Accounts (administrator only). */
export function userRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('users.list'),
    schema: {
      ...docs('users.list', '账号管理'),
      querystring: z.object({ role: roleEnum.optional(), ...paging }),
      response: {
        200: z.object({ items: z.array(userSchema), total: z.number().int() }),
        ...errorResponses,
      },
    },
    handler: async (request) => listAccounts(ctx, request.query),
  });

  app.route({
    ...routeOf('users.create'),
    schema: {
      ...docs('users.create', '账号管理'),
      description: `密码策略：${policy}。填报员须指定 agencyId，审核员须指定 regionId。${noAuditor}`,
      body: z.object({
        username: z.string().trim().min(2).max(64),
        displayName: z.string().trim().min(1).max(64),
        role: roleEnum,
        agencyId: z.number().int().positive().nullable().optional(),
        regionId: z.number().int().positive().nullable().optional(),
        password: z.string().min(1).max(256),
      }),
      response: { 201: userSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createAccount(ctx, actorOf(request), request.body)),
  });

  app.route({
    ...routeOf('users.update'),
    schema: {
      ...docs('users.update', '账号管理'),
      description: noAuditor,
      params: idParam,
      body: z.object({
        displayName: z.string().trim().min(1).max(64).optional(),
        role: roleEnum.optional(),
        disabled: z.boolean().optional(),
        agencyId: z.number().int().positive().nullable().optional(),
        regionId: z.number().int().positive().nullable().optional(),
      }),
      response: { 200: userSchema, ...errorResponses },
    },
    handler: async (request) =>
      updateAccount(ctx, actorOf(request), request.params.id, request.body),
  });

  app.route({
    ...routeOf('users.unlock'),
    schema: {
      ...docs('users.unlock', '账号管理'),
      params: idParam,
      response: { 200: userSchema, ...errorResponses },
    },
    handler: async (request) => unlockAccount(ctx, actorOf(request), request.params.id),
  });

  app.route({
    ...routeOf('users.password'),
    schema: {
      ...docs('users.password', '账号管理'),
      description: `密码策略：${policy}。该账号的所有会话随即失效。${noAuditor}`,
      params: idParam,
      body: z.object({ password: z.string().min(1).max(256) }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await resetPassword(ctx, actorOf(request), request.params.id, request.body.password);
      return reply.code(204).send(null);
    },
  });
}
