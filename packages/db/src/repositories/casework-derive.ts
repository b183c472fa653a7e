import {
  caseState,
  conclusionOf,
  type Application,
  type CaseEvent,
  type Conclusion,
} from '@xxgk/casework';
import { Calendar, toDayNumber, type IsoDate } from '@xxgk/calendar';
import { isXxgkError } from '@xxgk/model';
import type { ApplicationRow } from '../schema/index.js';

/** The 信息处理费 a fee notice states. @see 国办函〔2020〕109号 */
export interface FeeInfo {
  /** 按件 or 按量: one method per application. */
  method: 'perItem' | 'perVolume';
  amountYuan: number;
  /** 按量: pages. */
  pages?: number;
}

/** A case event as stored: the domain event, with the fee a fee notice states. */
export type StoredCaseEvent = CaseEvent & { fee?: FeeInfo };

/** The derived columns of `applications`: a cache of what the domain computes from the log. */
export interface DerivedColumns {
  statusKind: ApplicationRow['statusKind'];
  dueOn: IsoDate | null;
  closedOn: IsoDate | null;
  closedBy: Conclusion['by'] | null;
  outcome: string | null;
  feeFen: number | null;
  feePaidOn: IsoDate | null;
}

const yearMissing = (e: unknown): boolean => isXxgkError(e) && e.code === 'calendar.year-missing';

/**
 * Recomputes the derived columns from the event log with @xxgk/casework (the only place the
 * rules live): the conclusion (which never depends on "today"), the status after the last
 * recorded event and the reply due date. A count that runs into a year whose holiday notice is
 * not loaded leaves the due date (or a fee lapse) unknown until that year is loaded; loading it
 * recomputes every open case.
 * @see 条例第三十条、第三十三条
 */
export function deriveColumns(app: Application, calendar: Calendar): DerivedColumns {
  const last = app.events.reduce(
    (d, e) => (toDayNumber(e.date) > toDayNumber(d) ? e.date : d),
    app.receivedOn,
  );
  let end: Conclusion | null = null;
  try {
    end = conclusionOf(app, calendar);
  } catch (e) {
    if (!yearMissing(e)) throw e;
  }
  let statusKind: DerivedColumns['statusKind'] = 'received';
  let dueOn: IsoDate | null = null;
  try {
    const state = caseState(app, last, calendar);
    statusKind = state.status.kind;
    dueOn = state.deadline?.due ?? null;
  } catch (e) {
    if (!yearMissing(e)) throw e;
    if (end && toDayNumber(end.on) <= toDayNumber(last)) statusKind = 'concluded';
  }
  const { feeFen, feePaidOn } = feeOf(app.events, end);
  return {
    statusKind,
    dueOn: statusKind === 'concluded' ? null : dueOn,
    closedOn: end?.on ?? null,
    closedBy: end?.by ?? null,
    outcome: end?.outcome ?? null,
    feeFen,
    feePaidOn,
  };
}

/** The last fee notice's amount, and the day it was paid unless the fee lapsed first. */
function feeOf(
  events: readonly StoredCaseEvent[],
  end: Conclusion | null,
): { feeFen: number | null; feePaidOn: IsoDate | null } {
  let feeFen: number | null = null;
  let feePaidOn: IsoDate | null = null;
  for (const e of events) {
    if (e.type === 'feeNoticeIssued' && e.fee) feeFen = Math.round(e.fee.amountYuan * 100);
    if (e.type === 'feePaid') feePaidOn = e.date;
  }
  if (feeFen === null || end?.by === 'unpaidFee') feePaidOn = null;
  if (feePaidOn && end && toDayNumber(feePaidOn) > toDayNumber(end.on)) feePaidOn = null;
  return { feeFen, feePaidOn };
}

/** The calendar a repository uses when the caller passes none (the built-in years). */
export const defaultCalendar = (): Calendar => Calendar.builtIn();
