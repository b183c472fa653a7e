import { z } from 'zod';
import type { AppContext } from '../context.js';
import { compileAnnualReport, drilldown } from '../services/casework-compile.js';
import { applicationSummarySchema } from './casework-applications.js';
import { actorOf, docs, errorResponses, routeOf, type ZodApp } from './common.js';
import { findingOut } from './report-schemas.js';

const TAG = '年报汇编';

const year = z.coerce.number().int().min(2000).max(2100);
const agencyIdIn = z.coerce.number().int().positive().max(2_147_483_647);

const reviewCase = z.object({
  id: z.string(),
  agencyId: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  applicationId: z.string().nullable(),
  applicationNumber: z.string().nullable(),
  filedOn: z.string(),
  result: z.string(),
  resultLabel: z.string(),
  decidedOn: z.string().nullable(),
});

/** Compiling the annual report from the casework, and drilling into its cells. */
export function caseworkCompileRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('casework.compile'),
    schema: {
      ...docs('casework.compile', TAG),
      description:
        '表三来自申请办理记录，表四来自复议诉讼登记，表二来自第二十条数据，并起草总体情况；保存为“汇编”来源的年报（已有汇编草稿时保存为新版本；已发布、审核中或非汇编的年报答 409），并运行核查。',
      body: z.object({ agencyId: z.number().int().positive(), year }),
      response: {
        201: z.object({
          reportId: z.number().int(),
          version: z.number().int(),
          findings: z.array(findingOut),
        }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await compileAnnualReport(ctx, actorOf(request), request.body)),
  });

  app.route({
    ...routeOf('casework.drilldown'),
    schema: {
      ...docs('casework.drilldown', TAG),
      description:
        'path 为单元格路径，如 applications.received.naturalPerson、applications.granted.total、review.reconsideration.upheld；返回计入该单元格的申请或复议诉讼案件。',
      querystring: z.object({ agencyId: agencyIdIn, year, path: z.string().min(3).max(200) }),
      response: {
        200: z.union([
          z.object({
            path: z.string(),
            label: z.string(),
            applications: z.array(applicationSummarySchema),
          }),
          z.object({ path: z.string(), label: z.string(), reviewCases: z.array(reviewCase) }),
        ]),
        ...errorResponses,
      },
    },
    handler: async (request) => drilldown(ctx, actorOf(request), request.query),
  });
}
