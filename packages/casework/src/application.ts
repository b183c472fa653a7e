import { APPLICANT_PARTS, type ApplicantColumnKey } from '@xxgk/model';
import { DEADLINE_EVENT_TYPES, isIsoDate, type DeadlineEvent, type IsoDate } from '@xxgk/calendar';
import { z } from 'zod';
import { CHANNELS, type Channel } from './channel.js';
import { isOutcome, type Outcome } from './outcome.js';
import { normalizeReplyDetails, replyDetailsProblem } from './reply-reasons.js';

/** Applicant type: exactly one of the six columns of table 三 that add up to 总计. */
export type ApplicantType = Exclude<ApplicantColumnKey, 'total'>;

/** A case event that does not move the clock but ends or shapes the case. */
export type CaseEvent =
  | (DeadlineEvent & {
      type: Exclude<DeadlineEvent['type'], 'supplementRequested' | 'consultationStarted'>;
    })
  /**
   * 补正 asked; `respondBy` is the period the notice gave (条例第三十条 “合理的补正期限”),
   * `correction` what is to be corrected (“说明需要补正的事项”), printed in the 补正通知书.
   */
  | { type: 'supplementRequested'; date: IsoDate; respondBy: IsoDate; correction?: string }
  /** Consultation begun; `consultee`: the third party or agency asked, the letter's addressee. */
  | { type: 'consultationStarted'; date: IsoDate; consultee?: string }
  /**
   * The reply (答复); its outcome is one result row of table 三. `details`: the reasons or
   * account of handling the clerk wrote, printed in the 告知书 (required for the outcomes of
   * `reasonsRequirement`; absent on replies recorded before the field existed).
   */
  | { type: 'replied'; date: IsoDate; outcome: Outcome; details?: string }
  /** The applicant withdrew: counted as 其他处理·其他. */
  | { type: 'withdrawn'; date: IsoDate };

/** An 依申请公开 application: its intake data and its event log. @see 条例第二十七条至第三十三条 */
export interface Application {
  id: string;
  agencyId: string;
  /** Per-agency number, see `formatCaseNumber`. */
  number: string;
  channel: Channel;
  /** Date of receipt by the channel's rule (`dateOfReceipt`). @see 条例第三十一条 */
  receivedOn: IsoDate;
  applicant: {
    type: ApplicantType;
    name: string;
    /** Stored for duplicate detection only; shown through `maskIdentity`. */
    identityDocument?: { kind: string; number: string };
  };
  /** The information asked for (申请公开的政府信息的名称、文号或者便于查询的其他特征性描述). */
  content: string;
  /** 获取信息的方式与途径, e.g. 纸质 / 电子邮件. */
  requestedForm?: string;
  requestedDelivery?: string;
  events: CaseEvent[];
}

const date = z.string().refine(isIsoDate, { message: '不是有效的日期（应写作 YYYY-MM-DD）' });
const clockTypes = DEADLINE_EVENT_TYPES.filter(
  (t) => t !== 'supplementRequested' && t !== 'consultationStarted',
);
/** A clerk's note on an event (补正事项, 征求意见对象): trimmed, dropped when blank. */
const note = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `最多 ${max} 字` })
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * The zod schema of a case event as entered: a new reply carries the reasons its outcome
 * requires (`reasonsRequirement`), tidied by `normalizeReplyDetails`. Replies stored before the
 * field existed may lack them; nothing re-validates a stored log with this schema.
 */
export const caseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(clockTypes), date }),
  z.object({
    type: z.literal('supplementRequested'),
    date,
    respondBy: date,
    correction: note(1000),
  }),
  z.object({ type: z.literal('consultationStarted'), date, consultee: note(200) }),
  z
    .object({
      type: z.literal('replied'),
      date,
      outcome: z.string().refine(isOutcome, { message: '答复结果不是表三的办理结果之一' }),
      details: z.string().optional().transform(normalizeReplyDetails),
    })
    .superRefine((e, ctx) => {
      const problem = replyDetailsProblem(e.outcome, e.details);
      if (problem) ctx.addIssue({ code: 'custom', path: ['details'], message: problem });
    }),
  z.object({ type: z.literal('withdrawn'), date }),
]);

/** The zod schema of an application (messages in Chinese). */
export const applicationSchema = z.object({
  id: z.string().min(1),
  agencyId: z.string().min(1),
  number: z.string(),
  channel: z.enum(CHANNELS),
  receivedOn: date,
  applicant: z.object({
    type: z.enum(
      APPLICANT_PARTS as readonly ApplicantType[] as [ApplicantType, ...ApplicantType[]],
    ),
    name: z.string(),
    identityDocument: z.object({ kind: z.string(), number: z.string() }).optional(),
  }),
  content: z.string().min(1, { message: '申请内容不能为空' }),
  requestedForm: z.string().optional(),
  requestedDelivery: z.string().optional(),
  events: z.array(caseEventSchema),
});
