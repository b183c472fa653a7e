import {
  addWorkingDays,
  Calendar,
  FEE_PAYMENT_WORKING_DAYS,
  toDayNumber,
  type IsoDate,
} from '@xxgk/calendar';
import type { Application, CaseEvent } from './application.js';
import {
  NO_CORRECTION_OUTCOME,
  UNPAID_FEE_OUTCOME,
  WITHDRAWN_OUTCOME,
  type Outcome,
} from './outcome.js';

/** How and when a case ended. */
export interface Conclusion {
  outcome: Outcome;
  on: IsoDate;
  /** The event that ended it, or the derived lapse. */
  by: 'replied' | 'withdrawn' | 'noCorrection' | 'unpaidFee';
}

function byDate(events: readonly CaseEvent[]): CaseEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => toDayNumber(a.e.date) - toDayNumber(b.e.date) || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * The first thing that ended the case, whatever the date it is asked about: a reply, a
 * withdrawal, a 补正 period that ran out (concluded on its last day, 其他处理·未补正), or a fee
 * notice unpaid on its 20th working day (其他处理·逾期未缴费). Events after it do not count.
 * Because this never depends on "today", every year's report sees the same ending, which is
 * what makes 结转下年度 and next year's 上年结转 agree.
 * @see 条例第三十条、第三十六条
 * @see 国办函〔2020〕109号
 */
export function conclusionOf(
  app: Application,
  calendar: Calendar = Calendar.builtIn(),
): Conclusion | null {
  const candidates: Conclusion[] = [];
  let supplementBy: IsoDate | null = null;
  let feeOpen: IsoDate | null = null;
  for (const e of byDate(app.events)) {
    if (supplementBy !== null && toDayNumber(e.date) > toDayNumber(supplementBy)) {
      candidates.push({ outcome: NO_CORRECTION_OUTCOME, on: supplementBy, by: 'noCorrection' });
      supplementBy = null;
    }
    if (e.type === 'replied') candidates.push({ outcome: e.outcome, on: e.date, by: 'replied' });
    else if (e.type === 'withdrawn')
      candidates.push({ outcome: WITHDRAWN_OUTCOME, on: e.date, by: 'withdrawn' });
    else if (e.type === 'supplementRequested') supplementBy = e.respondBy;
    else if (e.type === 'supplementReceived') supplementBy = null;
    else if (e.type === 'feeNoticeIssued') {
      feeOpen = addWorkingDays(e.date, FEE_PAYMENT_WORKING_DAYS, calendar);
    } else if (e.type === 'feePaid' && feeOpen !== null) {
      if (toDayNumber(e.date) > toDayNumber(feeOpen))
        candidates.push({ outcome: UNPAID_FEE_OUTCOME, on: feeOpen, by: 'unpaidFee' });
      feeOpen = null;
    }
  }
  if (supplementBy !== null)
    candidates.push({ outcome: NO_CORRECTION_OUTCOME, on: supplementBy, by: 'noCorrection' });
  if (feeOpen !== null)
    candidates.push({ outcome: UNPAID_FEE_OUTCOME, on: feeOpen, by: 'unpaidFee' });
  let first: Conclusion | null = null;
  for (const c of candidates) if (!first || toDayNumber(c.on) < toDayNumber(first.on)) first = c;
  // An event dated before receipt is a data-entry slip; the case cannot end before it began.
  if (first && toDayNumber(first.on) < toDayNumber(app.receivedOn))
    return { ...first, on: app.receivedOn };
  return first;
}

/** True if the case was received by `date` and had not ended by the end of that day. */
export function isOpenOn(app: Application, date: IsoDate, calendar?: Calendar): boolean {
  if (toDayNumber(app.receivedOn) > toDayNumber(date)) return false;
  const c = conclusionOf(app, calendar);
  return c === null || toDayNumber(c.on) > toDayNumber(date);
}
