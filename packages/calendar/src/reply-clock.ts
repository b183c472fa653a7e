import { isXxgkError } from '@xxgk/model';
import { Calendar } from './calendar.js';
import { describeCount, describeDay } from './deadline-explanation.js';
import {
  parseDeadlineEvents,
  sortEvents,
  type DeadlineEvent,
  type NumberedEvent,
} from './deadline-events.js';
import { buildTimeline, type Pause, type Timeline } from './deadline-timeline.js';
import {
  addDays,
  chineseDay,
  requireIsoDate,
  toDayNumber,
  yearOf,
  type IsoDate,
} from './iso-date.js';

/*
 * THE REPLY CLOCK — stated once, here (and in packages/calendar/README.md).
 *
 * 1. The reply is due on the 20th working day after the application is received; the day of
 *    receipt is not counted (day 1 is the first working day after it).         条例第三十三条
 * 2. When a 补正 (corrected application) is received, the 20 days run again from that date;
 *    the days before no longer count.                                          条例第三十条
 * 3. An approved extension adds 20 working days, once.                         条例第三十三条
 * 4. While a consultation (third party or other agency) or a fee notice is open, the working
 *    days after it starts up to and including the day it ends are not counted. 条例第三十三条
 *    for consultations; for fee notices this is xxgk's rule (the national text is silent).
 *
 * Derived checks: 补正 is asked within 7 working days of receipt (条例第三十条); a third party
 * answers within 15 working days (条例第三十二条); a fee is paid within 20 working days of the
 * notice, or the application is deemed withdrawn (国办函〔2020〕109号) — table 三（六）2.
 */

/** Working days to reply, counted after receipt (or after the 补正 is received). @see 条例第三十三条 */
export const REPLY_WORKING_DAYS = 20;
/** Working days one approved extension adds; only one is allowed. @see 条例第三十三条 */
export const EXTENSION_WORKING_DAYS = 20;
/** Working days after receipt within which a 补正 must be asked, once. @see 条例第三十条 */
export const SUPPLEMENT_NOTICE_WORKING_DAYS = 7;
/** Working days a consulted third party has to answer. @see 条例第三十二条 */
export const CONSULTATION_WORKING_DAYS = 15;
/** Working days an applicant has to pay after a fee notice. @see 国办函〔2020〕109号 */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** Where the clock stands. */
export type DeadlineStatus =
  /** A due date is known. */
  | 'running'
  /** A 补正 was asked and not yet received: the clock restarts when it arrives. */
  | 'awaitingSupplement'
  /** A consultation or fee notice is open and the clock is stopped. */
  | 'paused'
  /** The fee was not paid in time (as of `asOf`): deemed withdrawn, table 三（六）2. */
  | 'feeUnpaid';

/** A stretch that stopped the clock, with its derived limit. */
export interface PauseInfo extends Pause {
  /** Working days of this stretch not counted before the due date. */
  pausedWorkingDays: number;
  /** Consultation: the 15th working day from the start; fee: the 20th (pay-by date). */
  limitDate: IsoDate | null;
}

/** What {@link computeDeadline} needs. */
export interface DeadlineInput {
  /** Date of receipt as fixed by 条例第三十一条 (the channel's rule). */
  received: IsoDate;
  events?: readonly DeadlineEvent[];
  /** The official calendar; the built-in one (2019–2026) by default. */
  calendar?: Calendar;
  /** Today, to judge open fee notices and consultations; optional. */
  asOf?: IsoDate;
}

/** The reply deadline of a case and why. */
export interface DeadlineResult {
  /** The reply is due on this day; null while awaiting a 补正, while paused, or if unpaid. */
  due: IsoDate | null;
  status: DeadlineStatus;
  received: IsoDate;
  /** The day the count runs from: receipt, or receipt of the 补正; null while awaiting it. */
  clockStart: IsoDate | null;
  /** 20, or 40 with the extension. */
  limit: number;
  /** Working days counted so far: `limit` when `due` is known, fewer when paused. */
  countedWorkingDays: number;
  /** Working days not counted because a consultation or fee notice was open. */
  pausedDays: IsoDate[];
  pauses: PauseInfo[];
  /** Last day to ask for a 补正 (7th working day after receipt). @see 条例第三十条 */
  supplementRequestBy: IsoDate;
  /** Why the due date is that day, step by step, in Chinese. */
  explanation: string[];
  /** What a clerk should look at (late 补正, late extension, overdue third party …), in Chinese. */
  warnings: string[];
}

