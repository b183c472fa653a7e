import { isIsoDate } from '@xxgk/calendar';
import { CHANNELS, OUTCOMES, REPLY_DETAILS_MAX_LENGTH } from '@xxgk/casework';
import { APPLICANT_PARTS } from '@xxgk/model';
import type { StoredCaseEvent } from '@xxgk/db';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import {
  applicationDetail,
  createApplication,
  dueApplications,
  listApplications,
  recordEvent,
} from '../services/casework-applications.js';
import { actorOf, docs, errorResponses, idParam, paging, routeOf, type ZodApp } from './common.js';

const TAG = '依申请公开';

const isoDate = z
  .string()
  .refine(isIsoDate, { message: '日期须为有效的 YYYY-MM-DD（例如 2025-09-26）' });
const agencyIdIn = z.coerce.number().int().positive().max(2_147_483_647);
const channel = z.enum(CHANNELS);
const applicantType = z
  .enum(APPLICANT_PARTS as [string, ...string[]])
  .describe(
    '申请人类型：表三的列（naturalPerson 自然人；commercial 商业企业；research 科研机构；socialWelfare 社会公益组织；legalService 法律服务机构；otherOrg 其他）',
  );
const outcome = z
  .enum(OUTCOMES as [string, ...string[]])
  .describe(
    '办理结果：表三“本年度办理结果”的一行（如 granted 予以公开、partiallyGranted 部分公开）',
  );
const text = (max: number) => z.string().trim().max(max);

const remaining = z.object({
  text: z.string(),
  workingDays: z.number().int().nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});

const summary = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  number: z.string(),
  channel,
  channelLabel: z.string(),
  receivedOn: z.string(),
  applicantType: z.string(),
  applicantTypeLabel: z.string(),
  applicantName: z.string(),
  content: z.string(),
  status: z.object({ kind: z.string(), label: z.string() }),
  due: z.string().nullable(),
  remaining,
  outcome: z.string().nullable(),
  outcomeLabel: z.string().nullable(),
  closedOn: z.string().nullable(),
});

const fee = z.object({
  method: z.enum(['perItem', 'perVolume']),
  amountYuan: z.number().nonnegative().max(1_000_000),
  pages: z.number().int().positive().max(10_000_000).optional(),
});

const eventView = z.object({
  seq: z.number().int(),
  type: z.string(),
  label: z.string(),
  date: z.string(),
  respondBy: z.string().optional(),
  correction: z.string().optional(),
  consultee: z.string().optional(),
  outcome: z.string().optional(),
  outcomeLabel: z.string().optional(),
  details: z.string().optional().describe('答复的理由或办理情况（印在告知书上）'),
  fee: fee.optional(),
  noticeKind: z
    .enum(['supplementRequest', 'extension', 'consultation', 'feeNotice'])
    .optional()
    .describe('该环节发出的文书，可从 /notices/:kind?seq= 下载'),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

/** The case page (notes/casework-api.md ApplicationDetail). */
export const applicationDetailSchema = summary.extend({
  identityDocumentMasked: z.string().nullable(),
  identityDocumentKind: z.string().nullable(),
  requestedForm: z.string().nullable(),
  requestedDelivery: z.string().nullable(),
  events: z.array(eventView),
  deadline: z.object({ due: z.string().nullable(), explanation: z.array(z.string()) }),
  duplicates: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      kind: z.enum(['duplicate', 'repeat']),
      receivedOn: z.string(),
    }),
  ),
  allowedEvents: z.array(z.string()),
  reasonsRequired: z
    .array(z.object({ outcome: z.string(), label: z.string() }))
    .describe('答复时必须写明理由的办理结果及该栏的名称（条例第三十六条第（三）项）'),
});

/** The list item of an application, shared with the compile drill-down. */
export const applicationSummarySchema = summary;

const simpleEvent = (type: string) => z.object({ type: z.literal(type), date: isoDate });

const eventBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('supplementRequested'),
    date: isoDate,
    respondBy: isoDate,
    correction: text(1000)
      .optional()
      .describe('需要补正的事项（条例第三十条），印在补正通知书上；选填'),
  }),
  simpleEvent('supplementReceived'),
  simpleEvent('extensionApproved'),
  z.object({
    type: z.literal('consultationStarted'),
    date: isoDate,
    consultee: text(200)
      .optional()
      .describe('征求意见的对象（第三方或其他机关），征求意见函的抬头；选填'),
  }),
  simpleEvent('consultationEnded'),
  z.object({ type: z.literal('feeNoticeIssued'), date: isoDate, fee }),
  simpleEvent('feePaid'),
  z.object({
    type: z.literal('replied'),
    date: isoDate,
    outcome,
    // The domain measures the tidied text (REPLY_DETAILS_MAX_LENGTH); this only bounds the body.
    details: z
      .string()
      .max(REPLY_DETAILS_MAX_LENGTH * 2, {
        message: `理由或说明过长（最多 ${REPLY_DETAILS_MAX_LENGTH} 字）`,
      })
      .optional()
      .describe(
        '理由或办理情况，印在告知书上：部分公开、不予公开、其他处理·其他必填（条例第三十六条第（三）项）',
      ),
  }),
  simpleEvent('withdrawn'),
]);

