// `npm run bench`: parse+check throughput per input layout, in reports per second, next to a
// baseline measured in the same run on the same inputs, with the project's goals as PASS/MISS.
// One thread, no workers. Inputs are built in memory: the seed reports as text, and the same
// reports rendered to HTML by @xxgk/render. New layouts (DOCX, PDF) are one entry in CASES.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument as buildDom } from 'htmlparser2';
import { check } from '@xxgk/checks';
import { parseDocument } from '@xxgk/parsers';
import { renderHtml } from '@xxgk/render/core';

/** One document to process: its bytes and the name the parser sees. */
interface Input {
  bytes: Uint8Array;
  fileName: string;
}

/** A goal a case must meet, judged on its measured throughput and ratio to the baseline. */
interface Goal {
  label: string;
  met(result: { perSecond: number; ratio: number }): boolean;
}

/** One row of the table: a layout, how to build its inputs, its baseline and its goals. */
interface BenchCase {
  layout: string;
  baselineLabel: string;
  inputs: (seeds: readonly Input[]) => Promise<Input[]>;
  baseline: (input: Input) => unknown;
  goals: Goal[];
}

const utf8 = new TextDecoder('utf-8');

async function parseOnly(input: Input): Promise<number> {
  return (await parseDocument(input.bytes, { fileName: input.fileName })).text.length;
}

async function parseAndCheck(input: Input): Promise<number> {
  const parsed = await parseDocument(input.bytes, { fileName: input.fileName });
  return check({ report: parsed.report, text: parsed.text, outline: parsed.outline }).length;
}

/** The registry of bench cases; DOCX and PDF rows go here. */
const CASES: BenchCase[] = [
  {
    layout: '纯文本（种子报告）',
    baselineLabel: 'TextDecoder 解码 + 按行切分',
    inputs: (seeds) => Promise.resolve([...seeds]),
    baseline: (input) => utf8.decode(input.bytes).split(/\r?\n/u).length,
    goals: [
      { label: '每秒 ≥ 2,000 份', met: (r) => r.perSecond >= 2000 },
      { label: '不超过基线耗时的 5 倍', met: (r) => r.ratio <= 5 },
    ],
  },
  {
    layout: 'HTML（renderHtml 生成）',
    baselineLabel: 'htmlparser2 构建 DOM',
    inputs: async (seeds) => {
      const encoder = new TextEncoder();
      const out: Input[] = [];
      for (const seed of seeds) {
        const parsed = await parseDocument(seed.bytes, { fileName: seed.fileName });
        out.push({
          bytes: encoder.encode(renderHtml(parsed.report)),
          fileName: seed.fileName.replace(/\.txt$/u, '.html'),
        });
      }
      return out;
    },
    baseline: (input) => buildDom(utf8.decode(input.bytes)).children.length,
    goals: [{ label: '不超过基线耗时的 2 倍', met: (r) => r.ratio <= 2 }],
  },
];

interface Settings {
  seedsDir: string;
  /** Measured time per subject and case, split over the rounds. */
  millis: number;
  rounds: number;
  warmupMillis: number;
}

function settings(argv: readonly string[]): Settings {
  const arg = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const seconds = Number(arg('seconds') ?? 2);
  const rounds = Math.max(1, Math.trunc(Number(arg('rounds') ?? 5)));
  return {
    seedsDir:
      arg('seeds') ?? process.env.XXGK_SEEDS_DIR ?? join(import.meta.dirname, '../../shared/seeds'),
    millis: Math.max(50, seconds * 1000),
    rounds,
    warmupMillis: Math.max(50, Math.min(500, seconds * 250)),
  };
}

function loadSeeds(dir: string): Input[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  } catch {
    throw new Error(
      `找不到种子报告文件夹 ${dir}（可用 --seeds=<文件夹> 或环境变量 XXGK_SEEDS_DIR 指定）`,
    );
  }
  if (names.length === 0) throw new Error(`种子报告文件夹 ${dir} 中没有 .txt 文件`);
  return names.sort().map((name) => ({ bytes: readFileSync(join(dir, name)), fileName: name }));
}