interface Walk {
  due: IsoDate | null;
  counted: IsoDate[];
  paused: IsoDate[];
  /** The open stretch that stopped the count, if any. */
  blockedBy: Pause | null;
}

function isPaused(date: IsoDate, pause: Pause): boolean {
  const d = toDayNumber(date);
  return d > toDayNumber(pause.from) && (pause.to === null || d <= toDayNumber(pause.to));
}

/** Rules 1, 3 and 4: count `limit` working days after `start`, skipping paused ones. */
function walk(calendar: Calendar, start: IsoDate, limit: number, pauses: readonly Pause[]): Walk {
  const counted: IsoDate[] = [];
  const paused: IsoDate[] = [];
  let d = start;
  while (counted.length < limit) {
    d = addDays(d, 1);
    if (!calendar.isWorkingDay(d)) continue;
    const holding = pauses.filter((p) => isPaused(d, p));
    const open = holding.find((p) => p.to === null);
    if (open) return { due: null, counted, paused, blockedBy: open };
    if (holding.length) paused.push(d);
    else counted.push(d);
  }
  return { due: d, counted, paused, blockedBy: null };
}

/** Rule 2 and the limit: where the count starts and how long it is. */
function clockOf(timeline: Timeline): { start: IsoDate | null; limit: number } {
  const start = timeline.supplement ? timeline.supplement.received : timeline.received;
  const limit = REPLY_WORKING_DAYS + (timeline.extension !== null ? EXTENSION_WORKING_DAYS : 0);
  return { start, limit };
}

/** The due date as it stood with only these events, or null (unknown, or year not loaded). */
function dueWith(
  calendar: Calendar,
  received: IsoDate,
  events: readonly NumberedEvent[],
): IsoDate | null {
  try {
    const timeline = buildTimeline(received, events);
    const { start, limit } = clockOf(timeline);
    return start === null ? null : walk(calendar, start, limit, timeline.pauses).due;
  } catch (error) {
    if (isXxgkError(error) && error.code === 'calendar.year-missing') return null;
    throw error;
  }
}

/** `addWorkingDays`, or null when it runs into a year not loaded (only used for hints). */
function tryAdd(calendar: Calendar, date: IsoDate, n: number): IsoDate | null {
  try {
    return calendar.addWorkingDays(date, n);
  } catch (error) {
    if (isXxgkError(error) && error.code === 'calendar.year-missing') return null;
    throw error;
  }
}

const LATE_EVENT: Partial<Record<DeadlineEvent['type'], (at: string, due: string) => string>> = {
  extensionApproved: (at, due) =>
    `延长答复期限于${at}批准，晚于当时的答复截止日${due}：延长应在答复期限届满前经政府信息公开工作机构负责人同意并告知申请人（条例第三十三条）。`,
  consultationStarted: (at, due) =>
    `征求意见于${at}开始，晚于当时的答复截止日${due}：此时答复已经逾期，征求意见不能使已超过的期限恢复。`,
  feeNoticeIssued: (at, due) =>
    `收费通知于${at}发出，晚于当时的答复截止日${due}：收费通知应在答复期限内发出。`,
};

