import { XxgkError } from '@xxgk/model';
import { z } from 'zod';
import { isIsoDate, toDayNumber, type IsoDate } from './iso-date.js';

/**
 * What can happen to an application that moves its reply deadline.
 * @see 条例第三十条（补正）、第三十二条（征求第三方意见）、第三十三条（答复期限与延长）
 * @see 国办函〔2020〕109号（信息处理费）
 */
export const DEADLINE_EVENT_TYPES = [
  'supplementRequested',
  'supplementReceived',
  'extensionApproved',
  'consultationStarted',
  'consultationEnded',
  'feeNoticeIssued',
  'feePaid',
] as const;

/** Type of a {@link DeadlineEvent}. */
export type DeadlineEventType = (typeof DEADLINE_EVENT_TYPES)[number];

/** One dated event of a case, as stored by the server and read by `xxgk deadline --events`. */
export interface DeadlineEvent {
  type: DeadlineEventType;
  date: IsoDate;
}

/** Chinese name of each event type, as clerks call it. */
export const DEADLINE_EVENT_LABELS: Readonly<Record<DeadlineEventType, string>> = {
  supplementRequested: '告知补正',
  supplementReceived: '收到补正',
  extensionApproved: '批准延长答复期限',
  consultationStarted: '开始征求意见',
  consultationEnded: '征求意见结束',
  feeNoticeIssued: '发出收费通知',
  feePaid: '申请人缴费',
};

/** The zod schema of one event (extra fields such as a note are allowed and dropped). */
export const deadlineEventSchema = z.object({
  type: z.enum(DEADLINE_EVENT_TYPES),
  date: z.string().refine(isIsoDate, { message: '不是有效的日期（应写作 YYYY-MM-DD）' }),
});

/** The zod schema of an event list. */
export const deadlineEventsSchema = z.array(deadlineEventSchema);

const TYPE_LIST = DEADLINE_EVENT_TYPES.map((t) => `${t}（${DEADLINE_EVENT_LABELS[t]}）`).join('、');

function invalid(message: string): XxgkError {
  return new XxgkError('calendar.invalid-input', message);
}

/**
 * Reads an event list from untrusted data (a JSON file, a request body), or throws
 * `calendar.invalid-input` naming the event (第N个事件) and what is wrong with it.
 * `source` names where the list came from in messages (e.g. the file name): `source：第2个事件…`.
 */
export function parseDeadlineEvents(data: unknown, source = '事件列表'): DeadlineEvent[] {
  if (!Array.isArray(data))
    throw invalid(
      `${source} 应为 JSON 数组，每项形如 {"type": "supplementRequested", "date": "2025-10-09"}。`,
    );
  return data.map((item: unknown, i) => {
    const where = `${source}：第${i + 1}个事件`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw invalid(`${where}应为对象，形如 {"type": "…", "date": "YYYY-MM-DD"}。`);
    const { type, date } = item as { type?: unknown; date?: unknown };
    if (typeof type !== 'string' || !(DEADLINE_EVENT_TYPES as readonly string[]).includes(type))
      throw invalid(
        `${where}的类型${typeof type === 'string' ? `“${type}”` : '缺失或'}无法识别，应为以下之一：${TYPE_LIST}。`,
      );
    if (!isIsoDate(date))
      throw invalid(
        `${where}（${DEADLINE_EVENT_LABELS[type as DeadlineEventType]}）的日期${typeof date === 'string' ? `“${date}”` : '缺失或'}无效，应写作 YYYY-MM-DD。`,
      );
    return { type: type as DeadlineEventType, date };
  });
}

/** An event with its position (1-based) in the list it was given in, for messages. */
export interface NumberedEvent extends DeadlineEvent {
  index: number;
}

/**
 * Events in the order they happened: by date, and on one date in the order given (a start and
 * its end on the same day, or two fee notices each paid the day it was issued, are both real).
 */
export function sortEvents(events: readonly DeadlineEvent[]): NumberedEvent[] {
  return events
    .map((e, i) => ({ type: e.type, date: e.date, index: i + 1 }))
    .sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date) || a.index - b.index);
}
