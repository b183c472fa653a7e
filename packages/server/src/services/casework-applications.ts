import {
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  conclusionOf,
  dateOfReceipt,
  normalizeReplyDetails,
  OUTCOMES,
  outcomeLabel,
  reasonsRequirement,
  replyDetailsProblem,
  type Application,
  type ApplicantType,
  type Channel,
  type ReceiptFacts,
} from '@xxgk/casework';
import {
  Calendar,
  computeDeadline,
  DEADLINE_EVENT_LABELS,
  dueStatus,
  isIsoDate,
  SUPPLEMENT_NOTICE_WORKING_DAYS,
  toDayNumber,
  type DeadlineEvent,
  type IsoDate,
} from '@xxgk/calendar';
import type { ApplicationListRow, ApplicationWithEvents, FeeInfo, StoredCaseEvent } from '@xxgk/db';
import { toDomainApplication } from '@xxgk/db';
import { APPLICANT_COLUMNS, isXxgkError, XxgkError } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { audit } from './audit.js';
import { loadCalendar } from './casework-calendar.js';
import { protectIdentity } from './casework-identity.js';
import { caseworkReadScope, todayInChina } from './casework-scope.js';
import { agencyInScope, assertAgencyInScope } from './scope.js';

/** Working days ahead within which an open case counts as due soon. */
export const DUE_SOON_WORKING_DAYS = 5;

/** Chinese name of each event type. */
export const CASE_EVENT_LABELS: Readonly<Record<StoredCaseEvent['type'], string>> = {
  ...DEADLINE_EVENT_LABELS,
  replied: '答复',
  withdrawn: '申请人撤回申请',
};

const APPLICANT_LABELS: Record<string, string> = Object.fromEntries(
  APPLICANT_COLUMNS.map((c) => [c.key, c.group ? `${c.group}·${c.label}` : c.label]),
);

/** How a case stands against its clock, for lists. */
export interface Remaining {
  text: string;
  workingDays: number | null;
  overdue: boolean;
  dueSoon: boolean;
}

/** An application as lists show it (notes/casework-api.md). */
export interface ApplicationSummary {
  id: string;
  agencyId: string;
  agencyName: string;
  number: string;
  channel: Channel;
  channelLabel: string;
  receivedOn: string;
  applicantType: ApplicantType;
  applicantTypeLabel: string;
  applicantName: string;
  content: string;
  status: { kind: string; label: string };
  due: string | null;
  remaining: Remaining;
  outcome: string | null;
  outcomeLabel: string | null;
  closedOn: string | null;
}

/** The notices sent during a case, by the event that sent them (each has a template). */
export const PROCEDURAL_NOTICE_OF = {
  supplementRequested: 'supplementRequest',
  extensionApproved: 'extension',
  consultationStarted: 'consultation',
  feeNoticeIssued: 'feeNotice',
} as const satisfies Partial<Record<StoredCaseEvent['type'], string>>;

/** A procedural notice kind: 补正通知书, 延期答复告知书, 征求意见函, 收费通知书. */
export type ProceduralNoticeKind = (typeof PROCEDURAL_NOTICE_OF)[keyof typeof PROCEDURAL_NOTICE_OF];

/** One event of the timeline. */
export interface CaseEventView {
  seq: number;
  type: string;
  label: string;
  date: string;
  respondBy?: string;
  /** 补正: what is to be corrected. */
  correction?: string;
  /** 征求意见: whom the agency asked. */
  consultee?: string;
  outcome?: string;
  outcomeLabel?: string;
  /** A reply's reasons or account of handling, as printed in its 告知书. */
  details?: string;
  fee?: FeeInfo;
  /** The notice this event sent, downloadable from `/notices/:kind?seq=`. */
  noticeKind?: ProceduralNoticeKind;
  recordedBy: string;
  recordedAt: string;
}

/** An outcome whose reply must state reasons, and what the reply form calls the field. */
export interface ReasonsRequired {
  outcome: string;
  label: string;
}

/** The outcomes that need reasons, from @xxgk/casework (the one place the rule lives). */
export const REASONS_REQUIRED: readonly ReasonsRequired[] = OUTCOMES.flatMap((outcome) => {
  const r = reasonsRequirement(outcome);
  return r ? [{ outcome, label: r.label }] : [];
});

