import { computeDeadline, FEE_PAYMENT_WORKING_DAYS, type Calendar } from '@xxgk/calendar';
import type { ApplicationWithEvents, StoredCaseEvent } from '@xxgk/db';
import { XxgkError } from '@xxgk/model';
import { noticeFileName, renderNotice, type NoticeInput } from '@xxgk/render';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import {
  loadApplicationInScope,
  PROCEDURAL_NOTICE_OF,
  type ProceduralNoticeKind,
} from './casework-applications.js';
import { loadCalendar } from './casework-calendar.js';
import { todayInChina } from './casework-scope.js';

/** A rendered 告知书. */
export interface NoticeFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The media type of a DOCX. */
export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type EventData = ApplicationWithEvents['events'][number]['data'];

function lastOf(events: readonly EventData[], type: EventData['type']): EventData | undefined {
  return [...events].reverse().find((e) => e.type === type);
}

/**
 * What the notice of a concluded case answers and when: the reply event's outcome and date, or
 * the ending the log implies once it has been reached (withdrawal, no 补正 or no fee by the
 * date set). Null while the case is open.
 */
function ending(
  app: ApplicationWithEvents,
  today: string,
): { outcome: string; issuedOn: string; input: Partial<NoticeInput> } | null {
  const events = app.events.map((e) => e.data);
  const reply = lastOf(events, 'replied');
  // The reasons the clerk wrote go into the notice; a reply recorded before they were asked
  // for (migration 0007) has none, and a template that needs them keeps its marked blank.
  if (reply && reply.type === 'replied')
    return {
      outcome: reply.outcome,
      issuedOn: reply.date,
      input: reply.details ? { details: reply.details } : {},
    };
  if (app.outcome === null || app.closedOn === null || app.closedOn > today) return null;
  const withdrawn = lastOf(events, 'withdrawn');
  if (app.closedBy === 'withdrawn' && withdrawn)
    return {
      outcome: app.outcome,
      issuedOn: app.closedOn,
      input: {
        details: `您已于${chineseDate(withdrawn.date)}撤回该政府信息公开申请，本机关终止办理。`,
      },
    };
  const lapsed =
    app.closedBy === 'noCorrection'
      ? lastOf(events, 'supplementRequested')
      : app.closedBy === 'unpaidFee'
        ? lastOf(events, 'feeNoticeIssued')
        : undefined;
  return {
    outcome: app.outcome,
    issuedOn: app.closedOn,
    input: lapsed ? { lapsedNoticeOn: lapsed.date } : {},
  };
}

