import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { confirmImport, discardImport, importUpload } from '../services/import.js';
import { actorOf, docs, errorResponses, errorSchema, routeOf, type ZodApp } from './common.js';

const TAG = '导入';

const importItemSchema = z.object({
  importId: z.string().nullable().describe('无法读取的文件为 null（没有可确认的内容）'),
  fileName: z.string(),
  status: z.enum(['parsed', 'problems', 'unreadable']),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  problems: z
    .array(z.object({ code: z.string(), message: z.string(), line: z.number().int().optional() }))
    .optional(),
  recognized: z.object({
    agencyName: z.string().nullable(),
    year: z.number().int().nullable(),
    format: z.string().nullable(),
    title: z.string().nullable(),
  }),
  agencyId: z.number().int().nullable(),
  agencyName: z.string().nullable(),
  duplicateOf: z
    .object({
      reportId: z.number().int().nullable(),
      importId: z.string().optional(),
      reason: z.string(),
    })
    .optional(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});

const importIdParam = z.object({
  importId: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/u, '导入编号格式不对'),
});

/** Import: upload and read, then confirm (or discard) each file. */
export function importRoutes(app: ZodApp, ctx: AppContext): void {
  const limits = ctx.config.uploads;
  app.route({
    ...routeOf('imports.create'),
    schema: {
      ...docs('imports.create', TAG),
      description:
        `multipart/form-data，字段 file，每次一个文件（浏览器逐个显示进度）。.zip 展开为多项。` +
        `上限：单个文件 ${limits.maxFileBytes / 1024 / 1024} MB；压缩包最多 ${limits.maxZipEntries} 个条目、` +
        `解压后共 ${limits.maxZipExpandedBytes / 1024 / 1024} MB。条目名只作为数据，从不用作磁盘路径。`,
      consumes: ['multipart/form-data'],
      response: {
        200: z.object({ items: z.array(importItemSchema) }),
        ...errorResponses,
        413: errorSchema,
        415: errorSchema,
      },
    },
    handler: async (request) => {
      if (!request.isMultipart())
        throw new ApiError(
          'request.unsupported-media-type',
          '请以 multipart/form-data 上传文件（字段名 file）。',
        );
      const part = await request.file({
        limits: { fileSize: limits.maxFileBytes, files: 1, fields: 10, parts: 12 },
      });
      if (!part || part.fieldname !== 'file')
        throw new ApiError('request.invalid', '请求中没有名为 file 的文件。');
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new ApiError(
            'request.too-large',
            `文件“${part.filename}”超过单个文件 ${limits.maxFileBytes / 1024 / 1024} MB 的上限，已拒绝。`,
          );
        throw e;
      }
      return importUpload(ctx, actorOf(request), {
        fileName: part.filename,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      });
    },
  });

  app.route({
    ...routeOf('imports.confirm'),
    schema: {
      ...docs('imports.confirm', TAG),
      params: importIdParam,
      body: z.object({
        agencyId: z.number().int().positive(),
        year: z.number().int().min(2000).max(2100),
        addAsVersion: z.boolean().optional().describe('该机关该年度已有年报时，作为它的新版本导入'),
      }),
      response: {
        201: z.object({ reportId: z.number().int(), version: z.number().int() }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await confirmImport(ctx, actorOf(request), request.params.importId, request.body)),
  });

  app.route({
    ...routeOf('imports.discard'),
    schema: {
      ...docs('imports.discard', TAG),
      params: importIdParam,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await discardImport(ctx, actorOf(request), request.params.importId);
      return reply.code(204).send(null);
    },
  });
}