/**
 * The reply deadline of an application from its date of receipt and its events, with a
 * step-by-step Chinese explanation ("为何是这一天") and warnings. The one implementation used by
 * the server and by `xxgk deadline`.
 *
 * Throws `calendar.invalid-input` for a bad date or an impossible event sequence (e.g. an end
 * without a start, a second extension) and `calendar.year-missing` when the count reaches a
 * year whose holiday notice is not loaded.
 * @see 条例第三十条
 * @see 条例第三十二条
 * @see 条例第三十三条
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const calendar = input.calendar ?? Calendar.builtIn();
  const received = requireIsoDate(input.received, '收到申请日期');
  const asOf = input.asOf === undefined ? undefined : requireIsoDate(input.asOf, '当前日期');
  const events = sortEvents(parseDeadlineEvents(input.events ?? []));
  const timeline = buildTimeline(received, events);
  const explanation: string[] = [];
  const warnings: string[] = [...timeline.notes];
  const day = (d: IsoDate) => describeDay(calendar, d);

  explanation.push(
    `${day(received)}收到申请。收到申请当日不计入期限，自次日起计算工作日${calendar.isWorkingDay(received) ? '' : '（收到当日为休息日，其后的第一个工作日为第1个工作日）'}（期间开始之日不计算在期间内）。`,
  );

  const supplementRequestBy = calendar.addWorkingDays(received, SUPPLEMENT_NOTICE_WORKING_DAYS);
  const { supplement } = timeline;
  if (supplement) {
    const nth = calendar.countWorkingDays(received, supplement.requested);
    const inTime = toDayNumber(supplement.requested) <= toDayNumber(supplementRequestBy);
    explanation.push(
      `${day(supplement.requested)}告知申请人补正，为收到申请后第${nth}个工作日；补正应在收到申请之日起${SUPPLEMENT_NOTICE_WORKING_DAYS}个工作日内（即${day(supplementRequestBy)}前）一次性告知（条例第三十条）${inTime ? '，符合规定' : '，已超过该期限'}。`,
    );
    if (!inTime)
      warnings.push(
        `补正告知于${chineseDay(supplement.requested)}作出，已超过收到申请后${SUPPLEMENT_NOTICE_WORKING_DAYS}个工作日的期限（${chineseDay(supplementRequestBy)}）（条例第三十条）。`,
      );
    if (supplement.received === null) {
      explanation.push(
        '申请人尚未补正：答复期限自收到补正之日起计算（条例第三十条），目前无法确定答复截止日。申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理（表三（六）1）。',
      );
      return {
        due: null,
        status: 'awaitingSupplement',
        received,
        clockStart: null,
        limit: clockOf(timeline).limit,
        countedWorkingDays: 0,
        pausedDays: [],
        pauses: [],
        supplementRequestBy,
        explanation,
        warnings,
      };
    }
    explanation.push(
      `${day(supplement.received)}收到补正后的申请。答复期限自收到补正之日起重新计算（条例第三十条），此前经过的工作日不再计入，收到补正当日也不计入。`,
    );
  }

  const { start, limit } = clockOf(timeline);
  const clockStart = start ?? received;
  explanation.push(
    `答复期限为收到${supplement ? '补正' : '申请'}之日起${REPLY_WORKING_DAYS}个工作日（条例第三十三条）。`,
  );
  if (timeline.extension !== null)
    explanation.push(
      `${day(timeline.extension)}经政府信息公开工作机构负责人同意延长答复期限${EXTENSION_WORKING_DAYS}个工作日（条例第三十三条：延长只能一次，最长不超过${EXTENSION_WORKING_DAYS}个工作日），期限合计${limit}个工作日。`,
    );

  // Warnings for steps taken after the deadline as it then stood.
  events.forEach((event, k) => {
    const late = LATE_EVENT[event.type];
    if (!late) return;
    const then = dueWith(calendar, received, events.slice(0, k));
    if (then !== null && toDayNumber(event.date) > toDayNumber(then))
      warnings.push(late(chineseDay(event.date), chineseDay(then)));
  });

  const result = walk(calendar, clockStart, limit, timeline.pauses);
  const pausedSet = new Set(result.paused);
  const pauses: PauseInfo[] = timeline.pauses.map((p) => ({
    ...p,
    pausedWorkingDays: result.paused.filter((d) => isPaused(d, p)).length,
    limitDate: tryAdd(
      calendar,
      p.from,
      p.kind === 'fee' ? FEE_PAYMENT_WORKING_DAYS : CONSULTATION_WORKING_DAYS,
    ),
  }));

  let feeUnpaid = false;
  for (const p of pauses) {
    const what = p.kind === 'fee' ? '收费通知' : '征求意见';
    const ends =
      p.kind === 'fee'
        ? p.to === null
          ? '申请人尚未缴费'
          : `申请人于${day(p.to)}缴费`
        : p.to === null
          ? '尚未结束'
          : `${day(p.to)}结束`;
    const effect =
      p.to === null
        ? ''
        : p.pausedWorkingDays > 0
          ? `：自开始次日至结束当日的${p.pausedWorkingDays}个工作日不计入答复期限`
          : '：该期间不影响答复期限';
    const basis =
      p.kind === 'fee'
        ? `（收费通知至缴费期间不计入答复期限，为本系统采用的规则，国家规定未明确）。申请人应自收到收费通知次日起${FEE_PAYMENT_WORKING_DAYS}个工作日内缴费${p.limitDate ? `，自发出之日起算为${chineseDay(p.limitDate)}前` : ''}，逾期未缴费的视为放弃申请（国办函〔2020〕109号）。`
        : `（条例第三十三条：征求第三方和其他机关意见所需时间不计算在答复期限内）。第三方应自收到征求意见书之日起${CONSULTATION_WORKING_DAYS}个工作日内提出意见${p.limitDate ? `，自发出之日起算为${chineseDay(p.limitDate)}前` : ''}（条例第三十二条）。`;
    explanation.push(
      `${day(p.from)}${p.kind === 'fee' ? '发出收费通知' : '开始征求意见'}，${ends}${effect}${basis}`,
    );
    const overdueAt = p.to ?? asOf;
    if (
      p.limitDate !== null &&
      overdueAt !== undefined &&
      toDayNumber(overdueAt) > toDayNumber(p.limitDate)
    ) {
      if (p.kind === 'consultation')
        warnings.push(
          `${what}自${chineseDay(p.from)}开始，${p.to === null ? `至${chineseDay(overdueAt)}仍未结束` : `至${chineseDay(p.to)}才结束`}，已超过${CONSULTATION_WORKING_DAYS}个工作日（${chineseDay(p.limitDate)}）：第三方逾期未提出意见的，由行政机关依照条例的规定决定是否公开（条例第三十二条）。`,
        );
      else if (p.to !== null)
        warnings.push(
          `申请人于${chineseDay(p.to)}缴费，已超过缴费期限${chineseDay(p.limitDate)}：逾期未缴费的，视为放弃申请。`,
        );
      else feeUnpaid = true;
    }
  }

  explanation.push(...describeCount(calendar, clockStart, result.counted, pausedSet));

  const base = {
    received,
    clockStart,
    limit,
    countedWorkingDays: result.counted.length,
    pausedDays: result.paused,
    pauses,
    supplementRequestBy,
    explanation,
    warnings,
  };
  if (feeUnpaid) {
    explanation.push(
      `截至${chineseDay(asOf ?? received)}，申请人未在缴费期限内缴纳信息处理费：视为放弃申请，行政机关不再处理，计入表三（六）2“申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”。`,
    );
    return { ...base, due: null, status: 'feeUnpaid' };
  }
  if (result.blockedBy) {
    const what = result.blockedBy.kind === 'fee' ? '收费通知' : '征求意见';
    explanation.push(
      `${what}自${day(result.blockedBy.from)}起尚未结束，答复期限自其次日起暂停计算：已计入${result.counted.length}个工作日，尚余${limit - result.counted.length}个工作日，${what}结束后自次日起继续计算。目前无法确定答复截止日。`,
    );
    return { ...base, due: null, status: 'paused' };
  }
  const due = result.due ?? clockStart;
  explanation.push(
    `第${limit}个工作日为${day(due)}，即${timeline.extension !== null ? '延长后的' : ''}答复截止日。`,
  );
  const year = yearOf(due);
  if (toDayNumber(due) >= toDayNumber(`${year}-12-29`) && !calendar.hasYear(year + 1))
    warnings.push(
      `${year + 1}年的节假日安排尚未载入，其元旦放假可能涉及${year}年12月下旬；载入后请重新计算本期限。`,
    );
  return { ...base, due, status: 'running' };
}
