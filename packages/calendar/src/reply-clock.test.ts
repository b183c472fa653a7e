import { isXxgkError } from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar } from './calendar.js';
import type { DeadlineEvent } from './deadline-events.js';
import { addDays, fromDayNumber, toDayNumber } from './iso-date.js';
import { computeDeadline, type DeadlineStatus } from './reply-clock.js';
import { addWorkingDays, countWorkingDays, isWorkingDay } from './working-days.js';

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a typed failure');
}

const ev = (type: DeadlineEvent['type'], date: string): DeadlineEvent => ({ type, date });

interface Case {
  name: string;
  received: string;
  events?: DeadlineEvent[];
  asOf?: string;
  due: string | null;
  status?: DeadlineStatus;
  pausedDays?: number;
  warning?: string;
}

// Every due date below was counted by hand on the notices' calendars.
const CASES: Case[] = [
  {
    name: 'domain.md §6.5: make-up Sunday 9/28 and Saturday 10/11 count',
    received: '2025-09-26',
    due: '2025-10-30',
  },
  {
    name: 'domain.md §6.5: across New Year, make-up Sunday 2026-01-04 counts',
    received: '2025-12-10',
    due: '2026-01-08',
  },
  {
    name: 'domain.md §6.5: across Spring Festival 2026',
    received: '2026-02-13',
    due: '2026-03-19',
  },
  {
    name: 'domain.md §6.5: with the extension, 40 working days',
    received: '2026-02-13',
    events: [ev('extensionApproved', '2026-03-10')],
    due: '2026-04-17',
  },
  { name: 'received on a holiday (国庆节 2025-10-03)', received: '2025-10-03', due: '2025-11-04' },
  {
    name: 'received on a make-up Saturday (2025-10-11)',
    received: '2025-10-11',
    due: '2025-11-07',
  },
  { name: 'received on a plain Sunday', received: '2025-11-09', due: '2025-12-05' },
  { name: 'received just before Spring Festival 2026', received: '2026-02-10', due: '2026-03-16' },
  {
    name: '补正: the 20 days run again from the corrected application',
    received: '2025-09-26',
    events: [ev('supplementRequested', '2025-10-10'), ev('supplementReceived', '2025-10-20')],
    due: '2025-11-17',
  },
  {
    name: '补正 asked on the 8th working day: late, but the clock still restarts',
    received: '2025-09-26',
    events: [ev('supplementRequested', '2025-10-14'), ev('supplementReceived', '2025-10-15')],
    due: '2025-11-12',
    warning: '已超过收到申请后7个工作日的期限（2025年10月13日）',
  },
  {
    name: '补正 around Spring Festival 2026 (make-up Saturday 2/28 counts)',
    received: '2026-02-06',
    events: [ev('supplementRequested', '2026-02-10'), ev('supplementReceived', '2026-02-26')],
    due: '2026-03-25',
  },
  {
    name: '补正 asked and not yet received: no due date',
    received: '2025-09-26',
    events: [ev('supplementRequested', '2025-09-30')],
    due: null,
    status: 'awaitingSupplement',
  },
  {
    name: 'a consultation begun while the 补正 is awaited pauses the restarted clock until it ends',
    received: '2025-09-26',
    events: [
      ev('supplementRequested', '2025-09-29'),
      ev('consultationStarted', '2025-10-09'),
      ev('supplementReceived', '2025-10-13'),
      ev('consultationEnded', '2025-10-15'),
    ],
    due: '2025-11-12',
    pausedDays: 2,
    warning: '第2个事件（开始征求意见，2025年10月9日（星期四））发生在等待申请人补正期间',
  },
  {
    name: 'a 补正 asked after a consultation: the restart still rules',
    received: '2025-09-26',
    events: [
      ev('consultationStarted', '2025-09-29'),
      ev('consultationEnded', '2025-09-30'),
      ev('supplementRequested', '2025-10-09'),
      ev('supplementReceived', '2025-10-10'),
    ],
    due: '2025-11-06',
    warning: '晚于延期、征求意见或收费通知',
  },
  {
    name: 'consultation: the 4 working days after it starts up to its end do not count',
    received: '2025-11-03',
    events: [ev('consultationStarted', '2025-11-10'), ev('consultationEnded', '2025-11-14')],
    due: '2025-12-05',
    pausedDays: 4,
  },
  {
    name: 'consultation started and ended on one day pauses nothing',
    received: '2025-11-03',
    events: [ev('consultationStarted', '2025-11-10'), ev('consultationEnded', '2025-11-10')],
    due: '2025-12-01',
    pausedDays: 0,
  },
  {
    name: 'overlapping consultations pause their union once',
    received: '2025-11-03',
    events: [
      ev('consultationStarted', '2025-11-10'),
      ev('consultationStarted', '2025-11-12'),
      ev('consultationEnded', '2025-11-13'),
      ev('consultationEnded', '2025-11-18'),
    ],
    due: '2025-12-09',
    pausedDays: 6,
  },
  {
    name: 'fee notice: the working days until payment do not count',
    received: '2025-11-03',
    events: [ev('feeNoticeIssued', '2025-11-20'), ev('feePaid', '2025-11-25')],
    due: '2025-12-04',
    pausedDays: 3,
  },
  {
    name: 'consultation across National Day 2026, make-up Sunday 9/20 inside the pause',
    received: '2026-09-15',
    events: [ev('consultationStarted', '2026-09-18'), ev('consultationEnded', '2026-09-29')],
    due: '2026-10-28',
    pausedDays: 7,
  },
  {
    name: 'pause, New Year and extension together',
    received: '2025-12-10',
    events: [
      ev('consultationStarted', '2025-12-22'),
      ev('consultationEnded', '2025-12-26'),
      ev('extensionApproved', '2026-01-05'),
    ],
    due: '2026-02-11',
    pausedDays: 4,
  },
  {
    name: 'extension approved after the deadline: counted, and flagged',
    received: '2025-09-26',
    events: [ev('extensionApproved', '2025-11-03')],
    due: '2025-11-27',
    warning: '延长答复期限于2025年11月3日批准，晚于当时的答复截止日2025年10月30日',
  },
  {
    name: 'consultation still open: the clock is stopped',
    received: '2025-09-26',
    events: [ev('consultationStarted', '2025-10-22')],
    due: null,
    status: 'paused',
  },
  {
    name: 'fee notice open, still within the 20 days to pay',
    received: '2025-11-03',
    events: [ev('feeNoticeIssued', '2025-11-20')],
    asOf: '2025-12-18',
    due: null,
    status: 'paused',
  },
  {
    name: 'fee not paid within 20 working days: deemed withdrawn (三（六）2)',
    received: '2025-11-03',
    events: [ev('feeNoticeIssued', '2025-11-20')],
    asOf: '2025-12-19',
    due: null,
    status: 'feeUnpaid',
  },
];