/** The case page. */
export interface ApplicationDetail extends ApplicationSummary {
  identityDocumentMasked: string | null;
  identityDocumentKind: string | null;
  requestedForm: string | null;
  requestedDelivery: string | null;
  events: CaseEventView[];
  deadline: { due: string | null; explanation: string[] };
  duplicates: { id: string; number: string; kind: 'duplicate' | 'repeat'; receivedOn: string }[];
  allowedEvents: string[];
  /** Outcomes whose reply needs reasons (条例第三十六条第（三）项); the form marks them required. */
  reasonsRequired: ReasonsRequired[];
}

/** Not found — also for an application outside the caller's scope. */
function applicationNotFound(id: number): XxgkError {
  return new XxgkError('input.not-found', `申请（编号 ${id}）不存在，或不在您的权限范围内。`);
}

/** The application if it exists and is in the actor's scope; otherwise 404. */
export async function loadApplicationInScope(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<ApplicationWithEvents> {
  const app = await ctx.repos.applications.get(id);
  if (!app || !(await agencyInScope(ctx, actor, app.agencyId))) throw applicationNotFound(id);
  return app;
}

function remainingOf(row: ApplicationListRow, today: IsoDate, calendar: Calendar): Remaining {
  if (row.closedOn !== null && row.closedOn <= today)
    return { text: '已办结', workingDays: null, overdue: false, dueSoon: false };
  if (row.dueOn === null) {
    const text =
      row.statusKind === 'awaitingSupplement'
        ? '待补正（暂停计时）'
        : row.statusKind === 'paused'
          ? '已暂停计时'
          : // The count reaches a year whose holiday notice is not loaded yet.
            '期限待定（节假日安排未载入）';
    return { text, workingDays: null, overdue: false, dueSoon: false };
  }
  try {
    const s = dueStatus(row.dueOn, today, calendar);
    const overdue = s.kind === 'overdue';
    return {
      text: s.label,
      workingDays: s.workingDays,
      overdue,
      dueSoon: !overdue && s.workingDays <= DUE_SOON_WORKING_DAYS,
    };
  } catch (e) {
    if (!isXxgkError(e) || e.code !== 'calendar.year-missing') throw e;
    return { text: `答复截止日 ${row.dueOn}`, workingDays: null, overdue: false, dueSoon: false };
  }
}

/** The list view of a row on `today`. */
export function summaryOf(
  row: ApplicationListRow,
  today: IsoDate,
  calendar: Calendar,
): ApplicationSummary {
  const closed = row.closedOn !== null && row.closedOn <= today;
  const kind = closed ? 'concluded' : row.statusKind === 'concluded' ? 'received' : row.statusKind;
  return {
    id: String(row.id),
    agencyId: String(row.agencyId),
    agencyName: row.agencyName,
    number: row.number,
    channel: row.channel,
    channelLabel: CHANNEL_LABELS[row.channel],
    receivedOn: row.receivedOn,
    applicantType: row.applicantType,
    applicantTypeLabel: APPLICANT_LABELS[row.applicantType] ?? row.applicantType,
    applicantName: row.applicantName,
    content: row.content,
    status: { kind, label: CASE_STATUS_LABELS[kind] },
    due: closed ? null : row.dueOn,
    remaining: remainingOf(row, today, calendar),
    outcome: closed ? row.outcome : null,
    outcomeLabel: closed && row.outcome ? outcomeLabel(row.outcome) : null,
    closedOn: closed ? row.closedOn : null,
  };
}

/** The list of applications in scope (notes/casework-api.md). */
export async function listApplications(
  ctx: AppContext,
  actor: Actor,
  query: {
    agencyId?: number | undefined;
    year?: number | undefined;
    view?: 'all' | 'open' | 'overdue' | 'dueSoon' | 'closed' | undefined;
    q?: string | undefined;
    page?: number | undefined;
    pageSize?: number | undefined;
  },
): Promise<{ items: ApplicationSummary[]; total: number }> {
  const scope = await caseworkReadScope(ctx, actor, query.agencyId);
  const calendar = await loadCalendar(ctx.repos);
  const today = todayInChina(ctx.now());
  const page = await ctx.repos.applications.list(
    {
      ...scope,
      today,
      dueSoonUntil: soonUntil(today, calendar),
      ...(query.year !== undefined ? { year: query.year } : {}),
      ...(query.view !== undefined ? { view: query.view } : {}),
      ...(query.q !== undefined ? { search: query.q } : {}),
    },
    { page: query.page ?? 1, pageSize: query.pageSize ?? 20 },
  );
  return { items: page.items.map((r) => summaryOf(r, today, calendar)), total: page.total };
}

function soonUntil(today: IsoDate, calendar: Calendar): IsoDate {
  try {
    return calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
  } catch (e) {
    if (!isXxgkError(e) || e.code !== 'calendar.year-missing') throw e;
    // Beyond the loaded years: a week is the nearest honest approximation of 5 working days.
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7);
    return d.toISOString().slice(0, 10);
  }
}

