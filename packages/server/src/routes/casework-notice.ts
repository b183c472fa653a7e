import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { contentDisposition } from '../services/exports.js';
import {
  applicationNotice,
  DOCX_MEDIA_TYPE,
  PROCEDURAL_NOTICE_KINDS,
  proceduralNotice,
  type NoticeFile,
} from '../services/casework-notice.js';
import { actorOf, docs, errorResponses, idParam, routeOf, type ZodApp } from './common.js';

/** Sends a rendered notice as a download with its Chinese file name. */
function sendDocx(reply: FastifyReply, file: NoticeFile, fallbackName: string): FastifyReply {
  return reply
    .header('content-type', DOCX_MEDIA_TYPE)
    .header('content-disposition', contentDisposition(file.fileName, fallbackName))
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/** The 告知书 of a concluded application, and the notices sent on the way, as DOCX. */
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
      return sendDocx(reply, file, `notice-${request.params.id}.docx`);
    },
  });

  app.route({
    ...routeOf('casework.notices.procedural'),
    schema: {
      ...docs('casework.notices.procedural', '依申请公开'),
      description:
        'kind：supplementRequest 补正通知书、extension 延期答复告知书、consultation 征求意见函、feeNotice 收费通知书。按该环节记录的内容生成（补正期限、延长后的答复期限、收费金额与缴费期限）；seq 指定第几项办理记录（如多次征求意见），缺省为该类最近一项。申请没有这一环节答 409，seq 不是这一环节答 404。',
      params: idParam.extend({
        kind: z.enum(PROCEDURAL_NOTICE_KINDS, {
          message: '文书种类应为 supplementRequest、extension、consultation 或 feeNotice',
        }),
      }),
      querystring: z.object({
        seq: z.coerce.number().int().positive().max(2_147_483_647).optional(),
      }),
      response: { 200: z.any().describe('DOCX 文件'), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { id, kind } = request.params;
      const file = await proceduralNotice(ctx, actorOf(request), id, kind, request.query.seq);
      return sendDocx(reply, file, `${kind}-${id}.docx`);
    },
  });
}
