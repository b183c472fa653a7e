import type { Multipart } from '@fastify/multipart';
import { isIsoDate } from '@xxgk/calendar';
import { article20Schema } from '@xxgk/casework';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import {
  createProactive,
  createReviewCase,
  decideReviewCase,
  getArticle20,
  importProactive,
  listProactive,
  listReviewCases,
  putArticle20,
} from '../services/casework-registers.js';
import {
  actorOf,
  docs,
  errorResponses,
  errorSchema,
  idParam,
  paging,
  routeOf,
  type ZodApp,
} from './common.js';

const TAG = '登记簿';

const isoDate = z
  .string()
  .refine(isIsoDate, { message: '日期须为有效的 YYYY-MM-DD（例如 2025-09-26）' });
const agencyIdIn = z.coerce.number().int().positive().max(2_147_483_647);
const year = z.coerce.number().int().min(2000).max(2100);
const channel = z.enum(['portal', 'newMedia', 'gazette', 'other']);
const kind = z.enum(['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']);
const result = z.enum(['upheld', 'corrected', 'other', 'pending']);

const proactiveItem = z.object({
  id: z.string(),
  agencyId: z.string(),
  title: z.string(),
  publishedOn: z.string(),
  channel,
  channelLabel: z.string(),
  category: z.string(),
});

const figuresOut = z.object({
  agencyId: z.string(),
  year: z.number().int(),
  figures: article20Schema.nullable(),
});

const reviewCase = z.object({
  id: z.string(),
  agencyId: z.string(),
  kind,
  kindLabel: z.string(),
  applicationId: z.string().nullable(),
  applicationNumber: z.string().nullable(),
  filedOn: z.string(),
  result,
  resultLabel: z.string(),
  decidedOn: z.string().nullable(),
});

/** Largest register file accepted (a year of items of a big agency is well under 1 MB). */
const MAX_REGISTER_BYTES = 10 * 1024 * 1024;

/** Reads the multipart body of an import: the `agencyId` field and the `file` file. */
async function registerUpload(
  parts: AsyncIterableIterator<Multipart>,
): Promise<{ agencyId: number; fileName: string; bytes: Uint8Array }> {
  let agencyId: number | undefined;
  let file: { fileName: string; bytes: Uint8Array } | undefined;
  for await (const part of parts) {
    if (part.type === 'field' && part.fieldname === 'agencyId') {
      const parsed = agencyIdIn.safeParse(part.value);
      if (!parsed.success) throw new ApiError('request.invalid', '字段 agencyId 须为机关编号。');
      agencyId = parsed.data;
    } else if (part.type === 'file') {
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new ApiError(
            'request.too-large',
            `文件“${part.filename}”超过 ${MAX_REGISTER_BYTES / 1024 / 1024} MB 的上限，已拒绝。`,
          );
        throw e;
      }
      if (part.fieldname !== 'file') continue;
      file = {
        fileName: part.filename,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      };
    }
  }
  if (agencyId === undefined) throw new ApiError('request.invalid', '请求中没有字段 agencyId。');
  if (!file) throw new ApiError('request.invalid', '请求中没有名为 file 的文件。');
  return { agencyId, ...file };
}

