import type { FastifyRequest } from 'fastify';
import { reportSchema, type Report } from '@xxgk/model';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { checkDraft, correctReport } from '../services/corrections.js';
import { compareWithPreviousYear } from '../services/compare.js';
import { contentDisposition, exportFiltered, exportReport } from '../services/exports.js';
import {
  createReport,
  listReports,
  reportDetail,
  sourceFile,
  sourceText,
  versionDetail,
  versionDiff,
  versionHistory,
  type ListQuery,
} from '../services/reports.js';
import { publishReport, returnReport, submitReport } from '../services/workflow.js';
import {
  actorOf,
  booleanQuery,
  docs,
  errorResponses,
  idParam,
  routeOf,
  type ZodApp,
} from './common.js';
import {
  compareSchema,
  correctionBody,
  detailSchema,
  diffSchema,
  exportFormatEnum,
  findingOut,
  formatEnum,
  listFilterQuery,
  listItemSchema,
  listQuery,
  versionSchema,
  versionSummarySchema,
  workflowResult,
} from './report-schemas.js';

const TAG = '年报';

/** The scope-checked report of a `report` route (loaded by the authorisation pre-handler). */
function reportOf(request: FastifyRequest) {
  if (!request.report) throw new ApiError('request.not-found', '年报不存在。');
  return request.report;
}

/**
 * Bytes already serialised from a value of the response schema's type: Fastify sends a Buffer
 * as it is, which the type provider cannot know.
 */
const preSerialised = <T>(body: Buffer): T => body as unknown as T;

/** True if an If-None-Match header names this entity tag (or is `*`). */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//u, ''))
    .some((t) => t === etag || t === '*');
}

type ListQueryIn = z.infer<typeof listQuery>;