/** What registering an application takes (notes/casework-api.md). */
export interface ApplicationInput {
  agencyId: number;
  channel: Channel;
  receipt: ReceiptFacts;
  applicant: {
    type: ApplicantType;
    name: string;
    identityDocument?: { kind: string; number: string } | undefined;
  };
  content: string;
  requestedForm?: string | undefined;
  requestedDelivery?: string | undefined;
}

/**
 * Registers an application of the clerk's agency: the date of receipt by the channel's rule,
 * the next number of the agency's year, the identity document protected; in the audit log.
 * @see 条例第二十九条、第三十一条
 */
export async function createApplication(
  ctx: AppContext,
  actor: Actor,
  input: ApplicationInput,
): Promise<ApplicationDetail> {
  await assertAgencyInScope(ctx, actor, input.agencyId);
  const receivedOn = dateOfReceipt(input.channel, input.receipt);
  const today = todayInChina(ctx.now());
  if (receivedOn > today)
    throw new XxgkError('usage', `收到申请日期 ${receivedOn} 晚于今天（${today}），请核对。`);
  const calendar = await loadCalendar(ctx.repos);
  const doc = input.applicant.identityDocument;
  const identity = doc && doc.number.trim() ? protectIdentity(doc.kind, doc.number) : null;
  const receipt: ReceiptFacts = {};
  for (const k of ['submittedOn', 'signedForOn', 'confirmedOn'] as const)
    if (input.receipt[k] !== undefined) receipt[k] = input.receipt[k];
  const created = await ctx.repos.transaction(async (tx) => {
    const row = await tx.applications.create(
      {
        agencyId: input.agencyId,
        channel: input.channel,
        receipt,
        receivedOn,
        applicantType: input.applicant.type,
        applicantName: input.applicant.name,
        identity,
        content: input.content,
        requestedForm: input.requestedForm?.trim() || null,
        requestedDelivery: input.requestedDelivery?.trim() || null,
        createdBy: actor.id,
      },
      calendar,
    );
    await audit(tx, actor, 'application.create', 'application', row.id, {
      agencyId: row.agencyId,
      number: row.number,
      channel: row.channel,
      receivedOn: row.receivedOn,
    });
    return row;
  });
  return detailOf(ctx, created, today, calendar);
}

