import {
  Calendar,
  computeDeadline,
  dueStatus,
  toDayNumber,
  type DeadlineEvent,
  type DeadlineResult,
  type DueStatus,
  type IsoDate,
} from '@xxgk/calendar';
import type { Application } from './application.js';
import { conclusionOf } from './conclusion.js';
import type { Outcome } from './outcome.js';

/** Where a case stands on a given day. */
export type CaseStatus =
  | { kind: 'received' }
  | { kind: 'awaitingSupplement' }
  | { kind: 'paused' }
  | { kind: 'extended' }
  | { kind: 'concluded'; outcome: Outcome; on: IsoDate };

/** Chinese name of each status kind, for lists. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus['kind'], string>> = {
  received: '办理中',
  awaitingSupplement: '待补正',
  paused: '暂停计时（征求意见或待缴费）',
  extended: '已延期',
  concluded: '已办结',
};

/** A case's status, its deadline (with the explanation) and how it stands against it. */
export interface CaseState {
  status: CaseStatus;
  /** The calendar's reply clock; null once the case is concluded. */
  deadline: DeadlineResult | null;
  /** 剩余N个工作日 / 已超期N个工作日, when a due date is known. */
  due: DueStatus | null;
}

/**
 * The state of a case on `asOf`, from its events up to that day: concluded (by reply,
 * withdrawal, lapsed 补正 or unpaid fee), otherwise the clock of 条例第三十三条 as computed by
 * @xxgk/calendar — the same code as the server and `xxgk deadline`.
 * @see 条例第三十条、第三十三条
 */
export function caseState(
  app: Application,
  asOf: IsoDate,
  calendar: Calendar = Calendar.builtIn(),
): CaseState {
  const end = conclusionOf(app, calendar);
  if (end && toDayNumber(end.on) <= toDayNumber(asOf))
    return {
      status: { kind: 'concluded', outcome: end.outcome, on: end.on },
      deadline: null,
      due: null,
    };
  const events: DeadlineEvent[] = app.events
    .filter((e) => toDayNumber(e.date) <= toDayNumber(asOf))
    .flatMap((e) =>
      e.type === 'replied' || e.type === 'withdrawn' ? [] : [{ type: e.type, date: e.date }],
    );
  const deadline = computeDeadline({ received: app.receivedOn, events, calendar, asOf });
  const kind: Exclude<CaseStatus['kind'], 'concluded'> =
    deadline.status === 'awaitingSupplement'
      ? 'awaitingSupplement'
      : deadline.status === 'paused' || deadline.status === 'feeUnpaid'
        ? 'paused'
        : events.some((e) => e.type === 'extensionApproved')
          ? 'extended'
          : 'received';
  const due = deadline.due ? dueStatus(deadline.due, asOf, calendar) : null;
  return { status: { kind }, deadline, due };
}
