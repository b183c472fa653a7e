import { z } from 'zod';
import type { AppContext } from '../context.js';
import { queryAuditLog } from '../services/audit-log.js';
import { actorOf, docs, errorResponses, paging, routeOf, type ZodApp } from './common.js';

const auditItem = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  actorId: z.number().int().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});

const instant = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), '须为日期或时间（ISO 8601）')
  .transform((s) => new Date(s))
  .optional();

/** Health and the audit log. */
export function systemRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('health'),
    schema: {
      ...docs('health', '系统'),
      response: { 200: z.object({ ok: z.boolean(), database: z.enum(['pglite', 'postgres']) }) },
    },
    handler: async () => {
      // A cheap indexed read proves the database answers, not just that the process runs.
      await ctx.repos.users.get(0);
      return { ok: true, database: ctx.databaseKind };
    },
  });

  app.route({
    ...routeOf('audit.list'),
    schema: {
      ...docs('audit.list', '审计'),
      description: '仅审计员可读；系统管理员不能读取或删除审计日志。',
      querystring: z.object({
        actor: z.string().max(64).optional().describe('用户名或用户编号'),
        action: z.string().max(64).optional().describe('动作，如 report.publish；以 . 结尾为前缀'),
        from: instant,
        to: instant,
        ...paging,
      }),
      response: {
        200: z.object({ items: z.array(auditItem), total: z.number().int() }),
        ...errorResponses,
      },
    },
    handler: async (request) => queryAuditLog(ctx, actorOf(request), request.query),
  });
}
