import type { ApplicationWithEvents } from '@xxgk/db';
import { XxgkError } from '@xxgk/model';
import { noticeFileName, renderNotice, type NoticeInput } from '@xxgk/render';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import { agencyInScope } from './scope.js';
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
  if (reply && reply.type === 'replied')
    return { outcome: reply.outcome, issuedOn: reply.date, input: {} };
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
  const app = await ctx.repos.applications.get(id);
  if (!app || !(await agencyInScope(ctx, actor, app.agencyId)))
    throw new XxgkError('input.not-found', `申请（编号 ${id}）不存在，或不在您的权限范围内。`);
  const end = ending(app, todayInChina(ctx.now()));
  if (!end)
    throw new XxgkError(
      'record.conflict',
      `申请 ${app.number} 尚未答复或办结，还不能生成答复告知书。`,
    );
  const input: NoticeInput = {
    agencyName: app.agencyName,
    number: app.number,
    applicantName: app.applicantName,
    receivedOn: app.receivedOn,
    content: app.content,
    issuedOn: end.issuedOn,
    ...end.input,
  };
  return {
    fileName: noticeFileName(end.outcome, input),
    bytes: await renderNotice(end.outcome, input),
  };
}
