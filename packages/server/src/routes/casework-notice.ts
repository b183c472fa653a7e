import { z } from 'zod';
import type { AppContext } from '../context.js';
import { contentDisposition } from '../services/exports.js';
import { applicationNotice, DOCX_MEDIA_TYPE } from '../services/casework-notice.js';
import { actorOf, docs, errorResponses, idParam, routeOf, type ZodApp } from './common.js';

/** The 告知书 of a concluded application, as DOCX. */
export function caseworkNoticeRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('casework.notice'),
    schema: {
      ...docs('casework.notice', '依申请公开'),
      description:
        '按办理结果（表三的结果行）选用模板，引用所依据的《条例》条款，附救济途径。尚未答复的申请返回 409。',
      params: idParam,
      response: { 200: z.any().describe('DOCX 文件'), ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await applicationNotice(ctx, actorOf(request), request.params.id);
      return reply
        .header('content-type', DOCX_MEDIA_TYPE)
        .header(
          'content-disposition',
          contentDisposition(file.fileName, `notice-${request.params.id}.docx`),
        )
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    },
  });
}