function toListQuery(
  q: Omit<ListQueryIn, 'sort' | 'order' | 'page' | 'pageSize'> & Partial<ListQueryIn>,
): ListQuery {
  return {
    regionId: q.regionId,
    agencyId: q.agencyId,
    ...(q.year !== undefined ? { year: q.year } : {}),
    ...(q.status !== undefined ? { status: q.status } : {}),
    ...(q.origin !== undefined ? { origin: q.origin } : {}),
    ...(q.hasErrors !== undefined ? { hasErrors: q.hasErrors } : {}),
    ...(q.q !== undefined ? { search: q.q } : {}),
    sort: q.sort,
    order: q.order,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Reports: list, 填报, page, source, corrections, versions, compare, export, review steps. */
export function reportRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('reports.list'),
    schema: {
      ...docs('reports.list', TAG),
      querystring: listQuery,
      response: {
        200: z.object({ items: z.array(listItemSchema), total: z.number().int() }),
        ...errorResponses,
      },
    },
    handler: async (request) => listReports(ctx, actorOf(request), toListQuery(request.query)),
  });

  app.route({
    ...routeOf('reports.create'),
    schema: {
      ...docs('reports.create', TAG),
      description:
        '新建一份空白年报（每个单元格为空，不是 0）；未指定格式时 2021 年度起用 2021 格式。',
      body: z.object({
        agencyId: z.number().int().positive(),
        year: z.number().int().min(2000).max(2100),
        format: formatEnum.optional(),
      }),
      response: { 201: z.object({ id: z.number().int() }), ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createReport(ctx, actorOf(request), request.body)),
  });

  app.route({
    ...routeOf('reports.get'),
    schema: {
      ...docs('reports.get', TAG),
      description:
        '带 ETag；请求头 If-None-Match 与之相同时答 304（不含正文）。响应体为预先序列化的 JSON。',
      params: idParam,
      response: { 200: detailSchema, 304: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { body, etag } = await reportDetail(ctx, actorOf(request), request.params.id);
      // The body is sent as the bytes serialised once (and cached on PGlite), so the schema's
      // serializer does not see it: tests check it against the schema here instead.
      if (ctx.validateResponses) detailSchema.parse(JSON.parse(body.toString('utf8')));
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (ifNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      return reply
        .type('application/json; charset=utf-8')
        .send(preSerialised<z.infer<typeof detailSchema>>(body));
    },
  });

  app.route({
    ...routeOf('reports.source'),
    schema: {
      ...docs('reports.source', TAG),
      description:
        '原始文件。inline=true 时 PDF 与纯文本可在页面内显示；其他类型一律作为附件下载。',
      params: idParam,
      querystring: z.object({ inline: booleanQuery }),
    },
    handler: async (request, reply) => {
      const file = await sourceFile(ctx, reportOf(request));
      // Only types a browser shows without running anything may be inline; an uploaded HTML
      // page is always a download, and the sandbox CSP stops any script it carries.
      const inline =
        request.query.inline === true && /^(application\/pdf|text\/plain)/u.test(file.mediaType);
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          contentDisposition(file.fileName, `source-${request.params.id}`, inline),
        )
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    },
  });

  app.route({
    ...routeOf('reports.source-text'),
    schema: {
      ...docs('reports.source-text', TAG),
      params: idParam,
      response: {
        200: z.object({
          fileName: z.string(),
          kind: z.string(),
          text: z.string(),
          lines: z
            .array(z.string())
            .describe('provenance.line 为 1 起的行号，对应 lines[line - 1]'),
          outline: z.array(z.unknown()),
          problems: z.array(z.unknown()),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => sourceText(ctx, reportOf(request)),
  });

  app.route({
    ...routeOf('reports.corrections'),
    schema: {
      ...docs('reports.corrections', TAG),
      description: '更正单元格、正文或标题/日期，必须填写理由；保存为新版本并重新核查。',
      params: idParam,
      body: correctionBody,
      response: {
        201: z.object({ version: versionSchema, findings: z.array(findingOut) }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await correctReport(ctx, actorOf(request), reportOf(request), request.body)),
  });

  app.route({
    ...routeOf('check'),
    schema: {
      ...docs('check', TAG),
      description:
        '核查一份年报 JSON，不保存（填报、更正时实时核查）。给出 reportId 时同时读取该年报的原文与上一年度年报。',
      body: z.object({ report: reportSchema, reportId: z.number().int().positive().optional() }),
      response: { 200: z.object({ findings: z.array(findingOut) }), ...errorResponses },
    },
    handler: async (request) => ({
      findings: await checkDraft(
        ctx,
        actorOf(request),
        request.body.report as Report,
        request.body.reportId,
      ),
    }),
  });

  app.route({
    ...routeOf('reports.versions'),
    schema: {
      ...docs('reports.versions', TAG),
      params: idParam,
      response: { 200: z.array(versionSummarySchema), ...errorResponses },
    },
    handler: async (request) => versionHistory(ctx, reportOf(request)),
  });

  app.route({
    ...routeOf('reports.version'),
    schema: {
      ...docs('reports.version', TAG),
      params: idParam.extend({ n: z.coerce.number().int().positive().max(1_000_000) }),
      response: { 200: versionSchema.extend({ findings: z.array(findingOut) }), ...errorResponses },
    },
    handler: async (request) => versionDetail(ctx, reportOf(request), request.params.n),
  });

  app.route({
    ...routeOf('reports.diff'),
    schema: {
      ...docs('reports.diff', TAG),
      params: idParam,
      querystring: z.object({
        from: z.coerce.number().int().positive().optional(),
        to: z.coerce.number().int().positive().optional(),
      }),
      response: { 200: diffSchema, ...errorResponses },
    },
    handler: async (request) => versionDiff(ctx, reportOf(request), request.query),
  });

  app.route({
    ...routeOf('reports.compare'),
    schema: {
      ...docs('reports.compare', TAG),
      params: idParam,
      response: { 200: compareSchema, ...errorResponses },
    },
    handler: async (request) => compareWithPreviousYear(ctx, reportOf(request)),
  });

  app.route({
    ...routeOf('reports.export'),
    schema: {
      ...docs('reports.export', TAG),
      params: idParam,
      querystring: z.object({
        format: exportFormatEnum,
        version: z.coerce.number().int().positive().optional(),
      }),
    },
    handler: async (request, reply) => {
      const row = reportOf(request);
      const file = await exportReport(
        ctx,
        actorOf(request),
        row,
        request.query.format,
        request.query.version,
      );
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          contentDisposition(
            file.fileName,
            `report-${row.id}-${row.year}.${file.fileName.split('.').pop() ?? 'bin'}`,
          ),
        )
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    },
  });

  app.route({
    ...routeOf('exports.list'),
    schema: {
      ...docs('exports.list', TAG),
      querystring: z.object({ ...listFilterQuery, format: exportFormatEnum }),
    },
    handler: async (request, reply) => {
      const file = await exportFiltered(
        ctx,
        actorOf(request),
        toListQuery(request.query),
        request.query.format,
      );
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName, 'reports.zip'))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    },
  });

  app.route({
    ...routeOf('reports.submit'),
    schema: {
      ...docs('reports.submit', '审核'),
      params: idParam,
      response: { 200: workflowResult, ...errorResponses },
    },
    handler: async (request) => submitReport(ctx, actorOf(request), reportOf(request)),
  });

  app.route({
    ...routeOf('reports.return'),
    schema: {
      ...docs('reports.return', '审核'),
      params: idParam,
      body: z.object({ comment: z.string().trim().min(1, '退回时必须填写审核意见').max(2000) }),
      response: { 200: workflowResult, ...errorResponses },
    },
    handler: async (request) =>
      returnReport(ctx, actorOf(request), reportOf(request), request.body.comment),
  });

  app.route({
    ...routeOf('reports.publish'),
    schema: {
      ...docs('reports.publish', '审核'),
      params: idParam,
      response: { 200: workflowResult, ...errorResponses },
    },
    handler: async (request) => publishReport(ctx, actorOf(request), reportOf(request)),
  });
}