describe('the reply clock, case by case', () => {
  for (const c of CASES) {
    it(`gives ${c.due ?? 'no date'} for ${c.name}`, () => {
      const result = computeDeadline({
        received: c.received,
        events: c.events ?? [],
        ...(c.asOf ? { asOf: c.asOf } : {}),
      });
      expect(result.due).toBe(c.due);
      expect(result.status).toBe(c.status ?? 'running');
      if (c.pausedDays !== undefined) expect(result.pausedDays).toHaveLength(c.pausedDays);
      if (c.warning) expect(result.warnings.join('\n')).toContain(c.warning);
      else if (c.status === undefined) expect(result.warnings).toEqual([]);
    });
  }
});

describe('the explanation', () => {
  it('says step by step why 2025-09-26 is due on 2025-10-30', () => {
    expect(computeDeadline({ received: '2025-09-26' }).explanation).toEqual([
      '2025年9月26日（星期五）收到申请。收到申请当日不计入期限，自次日起计算工作日（期间开始之日不计算在期间内）。',
      '答复期限为收到申请之日起20个工作日（条例第三十三条）。',
      '第1至3个工作日：2025年9月28日（星期日，国庆节、中秋节调休上班）至2025年9月30日（星期二）。',
      '2025年10月1日至2025年10月8日：国庆节、中秋节放假，不计。',
      '第4至20个工作日：2025年10月9日（星期四）至2025年10月30日（星期四），其中2025年10月11日（星期六，国庆节、中秋节调休上班）计入。',
      '第20个工作日为2025年10月30日（星期四），即答复截止日。',
    ]);
  });

  it('names the 补正 restart, the extension, the pause and its article', () => {
    const { explanation } = computeDeadline({
      received: '2025-12-10',
      events: [
        ev('supplementRequested', '2025-12-12'),
        ev('supplementReceived', '2025-12-15'),
        ev('consultationStarted', '2025-12-22'),
        ev('consultationEnded', '2025-12-26'),
        ev('extensionApproved', '2026-01-05'),
      ],
    });
    const text = explanation.join('\n');
    expect(text).toContain('2025年12月12日（星期五）告知申请人补正，为收到申请后第2个工作日');
    expect(text).toContain('答复期限自收到补正之日起重新计算（条例第三十条）');
    expect(text).toContain('期限合计40个工作日');
    expect(text).toContain('自开始次日至结束当日的4个工作日不计入答复期限（条例第三十三条');
    expect(text).toContain(
      '2025年12月23日至2025年12月28日：4个工作日处于中止计算期间（连同周末），不计。',
    );
    expect(text).toContain('2026年1月1日至2026年1月3日：元旦放假，不计。');
    expect(explanation.at(-1)).toMatch(
      /^第40个工作日为2026年2月14日（星期六，春节调休上班），即延长后的答复截止日。$/u,
    );
  });

  it('says how much of the period is used and left while paused', () => {
    const r = computeDeadline({
      received: '2025-09-26',
      events: [ev('consultationStarted', '2025-10-22')],
    });
    expect(r.countedWorkingDays).toBe(14);
    expect(r.explanation.at(-1)).toContain('已计入14个工作日，尚余6个工作日');
  });

  it('gives the 7-working-day 补正 limit and the third party its 15 working days', () => {
    const r = computeDeadline({
      received: '2025-09-26',
      events: [ev('consultationStarted', '2025-10-09'), ev('consultationEnded', '2025-11-05')],
    });
    expect(r.supplementRequestBy).toBe('2025-10-13');
    expect(r.pauses[0]?.limitDate).toBe('2025-10-29');
    expect(r.warnings.join('')).toContain('已超过15个工作日（2025年10月29日）');
  });

  it('warns when the due date falls in late December before next year is loaded', () => {
    const r = computeDeadline({ received: '2026-12-01' });
    expect(r.due).toBe('2026-12-29');
    expect(r.warnings.join('')).toContain('2027年的节假日安排尚未载入');
  });
});

