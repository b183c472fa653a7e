import { readFile } from 'node:fs/promises';
import {
  computeDeadline,
  describeDay,
  parseDeadlineEvents,
  requireIsoDate,
  Calendar,
  type DeadlineEvent,
  type DeadlineResult,
} from '@xxgk/calendar';
import { isXxgkError, XxgkError } from '@xxgk/model';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { jsonDocument } from '../json-output.js';
import { readFailure } from '../load.js';

/** Options of `xxgk deadline`. */
export interface DeadlineOptions {
  /** Date of receipt, `YYYY-MM-DD`. */
  received: string;
  /** A JSON file: an array of `{"type", "date"}` events. */
  events?: string;
  /** Today, to judge an unpaid fee notice (`YYYY-MM-DD`). */
  asOf?: string;
  json?: boolean;
}

async function readEvents(file: string): Promise<DeadlineEvent[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw readFailure(error, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const detail = error instanceof Error ? `（${error.message}）` : '';
    throw new XxgkError('input.invalid-json', `${file} 不是有效的 JSON${detail}`, { cause: error });
  }
  return parseDeadlineEvents(data, file);
}

const PENDING: Readonly<Record<DeadlineResult['status'], string>> = {
  running: '',
  awaitingSupplement: '暂无法确定（等待申请人补正）',
  paused: '暂无法确定（答复期限暂停计算中）',
  feeUnpaid: '无（申请人逾期未缴费，视为放弃申请）',
};

/** The explanation followed by the warnings, each warning marked 注意：. */
function explanationLines(result: DeadlineResult): string[] {
  return [...result.explanation, ...result.warnings.map((w) => `注意：${w}`)];
}

/**
 * `xxgk deadline --received DATE [--events FILE] [--as-of DATE] [--json]`: the reply deadline of
 * an application on the official calendar, by the same `computeDeadline` the server uses, with
 * its step-by-step explanation. Bad dates, files or events are Chinese errors (exit 2).
 * @see 条例第三十条
 * @see 条例第三十三条
 */
export async function deadlineCommand(options: DeadlineOptions, io: CliIo): Promise<ExitCode> {
  const received = requireIsoDate(options.received, '--received 收到申请日期');
  const asOf =
    options.asOf === undefined ? undefined : requireIsoDate(options.asOf, '--as-of 当前日期');
  const events = options.events === undefined ? [] : await readEvents(options.events);
  let result: DeadlineResult;
  try {
    result = computeDeadline({ received, events, ...(asOf ? { asOf } : {}) });
  } catch (error) {
    // An impossible event order names the event (第N个事件); say which file it is in.
    if (isXxgkError(error) && options.events !== undefined && error.message.startsWith('第'))
      throw new XxgkError(error.code, `${options.events}：${error.message}`, { cause: error });
    throw error;
  }
  const lines = explanationLines(result);
  if (options.json) {
    io.stdout(jsonDocument({ due: result.due, explanation: lines }));
    return EXIT.ok;
  }
  const due =
    result.due === null ? PENDING[result.status] : describeDay(Calendar.builtIn(), result.due);
  io.stdout(
    [
      `答复截止日：${due}`,
      '计算过程：',
      ...result.explanation.map((line, i) => `  ${i + 1}. ${line}`),
      ...(result.warnings.length ? ['注意：', ...result.warnings.map((w) => `  - ${w}`)] : []),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