/** Documents per second processing `inputs` round-robin for about `millis`. */
async function throughput(
  inputs: readonly Input[],
  work: (input: Input) => unknown,
  millis: number,
): Promise<number> {
  let sink = 0;
  let done = 0;
  const start = performance.now();
  let now = start;
  while (now - start < millis) {
    for (const input of inputs) {
      const result = work(input);
      const value = result instanceof Promise ? await (result as Promise<unknown>) : result;
      sink += typeof value === 'number' ? value : 1;
      done += 1;
    }
    now = performance.now();
  }
  if (sink < 0) process.stdout.write('');
  return (done * 1000) / (now - start);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u;
const width = (text: string): number => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (text: string, to: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
};
const rate = (n: number): string => Math.round(n).toLocaleString('en-US');

function table(rows: readonly string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? '')))) ?? [];
  return rows
    .map((r) => r.map((cell, c) => pad(cell, widths[c] ?? 0, rightAligned.has(c))).join('  '))
    .join('\n');
}

async function main(): Promise<void> {
  const s = settings(process.argv.slice(2));
  const seeds = loadSeeds(s.seedsDir);
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(
    `xxgk 性能测试：单线程，Node ${process.version}；每项预热 ${s.warmupMillis} 毫秒，` +
      `测量 ${s.rounds} 轮共约 ${(s.millis / 1000).toFixed(1)} 秒，取中位数。`,
  );
  out(`输入：${seeds.length} 份种子报告（${s.seedsDir}），均在内存中。\n`);
  const rows: string[][] = [
    ['版式', '份数', '解析+核查（份/秒）', '其中仅解析（份/秒）', '基线', '基线（份/秒）', '倍数'],
  ];
  const verdicts: string[] = [];
  let allMet = true;
  for (const bench of CASES) {
    const inputs = await bench.inputs(seeds);
    const subject = (input: Input) => parseAndCheck(input);
    await throughput(inputs, subject, s.warmupMillis);
    await throughput(inputs, bench.baseline, s.warmupMillis);
    const mine: number[] = [];
    const parseRates: number[] = [];
    const base: number[] = [];
    // Interleave the rounds so drift in machine load hits both sides alike.
    for (let round = 0; round < s.rounds; round += 1) {
      mine.push(await throughput(inputs, subject, s.millis / s.rounds));
      base.push(await throughput(inputs, bench.baseline, s.millis / s.rounds));
      // Parse alone, on a shorter clock: it only tells parse time from check time.
      parseRates.push(await throughput(inputs, parseOnly, s.millis / s.rounds / 2));
    }
    const perSecond = median(mine);
    const baseline = median(base);
    const ratio = baseline / perSecond;
    rows.push([
      bench.layout,
      String(inputs.length),
      rate(perSecond),
      rate(median(parseRates)),
      bench.baselineLabel,
      rate(baseline),
      `${ratio.toFixed(2)}×`,
    ]);
    for (const goal of bench.goals) {
      const met = goal.met({ perSecond, ratio });
      allMet &&= met;
      verdicts.push(
        `${met ? 'PASS' : 'MISS'}  ${bench.layout}：${goal.label}` +
          `（实测 ${rate(perSecond)} 份/秒，基线耗时的 ${ratio.toFixed(2)} 倍）`,
      );
    }
  }
  out(table(rows, new Set([1, 2, 3, 5, 6])));
  out('\n目标：');
  for (const v of verdicts) out(`  ${v}`);
  out(
    `\n倍数 = 基线吞吐量 ÷ 解析+核查吞吐量（越小越好）。${allMet ? '全部达标。' : '有目标未达标。'}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `性能测试无法运行：${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
});