describe('impossible event sequences', () => {
  const cases: [string, DeadlineEvent[], string][] = [
    [
      'a second extension',
      [ev('extensionApproved', '2025-10-20'), ev('extensionApproved', '2025-11-20')],
      '第2个事件（批准延长答复期限，2025年11月20日（星期四））重复：答复期限已于2025年10月20日（星期一）延长过一次，延长只能一次且最长不超过20个工作日（条例第三十三条）。',
    ],
    [
      'an end of consultation without a start',
      [ev('consultationEnded', '2025-10-20')],
      '第1个事件（征求意见结束，2025年10月20日（星期一））之前没有尚未结束的“开始征求意见”事件。',
    ],
    [
      'a payment without a fee notice',
      [ev('feePaid', '2025-10-20')],
      '之前没有尚未缴费的“发出收费通知”事件',
    ],
    [
      'a 补正 received that was never asked',
      [ev('supplementReceived', '2025-10-20')],
      '之前没有“告知补正”事件',
    ],
    [
      'a second 补正',
      [
        ev('supplementRequested', '2025-09-29'),
        ev('supplementReceived', '2025-10-09'),
        ev('supplementRequested', '2025-10-10'),
      ],
      '补正应一次性告知（条例第三十条）',
    ],
    [
      'an event before the application was received',
      [ev('consultationStarted', '2025-09-20')],
      '早于收到申请日期2025年9月26日（星期五）',
    ],
    [
      'a second fee notice before the first is paid',
      [ev('feeNoticeIssued', '2025-10-09'), ev('feeNoticeIssued', '2025-10-10')],
      '2025年10月9日（星期四）发出的收费通知尚未缴费',
    ],
  ];
  for (const [name, events, message] of cases) {
    it(`refuses ${name} in Chinese`, () => {
      const f = failure(() => computeDeadline({ received: '2025-09-26', events }));
      expect(f.code).toBe('calendar.invalid-input');
      expect(f.message).toContain(message);
    });
  }

  it('refuses an unknown event type and a bad date, naming the event', () => {
    const unknown = failure(() =>
      computeDeadline({
        received: '2025-09-26',
        events: [{ type: 'replied', date: '2025-10-01' } as unknown as DeadlineEvent],
      }),
    );
    expect(unknown.message).toContain('第1个事件的类型“replied”无法识别');
    expect(failure(() => computeDeadline({ received: '2025-09-31' })).message).toBe(
      '收到申请日期“2025-09-31”不是有效的日期，应写作 YYYY-MM-DD（例如 2025-09-26）。',
    );
  });

  it('refuses to count into a year whose notice is not loaded', () => {
    expect(failure(() => computeDeadline({ received: '2026-12-10' })).code).toBe(
      'calendar.year-missing',
    );
  });
});

