import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeDeadline } from '@xxgk/calendar';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../io.js';
import { run } from '../run.js';

const tmp = mkdtempSync(join(tmpdir(), 'xxgk-deadline-'));

function eventsFile(name: string, content: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function xxgk(...argv: string[]) {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/u);

describe('xxgk deadline', () => {
  it('prints {"due","explanation"} with --json, from the same code as the server', async () => {
    const { code, out, err } = await xxgk('deadline', '--received', '2025-09-26', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual({
      due: '2025-10-30',
      explanation: computeDeadline({ received: '2025-09-26' }).explanation,
    });
  });

  it('applies the events of a file: 补正 restarts the clock, across New Year', async () => {
    const file = eventsFile('restart.json', [
      { type: 'supplementRequested', date: '2025-12-12' },
      { type: 'supplementReceived', date: '2025-12-15' },
    ]);
    const { code, out } = await xxgk(
      'deadline',
      '--received',
      '2025-12-10',
      '--events',
      file,
      '--json',
    );
    expect(code).toBe(0);
    // 20 working days after 12-15: 12 in December, 1-1..1-3 off, Sunday 1-4 the 13th, then 1-5..1-13.
    expect(JSON.parse(out)).toMatchObject({ due: '2026-01-13' });
  });

  it('explains the date in Chinese without --json', async () => {
    const file = eventsFile('extension.json', [{ type: 'extensionApproved', date: '2026-03-10' }]);
    const { code, out } = await xxgk('deadline', '--received', '2026-02-13', '--events', file);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^答复截止日：2026年4月17日（星期五）\n计算过程：\n {2}1\. 2026年2月13日（星期五）收到申请。/u,
    );
    expect(out).toContain('2026年2月15日至2026年2月23日：春节放假，不计。');
    expect(out).toContain('第40个工作日为2026年4月17日（星期五），即延长后的答复截止日。');
  });

  it('appends warnings to the explanation as 注意 lines', async () => {
    const file = eventsFile('late.json', [
      { type: 'supplementRequested', date: '2025-10-14' },
      { type: 'supplementReceived', date: '2025-10-15' },
    ]);
    const { out } = await xxgk('deadline', '--received', '2025-09-26', '--events', file, '--json');
    const { due, explanation } = JSON.parse(out) as { due: string; explanation: string[] };
    expect(due).toBe('2025-11-12');
    expect(explanation.at(-1)).toMatch(/^注意：补正告知于2025年10月14日作出，已超过/u);
  });

  it('says when there is no due date yet', async () => {
    const file = eventsFile('awaiting.json', [{ type: 'supplementRequested', date: '2025-09-30' }]);
    const json = await xxgk('deadline', '--received', '2025-09-26', '--events', file, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ due: null });
    const text = await xxgk('deadline', '--received', '2025-09-26', '--events', file);
    expect(text.out).toMatch(/^答复截止日：暂无法确定（等待申请人补正）/u);
  });

  it('judges an unpaid fee notice as of a given day', async () => {
    const file = eventsFile('fee.json', [{ type: 'feeNoticeIssued', date: '2025-11-20' }]);
    const { out } = await xxgk(
      'deadline',
      '--received',
      '2025-11-03',
      '--events',
      file,
      '--as-of',
      '2025-12-19',
    );
    expect(out).toMatch(/^答复截止日：无（申请人逾期未缴费，视为放弃申请）/u);
  });

  const failures: [string, () => string[], string][] = [
    [
      'a bad date',
      () => ['--received', '2025-02-30'],
      '错误：--received 收到申请日期“2025-02-30”不是有效的日期',
    ],
    [
      'a missing file',
      () => ['--received', '2025-09-26', '--events', join(tmp, 'nope.json')],
      '找不到文件',
    ],
    [
      'a file that is not JSON',
      () => ['--received', '2025-09-26', '--events', eventsFile('broken.json', '[{')],
      'broken.json 不是有效的 JSON',
    ],
    [
      'a file that is not an array',
      () => [
        '--received',
        '2025-09-26',
        '--events',
        eventsFile('object.json', { type: 'feePaid' }),
      ],
      'object.json 应为 JSON 数组',
    ],
    [
      'an unknown event type',
      () => [
        '--received',
        '2025-09-26',
        '--events',
        eventsFile('unknown.json', [{ type: 'replied', date: '2025-10-09' }]),
      ],
      'unknown.json：第1个事件的类型“replied”无法识别，应为以下之一：supplementRequested（告知补正）',
    ],
    [
      'two extensions',
      () => [
        '--received',
        '2025-09-26',
        '--events',
        eventsFile('twice.json', [
          { type: 'extensionApproved', date: '2025-10-20' },
          { type: 'extensionApproved', date: '2025-10-21' },
        ]),
      ],
      'twice.json：第2个事件（批准延长答复期限，2025年10月21日（星期二））重复',
    ],
    [
      'a count that runs into a year not loaded',
      () => ['--received', '2026-12-20'],
      '错误：尚未载入2027年的节假日安排（国务院办公厅通知通常于上一年11月发布），无法计算工作日',
    ],
    ['no --received', () => [], '错误：选项 --received <日期> 需要一个值'],
  ];
  for (const [name, args, message] of failures) {
    it(`refuses ${name} in Chinese with exit code 2`, async () => {
      const { code, out, err } = await xxgk('deadline', ...args());
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(message);
      noStackTrace(err);
    });
  }

  it('is listed in the help', async () => {
    const { out } = await xxgk('--help');
    expect(out).toMatch(/deadline .*按法定工作日日历计算依申请公开的答复截止日/u);
  });
});
