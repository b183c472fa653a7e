import { XxgkError } from '@xxgk/model';
import { DEADLINE_EVENT_LABELS, type NumberedEvent } from './deadline-events.js';
import { formatChineseDate, toDayNumber, type IsoDate } from './iso-date.js';

/** A stretch during which the reply clock does not run: from `from` (exclusive) to `to`. */
export interface Pause {
  kind: 'consultation' | 'fee';
  /** The day it started (still counted if a working day). */
  from: IsoDate;
  /** The day it ended (not counted), or null while still open. */
  to: IsoDate | null;
}

/** A case's events checked for order and folded into what the clock needs. */
export interface Timeline {
  received: IsoDate;
  supplement: { requested: IsoDate; received: IsoDate | null } | null;
  /** Date the one permitted extension was approved. */
  extension: IsoDate | null;
  pauses: Pause[];
  /** Unusual but possible orders, as Chinese warnings (e.g. a consultation while a 补正 is awaited). */
  notes: string[];
}

function named(event: NumberedEvent): string {
  return `第${event.index}个事件（${DEADLINE_EVENT_LABELS[event.type]}，${formatChineseDate(event.date)}）`;
}

function fail(event: NumberedEvent, problem: string): never {
  throw new XxgkError('calendar.invalid-input', `${named(event)}${problem}`);
}

/**
 * Folds events (already in the order they happened) into a {@link Timeline}, refusing a
 * sequence that cannot happen with a Chinese message naming the event:
 * - nothing happens before the application was received;
 * - 补正 is asked once (条例第三十条) and received once, after it was asked;
 * - an extension is approved at most once (条例第三十三条);
 * - an end needs an open start (征求意见 may overlap; one fee notice at a time).
 * Orders that are irregular but can be counted — a 补正 asked after an extension, consultation
 * or fee notice, or such a step taken while the 补正 is awaited — are kept as `notes`.
 */
export function buildTimeline(received: IsoDate, events: readonly NumberedEvent[]): Timeline {
  const timeline: Timeline = { received, supplement: null, extension: null, pauses: [], notes: [] };
  const openConsultations: Pause[] = [];
  let openFee: Pause | null = null;
  let otherSeen = false;
  for (const event of events) {
    if (toDayNumber(event.date) < toDayNumber(received))
      fail(event, `早于收到申请日期${formatChineseDate(received)}。`);
    const awaiting = timeline.supplement !== null && timeline.supplement.received === null;
    if (awaiting && event.type !== 'supplementReceived')
      timeline.notes.push(
        `${named(event)}发生在等待申请人补正期间：答复期限自收到补正之日起才重新计算（条例第三十条），请核实事件顺序。`,
      );
    switch (event.type) {
      case 'supplementRequested':
        if (timeline.supplement)
          fail(event, '重复：补正应一次性告知（条例第三十条），不能第二次告知补正。');
        if (otherSeen)
          timeline.notes.push(
            `${named(event)}晚于延期、征求意见或收费通知：补正应在收到申请之日起7个工作日内一次性告知（条例第三十条），请核实事件顺序。`,
          );
        timeline.supplement = { requested: event.date, received: null };
        break;
      case 'supplementReceived':
        if (!timeline.supplement) fail(event, '之前没有“告知补正”事件。');
        if (timeline.supplement.received !== null)
          fail(event, `重复：已于${formatChineseDate(timeline.supplement.received)}收到补正。`);
        timeline.supplement.received = event.date;
        break;
      case 'extensionApproved':
        otherSeen = true;
        if (timeline.extension !== null)
          fail(
            event,
            `重复：答复期限已于${formatChineseDate(timeline.extension)}延长过一次，延长只能一次且最长不超过20个工作日（条例第三十三条）。`,
          );
        timeline.extension = event.date;
        break;
      case 'consultationStarted': {
        otherSeen = true;
        const pause: Pause = { kind: 'consultation', from: event.date, to: null };
        openConsultations.push(pause);
        timeline.pauses.push(pause);
        break;
      }
      case 'consultationEnded': {
        const pause = openConsultations.shift();
        if (!pause) fail(event, '之前没有尚未结束的“开始征求意见”事件。');
        pause.to = event.date;
        break;
      }
      case 'feeNoticeIssued':
        otherSeen = true;
        if (openFee)
          fail(event, `重复：${formatChineseDate(openFee.from)}发出的收费通知尚未缴费。`);
        openFee = { kind: 'fee', from: event.date, to: null };
        timeline.pauses.push(openFee);
        break;
      case 'feePaid':
        if (!openFee) fail(event, '之前没有尚未缴费的“发出收费通知”事件。');
        openFee.to = event.date;
        openFee = null;
        break;
    }
  }
  return timeline;
}