// ---- properties over random valid case histories -----------------------------------------------

const day = (min: string, max: string) =>
  fc.integer({ min: toDayNumber(min), max: toDayNumber(max) }).map(fromDayNumber);

/** A random valid history: optional 补正, consultations, a fee notice and an extension. */
const HISTORY = fc
  .record({
    received: day('2019-01-01', '2026-05-31'),
    supplement: fc.option(
      fc.record({ ask: fc.integer({ min: 0, max: 12 }), wait: fc.integer({ min: 0, max: 20 }) }),
    ),
    pauses: fc.array(
      fc.record({
        kind: fc.constantFrom('consultation' as const, 'fee' as const),
        at: fc.integer({ min: 0, max: 40 }),
        length: fc.integer({ min: 0, max: 25 }),
      }),
      { maxLength: 3 },
    ),
    extension: fc.option(fc.integer({ min: 0, max: 40 })),
  })
  .map(({ received, supplement, pauses, extension }) => {
    const events: DeadlineEvent[] = [];
    let start = received;
    if (supplement) {
      const asked = addDays(received, supplement.ask);
      start = addDays(asked, supplement.wait);
      events.push(ev('supplementRequested', asked), ev('supplementReceived', start));
    }
    let feeFree = start;
    for (const p of pauses) {
      if (p.kind === 'consultation') {
        const from = addDays(start, p.at);
        events.push(
          ev('consultationStarted', from),
          ev('consultationEnded', addDays(from, p.length)),
        );
      } else {
        // One fee notice at a time: each starts after the previous one was paid.
        const from = addDays(feeFree, p.at);
        feeFree = addDays(from, p.length);
        events.push(ev('feeNoticeIssued', from), ev('feePaid', feeFree));
      }
    }
    if (extension !== null) events.push(ev('extensionApproved', addDays(start, extension)));
    return { received, events, start };
  });

describe('the reply clock (properties)', () => {
  it('always falls due on a working day', () => {
    fc.assert(
      fc.property(HISTORY, ({ received, events }) => {
        const { due } = computeDeadline({ received, events });
        expect(due).not.toBeNull();
        expect(isWorkingDay(due ?? '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly the limit plus the paused working days after the clock starts', () => {
    fc.assert(
      fc.property(HISTORY, ({ received, events, start }) => {
        const r = computeDeadline({ received, events });
        expect(r.clockStart).toBe(start);
        expect(countWorkingDays(start, r.due ?? '')).toBe(r.limit + r.pausedDays.length);
        expect(r.explanation.at(-1)).toContain(`第${r.limit}个工作日为`);
      }),
      { numRuns: 300 },
    );
  });

  it('never moves the due date earlier when a pause is added', () => {
    fc.assert(
      fc.property(
        HISTORY,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 20 }),
        ({ received, events, start }, at, length) => {
          const from = addDays(start, at);
          const paused = [
            ...events,
            ev('consultationStarted', from),
            ev('consultationEnded', addDays(from, length)),
          ];
          const before = computeDeadline({ received, events }).due ?? '';
          const after = computeDeadline({ received, events: paused }).due ?? '';
          expect(toDayNumber(after)).toBeGreaterThanOrEqual(toDayNumber(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adds exactly 20 working days with an extension when nothing pauses', () => {
    fc.assert(
      fc.property(
        day('2019-01-01', '2026-06-30'),
        fc.integer({ min: 0, max: 19 }),
        (received, at) => {
          const plain = computeDeadline({ received }).due ?? '';
          const approved = addWorkingDays(received, Math.max(at, 0));
          const extended = computeDeadline({
            received,
            events: [ev('extensionApproved', approved)],
          }).due;
          expect(extended).toBe(addWorkingDays(plain, 20));
        },
      ),
    );
  });

  it('gives the same answer on an explicit built-in calendar', () => {
    fc.assert(
      fc.property(HISTORY, ({ received, events }) => {
        expect(computeDeadline({ received, events, calendar: Calendar.builtIn() }).due).toBe(
          computeDeadline({ received, events }).due,
        );
      }),
      { numRuns: 50 },
    );
  });
});