function chineseDate(iso: string): string {
  return `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/**
 * The 告知书 of a concluded application, as DOCX, filled from the case (agency, number,
 * applicant, date of receipt, content, date of the reply) with the template of its outcome.
 * An application out of scope is 404; one not yet concluded is 409.
 */
export async function applicationNotice(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<NoticeFile> {
  const app = await loadApplicationInScope(ctx, actor, id);
  const end = ending(app, todayInChina(ctx.now()));
  if (!end)
    throw new XxgkError(
      'record.conflict',
      `申请 ${app.number} 尚未答复或办结，还不能生成答复告知书。`,
    );
  return noticeFile(end.outcome, { ...caseHeading(app, end.issuedOn), ...end.input });
}

/** What every notice of a case prints from the case itself: issuer, number, applicant, request. */
function caseHeading(app: ApplicationWithEvents, issuedOn: string): NoticeInput {
  return {
    agencyName: app.agencyName,
    number: app.number,
    applicantName: app.applicantName,
    receivedOn: app.receivedOn,
    content: app.content,
    issuedOn,
  };
}

async function noticeFile(kind: string, input: NoticeInput): Promise<NoticeFile> {
  return { fileName: noticeFileName(kind, input), bytes: await renderNotice(kind, input) };
}

/** The event type that sends each procedural notice, and what the notice is called. */
const PROCEDURAL_STEP: Readonly<
  Record<
    ProceduralNoticeKind,
    { type: keyof typeof PROCEDURAL_NOTICE_OF; step: string; notice: string }
  >
> = {
  supplementRequest: { type: 'supplementRequested', step: '告知补正', notice: '补正通知书' },
  extension: { type: 'extensionApproved', step: '延长答复期限', notice: '延期答复告知书' },
  consultation: { type: 'consultationStarted', step: '征求意见', notice: '征求意见函' },
  feeNotice: { type: 'feeNoticeIssued', step: '发出收费通知', notice: '收费通知书' },
};

/** The procedural notice kinds, for the route's validation. */
export const PROCEDURAL_NOTICE_KINDS = Object.keys(PROCEDURAL_STEP) as [
  ProceduralNoticeKind,
  ...ProceduralNoticeKind[],
];

/** A count that reaches a year whose holiday notice is not loaded: the date is left out. */
function unlessYearMissing<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    if (e instanceof XxgkError && e.code === 'calendar.year-missing') return undefined;
    throw e;
  }
}

/**
 * What the notice sent by `event` says beyond the case itself, read from the stored log alone:
 * the 补正 period and what to correct, as the clerk set them; whom a consultation asked; the reply date the extension gave, as it stood that day (the
 * clock over the events recorded up to the extension); the fee and its pay-by date (20 working
 * days, the same count that closes an unpaid case).
 * @see 条例第三十条、第三十三条第二款、第四十二条
 */
function stepInput(
  app: ApplicationWithEvents,
  event: StoredCaseEvent,
  seq: number,
  calendar: Calendar,
): Partial<NoticeInput> {
  switch (event.type) {
    case 'supplementRequested':
      return {
        respondBy: event.respondBy,
        ...(event.correction ? { correction: event.correction } : {}),
      };
    case 'consultationStarted':
      return event.consultee ? { consultee: event.consultee } : {};
    case 'extensionApproved': {
      const events = app.events
        .filter((e) => e.seq <= seq)
        .map((e) => e.data)
        .flatMap((e) =>
          e.type === 'replied' || e.type === 'withdrawn' ? [] : [{ type: e.type, date: e.date }],
        );
      const due = unlessYearMissing(
        () => computeDeadline({ received: app.receivedOn, events, calendar }).due,
      );
      return due ? { extendedTo: due } : {};
    }
    case 'feeNoticeIssued': {
      if (!event.fee) return {};
      const payBy = unlessYearMissing(() =>
        calendar.addWorkingDays(event.date, FEE_PAYMENT_WORKING_DAYS),
      );
      return { fee: { ...event.fee, ...(payBy ? { payBy } : {}) } };
    }
    default:
      return {};
  }
}

/**
 * A notice sent while the case was open — 补正通知书, 延期答复告知书, 征求意见函, 收费通知书 —
 * as DOCX, for a step the case went through, filled from that step's stored event: the one
 * numbered `seq`, or the latest of its kind. Out of scope or unknown application → 404; an
 * event `seq` that is not such a step → 404; a case that never took the step → 409.
 */
export async function proceduralNotice(
  ctx: AppContext,
  actor: Actor,
  id: number,
  kind: ProceduralNoticeKind,
  seq?: number,
): Promise<NoticeFile> {
  const app = await loadApplicationInScope(ctx, actor, id);
  const step = PROCEDURAL_STEP[kind];
  const taken = app.events.filter((e) => e.data.type === step.type);
  const chosen = seq === undefined ? taken.at(-1) : taken.find((e) => e.seq === seq);
  if (!chosen) {
    if (seq !== undefined)
      throw new XxgkError(
        'input.not-found',
        `申请 ${app.number} 的第 ${seq} 项办理记录不是“${step.step}”，没有对应的${step.notice}。`,
      );
    throw new XxgkError(
      'record.conflict',
      `申请 ${app.number} 没有“${step.step}”的办理记录，不能生成${step.notice}。`,
    );
  }
  const calendar = await loadCalendar(ctx.repos);
  const event = chosen.data as StoredCaseEvent;
  return noticeFile(kind, {
    ...caseHeading(app, event.date),
    ...stepInput(app, event, chosen.seq, calendar),
  });
}