/** The registers: 主动公开 items (with import), 第二十条 figures, 复议/诉讼 cases. */
export function caseworkRegisterRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('casework.proactive.list'),
    schema: {
      ...docs('casework.proactive.list', TAG),
      querystring: z.object({ agencyId: agencyIdIn.optional(), year: year.optional(), ...paging }),
      response: {
        200: z.object({
          items: z.array(proactiveItem),
          total: z.number().int(),
          byChannel: z.record(z.string(), z.number().int()),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => listProactive(ctx, actorOf(request), request.query),
  });

  app.route({
    ...routeOf('casework.proactive.create'),
    schema: {
      ...docs('casework.proactive.create', TAG),
      body: z.object({
        agencyId: agencyIdIn,
        title: z.string().trim().min(1, '标题不能为空').max(500, '标题不能超过 500 个字'),
        publishedOn: isoDate,
        channel,
        category: z.string().trim().max(100, '类别不能超过 100 个字').default(''),
      }),
      response: { 201: proactiveItem, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createProactive(ctx, actorOf(request), request.body)),
  });

  app.route({
    ...routeOf('casework.proactive.import'),
    schema: {
      ...docs('casework.proactive.import', TAG),
      description:
        'multipart/form-data：字段 agencyId，文件 file（.csv，UTF-8 或 GBK；或 .xlsx 的第一个工作表）。' +
        '表头：标题（或名称）、发布日期、发布渠道（门户网站/政务新媒体/公报/其他）、类别（或栏目，可省略）。' +
        '有效行全部导入，无效行逐行返回行号和原因；不是登记表的文件整体拒绝。',
      consumes: ['multipart/form-data'],
      response: {
        200: z.object({
          imported: z.number().int(),
          rejected: z.array(z.object({ line: z.number().int(), message: z.string() })),
        }),
        ...errorResponses,
        413: errorSchema,
        415: errorSchema,
        422: errorSchema,
      },
    },
    handler: async (request) => {
      if (!request.isMultipart())
        throw new ApiError(
          'request.unsupported-media-type',
          '请以 multipart/form-data 上传登记表（字段 agencyId 和文件 file）。',
        );
      const upload = await registerUpload(
        request.parts({ limits: { fileSize: MAX_REGISTER_BYTES, files: 1, fields: 5, parts: 6 } }),
      );
      return importProactive(ctx, actorOf(request), upload);
    },
  });

  app.route({
    ...routeOf('casework.article20.get'),
    schema: {
      ...docs('casework.article20.get', TAG),
      querystring: z.object({ agencyId: agencyIdIn, year }),
      response: { 200: figuresOut, ...errorResponses },
    },
    handler: async (request) =>
      getArticle20(ctx, actorOf(request), request.query.agencyId, request.query.year),
  });

  app.route({
    ...routeOf('casework.article20.put'),
    schema: {
      ...docs('casework.article20.put', TAG),
      body: z.object({ agencyId: agencyIdIn, year, figures: article20Schema }),
      response: { 200: figuresOut, ...errorResponses },
    },
    handler: async (request) => putArticle20(ctx, actorOf(request), request.body),
  });

  app.route({
    ...routeOf('casework.review-cases.list'),
    schema: {
      ...docs('casework.review-cases.list', TAG),
      description:
        '给定 year 时，列出该年度表四计入的案件：当年立案的，以及此前立案、当年年初尚未审结的。',
      querystring: z.object({ agencyId: agencyIdIn.optional(), year: year.optional() }),
      response: { 200: z.object({ items: z.array(reviewCase) }), ...errorResponses },
    },
    handler: async (request) => listReviewCases(ctx, actorOf(request), request.query),
  });

  app.route({
    ...routeOf('casework.review-cases.create'),
    schema: {
      ...docs('casework.review-cases.create', TAG),
      body: z.object({
        agencyId: agencyIdIn,
        kind,
        applicationId: z
          .union([z.string().regex(/^\d{1,10}$/u, '申请编号格式不对'), z.number().int().positive()])
          .nullable()
          .default(null)
          .transform((v) => (v === null ? null : Number(v))),
        filedOn: isoDate,
        result: result.default('pending'),
        decidedOn: isoDate.nullable().default(null),
      }),
      response: { 201: reviewCase, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createReviewCase(ctx, actorOf(request), request.body)),
  });

  app.route({
    ...routeOf('casework.review-cases.update'),
    schema: {
      ...docs('casework.review-cases.update', TAG),
      params: idParam,
      body: z.object({ result, decidedOn: isoDate.nullable() }),
      response: { 200: reviewCase, ...errorResponses },
    },
    handler: async (request) =>
      decideReviewCase(ctx, actorOf(request), request.params.id, request.body),
  });
}