const createBody = z.object({
  agencyId: z.number().int().positive(),
  channel,
  receipt: z.object({
    submittedOn: isoDate.optional(),
    signedForOn: isoDate.optional(),
    confirmedOn: isoDate.optional(),
  }),
  applicant: z.object({
    type: applicantType,
    name: text(200).min(1, { message: '申请人姓名或名称不能为空' }),
    identityDocument: z
      .object({ kind: text(50), number: text(64).min(1, { message: '证件号码不能为空' }) })
      .optional(),
  }),
  content: text(5000).min(1, { message: '申请内容不能为空' }),
  requestedForm: text(200).optional(),
  requestedDelivery: text(200).optional(),
});

/** Applications: list, intake, case page, events, overdue / due-soon lists. */
export function caseworkApplicationRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('casework.applications.list'),
    schema: {
      ...docs('casework.applications.list', TAG),
      description:
        'year 为收到申请的年份；view：all 全部、open 办理中、overdue 已超期、dueSoon 5个工作日内到期、closed 已办结；q 检索编号、申请人、申请内容。办理中的按答复截止日排前，已办结的按编号倒序。',
      querystring: z.object({
        agencyId: agencyIdIn.optional(),
        year: z.coerce.number().int().min(2000).max(2100).optional(),
        view: z.enum(['all', 'open', 'overdue', 'dueSoon', 'closed']).optional(),
        q: z.string().max(200).optional(),
        ...paging,
      }),
      response: {
        200: z.object({ items: z.array(summary), total: z.number().int() }),
        ...errorResponses,
      },
    },
    handler: async (request) => listApplications(ctx, actorOf(request), request.query),
  });

  app.route({
    ...routeOf('casework.applications.create'),
    schema: {
      ...docs('casework.applications.create', TAG),
      description:
        '收到申请日期按渠道确定（条例第三十一条）：当面—submittedOn；邮寄—signedForOn（平常信函为 confirmedOn）；网络平台、电子邮件、传真—confirmedOn；其他—submittedOn。编号按机关、年度连续分配。重复申请只提示，不拒绝。',
      body: createBody,
      response: { 201: applicationDetailSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const b = request.body;
      const detail = await createApplication(ctx, actorOf(request), {
        agencyId: b.agencyId,
        channel: b.channel,
        receipt: b.receipt,
        applicant: {
          type: b.applicant.type as Parameters<typeof createApplication>[2]['applicant']['type'],
          name: b.applicant.name,
          identityDocument: b.applicant.identityDocument,
        },
        content: b.content,
        requestedForm: b.requestedForm,
        requestedDelivery: b.requestedDelivery,
      });
      return reply.code(201).send(detail);
    },
  });

  app.route({
    ...routeOf('casework.applications.get'),
    schema: {
      ...docs('casework.applications.get', TAG),
      description:
        '证件号码只返回遮蔽后的形式。deadline.explanation 逐步说明答复截止日为何是这一天。',
      params: idParam,
      response: { 200: applicationDetailSchema, ...errorResponses },
    },
    handler: async (request) => applicationDetail(ctx, actorOf(request), request.params.id),
  });

  app.route({
    ...routeOf('casework.applications.event'),
    schema: {
      ...docs('casework.applications.event', TAG),
      description:
        '事项按顺序追加，不可修改或删除。不合规定的顺序（如第二次延期、答复后的事项、超过7个工作日告知补正、早于收到日期）答 409 并说明原因。答复为部分公开、不予公开或其他处理·其他而未写理由（details）的，答 400。',
      params: idParam,
      body: eventBody,
      response: { 201: applicationDetailSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordEvent(
            ctx,
            actorOf(request),
            request.params.id,
            request.body as StoredCaseEvent,
          ),
        ),
  });

  app.route({
    ...routeOf('casework.due'),
    schema: {
      ...docs('casework.due', TAG),
      description: '按机关列出已超期与5个工作日内到期的办理中申请（仅限权限范围内的机关）。',
      querystring: z.object({ agencyId: agencyIdIn.optional() }),
      response: {
        200: z.object({
          agencies: z.array(
            z.object({
              agencyId: z.string(),
              agencyName: z.string(),
              overdue: z.array(summary),
              dueSoon: z.array(summary),
            }),
          ),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => dueApplications(ctx, actorOf(request), request.query.agencyId),
  });
}