/** The case page of an application in scope. */
export async function applicationDetail(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<ApplicationDetail> {
  const app = await loadApplicationInScope(ctx, actor, id);
  return detailOf(ctx, app, todayInChina(ctx.now()), await loadCalendar(ctx.repos));
}

function clockEvents(app: Application): DeadlineEvent[] {
  return app.events.flatMap((e) =>
    e.type === 'replied' || e.type === 'withdrawn' ? [] : [{ type: e.type, date: e.date }],
  );
}

/** 为何是这一天: the calendar's step-by-step explanation, and how the case ended. */
function deadlineOf(
  row: ApplicationWithEvents,
  app: Application,
  today: IsoDate,
  calendar: Calendar,
): { due: string | null; explanation: string[] } {
  let due: string | null = null;
  let explanation: string[];
  try {
    const result = computeDeadline({
      received: app.receivedOn,
      events: clockEvents(app),
      calendar,
      asOf: today,
    });
    due = result.due;
    explanation = [...result.explanation, ...result.warnings.map((w) => `注意：${w}`)];
  } catch (e) {
    if (!isXxgkError(e)) throw e;
    explanation = [e.message];
  }
  if (row.closedOn !== null && row.closedOn <= today && row.outcome) {
    const how: Record<string, string> = {
      replied: '作出答复',
      withdrawn: '申请人撤回申请',
      noCorrection: '申请人逾期未补正',
      unpaidFee: '申请人逾期未缴纳信息处理费',
    };
    explanation.push(
      `本申请已于${row.closedOn}办结（${how[row.closedBy ?? ''] ?? '办结'}，计入表三“${outcomeLabel(row.outcome)}”）。`,
    );
    return { due: null, explanation };
  }
  return { due, explanation };
}

/** Event types that may be recorded next (as {@link checkEvent} judges them, dates aside). */
export function allowedEvents(app: Application, calendar: Calendar): string[] {
  // A lapse (no 补正, no fee) still admits events dated before it: the clerk may be entering
  // them late. checkEvent judges the date.
  const end = safeConclusion(app, calendar);
  if (end && (end.by === 'replied' || end.by === 'withdrawn')) return [];
  const has = (t: string) => app.events.some((e) => e.type === t);
  const count = (t: string) => app.events.filter((e) => e.type === t).length;
  const awaiting = has('supplementRequested') && !has('supplementReceived');
  const consulting = count('consultationStarted') > count('consultationEnded');
  const feeOpen = has('feeNoticeIssued') && !has('feePaid');
  const out: string[] = [];
  if (!has('supplementRequested')) out.push('supplementRequested');
  if (awaiting) out.push('supplementReceived');
  if (!awaiting && !has('extensionApproved')) out.push('extensionApproved');
  if (!awaiting) out.push(consulting ? 'consultationEnded' : 'consultationStarted');
  if (!awaiting && !has('feeNoticeIssued')) out.push('feeNoticeIssued');
  if (feeOpen) out.push('feePaid');
  out.push('replied', 'withdrawn');
  return out;
}

function safeConclusion(app: Application, calendar: Calendar) {
  try {
    return conclusionOf(app, calendar);
  } catch (e) {
    if (isXxgkError(e) && e.code === 'calendar.year-missing') return null;
    throw e;
  }
}

async function detailOf(
  ctx: AppContext,
  row: ApplicationWithEvents,
  today: IsoDate,
  calendar: Calendar,
): Promise<ApplicationDetail> {
  const app = toDomainApplication(row, row.events);
  const names = new Map<number, string>();
  for (const id of new Set(row.events.map((e) => e.recordedBy)))
    if (id !== null) names.set(id, (await ctx.repos.users.get(id))?.displayName ?? `用户${id}`);
  const duplicates = (await ctx.repos.applications.duplicatesOf(row)).map((d) => ({
    id: String(d.id),
    number: d.number,
    receivedOn: d.receivedOn,
    // Answered before this one arrived: a repeat (may be 不予处理·重复申请, 条例第三十六条第（六）项).
    kind:
      d.closedBy === 'replied' && d.closedOn !== null && d.closedOn <= row.receivedOn
        ? ('repeat' as const)
        : ('duplicate' as const),
  }));
  return {
    ...summaryOf(row, today, calendar),
    identityDocumentMasked: row.identityMasked,
    identityDocumentKind: row.identityKind,
    requestedForm: row.requestedForm,
    requestedDelivery: row.requestedDelivery,
    events: row.events.map((e) => {
      const d = e.data as StoredCaseEvent;
      return {
        seq: e.seq,
        type: d.type,
        label: CASE_EVENT_LABELS[d.type],
        date: d.date,
        ...(d.type === 'supplementRequested'
          ? { respondBy: d.respondBy, ...(d.correction ? { correction: d.correction } : {}) }
          : {}),
        ...(d.type === 'consultationStarted' && d.consultee ? { consultee: d.consultee } : {}),
        ...(d.type === 'replied'
          ? {
              outcome: d.outcome,
              outcomeLabel: outcomeLabel(d.outcome),
              ...(d.details ? { details: d.details } : {}),
            }
          : {}),
        ...(d.fee ? { fee: d.fee } : {}),
        ...(Object.hasOwn(PROCEDURAL_NOTICE_OF, d.type)
          ? { noticeKind: PROCEDURAL_NOTICE_OF[d.type as keyof typeof PROCEDURAL_NOTICE_OF] }
          : {}),
        recordedBy: e.recordedBy === null ? '系统' : (names.get(e.recordedBy) ?? ''),
        recordedAt: e.recordedAt.toISOString(),
      };
    }),
    deadline: deadlineOf(row, app, today, calendar),
    duplicates,
    allowedEvents: allowedEvents(app, calendar),
    reasonsRequired: [...REASONS_REQUIRED],
  };
}

const conflict = (message: string) => new XxgkError('record.conflict', message);

/**
 * Whether `event` may be recorded on a case whose log is `app`, on `today`; throws 409 with
 * the reason in Chinese. The rules:
 * - no date before receipt or after today (a 补正 deadline may lie ahead);
 * - nothing after the case ended (reply, withdrawal, lapsed 补正 or fee);
 * - 补正 asked once, within 7 working days of receipt, with a later respond-by date
 *   (条例第三十条); received only while asked and not yet received;
 * - one extension (条例第三十三条), not while a 补正 is awaited;
 * - a consultation ends only after it started (条例第三十二条); one fee notice, paid once
 *   (国办函〔2020〕109号);
 * - finally the calendar's own sequence check (computeDeadline) must accept the log.
 */
export function checkEvent(
  app: Application,
  event: StoredCaseEvent,
  today: IsoDate,
  calendar: Calendar,
): void {
  const label = CASE_EVENT_LABELS[event.type];
  if (!isIsoDate(event.date)) throw new XxgkError('usage', `${label}的日期无效。`);
  if (event.date < app.receivedOn)
    throw conflict(`${label}日期 ${event.date} 早于收到申请日期 ${app.receivedOn}。`);
  if (event.date > today) throw conflict(`${label}日期 ${event.date} 晚于今天（${today}）。`);
  const end = safeConclusion(app, calendar);
  if (end && (end.by === 'replied' || end.by === 'withdrawn'))
    throw conflict(
      `该申请已于 ${end.on} ${end.by === 'replied' ? '答复' : '撤回'}，办理已结束，不能再记录“${label}”。`,
    );
  if (end && toDayNumber(event.date) > toDayNumber(end.on))
    throw conflict(
      end.by === 'noCorrection'
        ? `申请人未在补正期限 ${end.on} 前补正，该申请已按“其他处理·申请人无正当理由逾期不补正”办结，不能再记录“${label}”。`
        : `申请人未在 ${end.on} 前缴纳信息处理费，该申请已按“其他处理·申请人逾期未按收费通知要求缴纳费用”办结，不能再记录“${label}”。`,
    );
  const of = (t: StoredCaseEvent['type']) => app.events.filter((e) => e.type === t);
  const last = (t: StoredCaseEvent['type']) => of(t).at(-1);
  switch (event.type) {
    case 'supplementRequested': {
      if (of('supplementRequested').length)
        throw conflict('补正应一次性告知：该申请已告知过补正，不能再次告知。');
      const by = calendar.addWorkingDays(app.receivedOn, SUPPLEMENT_NOTICE_WORKING_DAYS);
      if (event.date > by)
        throw conflict(
          `告知补正应在收到申请之日起7个工作日内（即不晚于 ${by}）作出（条例第三十条），${event.date} 已超过。`,
        );
      if (event.respondBy <= event.date)
        throw conflict(`补正期限 ${event.respondBy} 应晚于告知补正的日期 ${event.date}。`);
      break;
    }
    case 'supplementReceived': {
      const asked = last('supplementRequested');
      if (!asked) throw conflict('尚未告知补正，不能记录收到补正。');
      if (of('supplementReceived').length) throw conflict('已记录过收到补正。');
      if (event.date < asked.date)
        throw conflict(`收到补正日期 ${event.date} 早于告知补正日期 ${asked.date}。`);
      break;
    }
    case 'extensionApproved':
      if (of('extensionApproved').length)
        throw conflict('答复期限只能延长一次（条例第三十三条），该申请已延长过。');
      if (of('supplementRequested').length > of('supplementReceived').length)
        throw conflict('正在等待申请人补正，答复期限尚未起算，不能延长。');
      break;
    case 'consultationStarted':
      if (of('consultationStarted').length > of('consultationEnded').length)
        throw conflict('上一次征求意见尚未结束，请先记录征求意见结束。');
      break;
    case 'consultationEnded': {
      const started = last('consultationStarted');
      if (!started || of('consultationStarted').length <= of('consultationEnded').length)
        throw conflict('没有正在进行的征求意见，不能记录征求意见结束。');
      if (event.date < started.date)
        throw conflict(`征求意见结束日期 ${event.date} 早于开始日期 ${started.date}。`);
      break;
    }
    case 'feeNoticeIssued':
      if (of('feeNoticeIssued').length)
        throw conflict('每件申请只能发出一次收费通知（一件申请只适用一种计费方式）。');
      break;
    case 'feePaid': {
      const notice = last('feeNoticeIssued');
      if (!notice) throw conflict('尚未发出收费通知，不能记录缴费。');
      if (of('feePaid').length) throw conflict('已记录过缴费。');
      if (event.date < notice.date)
        throw conflict(`缴费日期 ${event.date} 早于收费通知日期 ${notice.date}。`);
      break;
    }
    case 'replied':
    case 'withdrawn':
      break;
  }
  try {
    computeDeadline({
      received: app.receivedOn,
      events: clockEvents({ ...app, events: [...app.events, event] }),
      calendar,
    });
  } catch (e) {
    if (isXxgkError(e) && e.code === 'calendar.invalid-input') throw conflict(e.message);
    if (!isXxgkError(e) || e.code !== 'calendar.year-missing') throw e;
  }
}

/**
 * The event as stored: a reply's reasons tidied (normalizeReplyDetails), and refused with 400
 * when its outcome needs reasons and has none, or they are too long; a blank 补正事项 or
 * 征求意见对象 left out. Other events as given.
 * @see 条例第三十条、第三十六条第（三）项、第三十七条
 */
export function withReplyDetails(event: StoredCaseEvent): StoredCaseEvent {
  if (event.type === 'supplementRequested') {
    const { correction, ...rest } = event;
    const text = correction?.trim();
    return text ? { ...rest, correction: text } : rest;
  }
  if (event.type === 'consultationStarted') {
    const { consultee, ...rest } = event;
    const text = consultee?.trim();
    return text ? { ...rest, consultee: text } : rest;
  }
  if (event.type !== 'replied') return event;
  const problem = replyDetailsProblem(event.outcome, event.details);
  if (problem) throw new XxgkError('usage', problem);
  const { details: raw, ...rest } = event;
  const details = normalizeReplyDetails(raw);
  return details === undefined ? rest : { ...rest, details };
}

/**
 * Records an event of an application in scope: judged by {@link checkEvent} under the
 * application's lock, appended to the log with the clerk's name, the derived status and
 * deadline recomputed, and the audit log told — all in one transaction.
 */
export async function recordEvent(
  ctx: AppContext,
  actor: Actor,
  id: number,
  event: StoredCaseEvent,
): Promise<ApplicationDetail> {
  const before = await loadApplicationInScope(ctx, actor, id);
  if (actor.role !== 'clerk' || actor.agencyId !== before.agencyId)
    throw new ApiError('auth.forbidden', `申请 ${before.number} 不属于您所在的机关。`);
  event = withReplyDetails(event);
  const calendar = await loadCalendar(ctx.repos);
  const today = todayInChina(ctx.now());
  const saved = await ctx.repos.transaction(async (tx) => {
    const row = await tx.applications.appendEvent(id, event, {
      recordedBy: actor.id,
      calendar,
      check: (app, e) => checkEvent(app, e, today, calendar),
    });
    await audit(tx, actor, `application.event.${event.type}`, 'application', id, {
      number: row.number,
      event,
      status: row.statusKind,
      dueOn: row.dueOn,
      closedOn: row.closedOn,
      outcome: row.outcome,
    });
    return row;
  });
  return detailOf(ctx, saved, today, calendar);
}

/** The overdue and due-soon lists per agency in scope (notes/casework-api.md). */
export async function dueApplications(
  ctx: AppContext,
  actor: Actor,
  agencyId?: number,
): Promise<{
  agencies: {
    agencyId: string;
    agencyName: string;
    overdue: ApplicationSummary[];
    dueSoon: ApplicationSummary[];
  }[];
}> {
  const scope = await caseworkReadScope(ctx, actor, agencyId);
  const calendar = await loadCalendar(ctx.repos);
  const today = todayInChina(ctx.now());
  const rows = await ctx.repos.applications.dueRows(scope, today, soonUntil(today, calendar));
  const byAgency = new Map<
    number,
    {
      agencyId: string;
      agencyName: string;
      overdue: ApplicationSummary[];
      dueSoon: ApplicationSummary[];
    }
  >();
  for (const row of rows) {
    const s = summaryOf(row, today, calendar);
    let entry = byAgency.get(row.agencyId);
    if (!entry) {
      entry = {
        agencyId: String(row.agencyId),
        agencyName: row.agencyName,
        overdue: [],
        dueSoon: [],
      };
      byAgency.set(row.agencyId, entry);
    }
    if (s.remaining.overdue) entry.overdue.push(s);
    else entry.dueSoon.push(s);
  }
  const agencies = [...byAgency.values()];
  // Most overdue first; due soon by date.
  for (const a of agencies) a.overdue.sort((x, y) => (x.due ?? '').localeCompare(y.due ?? ''));
  return { agencies };
}
