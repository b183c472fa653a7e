import { z } from 'zod';
import type { AppContext } from '../context.js';
import { deadlineFor, listCalendarYears, loadCalendarYear } from '../services/calendar-admin.js';
import { actorOf, docs, errorResponses, routeOf, type ZodApp } from './common.js';

const TAG = '工作日日历';

/** The working-day calendar: its years, loading a new year, and the deadline calculator. */
export function calendarRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('calendar.years.list'),
    schema: {
      ...docs('calendar.years.list', TAG),
      response: {
        200: z.object({
          years: z.array(
            z.object({
              year: z.number().int(),
              notice: z.string(),
              source: z.enum(['builtIn', 'loaded']),
              loadedAt: z.string().optional(),
              loadedBy: z.string().optional(),
            }),
          ),
        }),
        ...errorResponses,
      },
    },
    handler: async () => listCalendarYears(ctx),
  });

  app.route({
    ...routeOf('calendar.years.load'),
    schema: {
      ...docs('calendar.years.load', TAG),
      description:
        '请求体为一年的节假日安排（与 packages/calendar/src/years/2026.ts 相同的结构：year、notices、holidays、makeUpWorkdays），' +
        '校验通过后保存（替换此前载入的同一年），并重新计算所有未办结申请的答复期限；变化写入审计日志（calendar.load）。',
      body: z.unknown(),
      response: {
        200: z.object({
          year: z.number().int(),
          recomputed: z.number().int(),
          changed: z.array(
            z.object({
              applicationId: z.string(),
              number: z.string(),
              agencyName: z.string(),
              oldDue: z.string().nullable(),
              newDue: z.string().nullable(),
            }),
          ),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => loadCalendarYear(ctx, actorOf(request), request.body),
  });

  app.route({
    ...routeOf('calendar.deadline'),
    schema: {
      ...docs('calendar.deadline', TAG),
      description:
        'received：收到申请日期；events：JSON 数组 [{"type","date"}]，与 xxgk deadline --events 相同。返回答复截止日及计算过程。',
      querystring: z.object({ received: z.string(), events: z.string().optional() }),
      response: {
        200: z.object({ due: z.string().nullable(), explanation: z.array(z.string()) }),
        ...errorResponses,
      },
    },
    handler: async (request) => deadlineFor(ctx, request.query.received, request.query.events),
  });
}
