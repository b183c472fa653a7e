// `npm run bench`: parse+check throughput per input layout, in reports per second, next to a
// baseline measured in the same run on the same inputs, with the project's goals as PASS/MISS.
// One thread, no workers. Inputs are built in memory: the seed reports as text, the same
// reports rendered to HTML and DOCX by @xxgk/render, and the real published PDF fixture.
// DOCX and PDF rows judge reading (parse) against their baselines, as issue 3 sets them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument as buildDom } from 'htmlparser2';
import { check } from '@xxgk/checks';
import { parseDocument } from '@xxgk/parsers';
import { renderDocx } from '@xxgk/render';
import { renderHtml } from '@xxgk/render/core';
import { findPdftotext } from '../packages/parsers/src/pdf/index.js';

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
  /** What the goals judge: parse+check (text, HTML) or reading alone (DOCX, PDF). */
  judge?: 'parseAndCheck' | 'parse';
  /** Environment for the subject (e.g. the PDF engine); restored afterwards. */
  env?: Record<string, string>;
  /** Why the case cannot run on this machine, or null. */
  unavailable?: () => string | null;
}

const utf8 = new TextDecoder('utf-8');

async function parseOnly(input: Input): Promise<number> {
  return (await parseDocument(input.bytes, { fileName: input.fileName })).text.length;
}

async function parseAndCheck(input: Input): Promise<number> {
  const parsed = await parseDocument(input.bytes, { fileName: input.fileName });
  return check({ report: parsed.report, text: parsed.text, outline: parsed.outline }).length;
}

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
/** The repository's test inputs (testdata/): the seeds and the published PDF fixture. */
const TESTDATA = join(import.meta.dirname, '../testdata');
const FIXTURES = join(TESTDATA, 'fixtures');

/** The seeds, read and written again in another format by one of our writers. */
async function rendered(
  seeds: readonly Input[],
  ext: string,
  write: (report: Awaited<ReturnType<typeof parseDocument>>['report']) => Promise<Uint8Array>,
): Promise<Input[]> {
  const out: Input[] = [];
  for (const seed of seeds) {
    const parsed = await parseDocument(seed.bytes, { fileName: seed.fileName });
    out.push({
      bytes: await write(parsed.report),
      fileName: seed.fileName.replace(/\.txt$/u, ext),
    });
  }
  return out;
}

/** The DOCX baseline: unzip word/document.xml and strip its XML. */
function unzipAndStrip(input: Input): number {
  const files = unzipSync(input.bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  return xml ? strFromU8(xml).replace(/<[^>]+>/gu, '').length : 0;
}

/** The PDF baseline: pdf.js (legacy build) text extraction of every page, alone. */
async function pdfjsExtract(input: Input): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(input.bytes),
    cMapUrl: `${pathToFileURL(join(pdfjsDir, 'cmaps')).pathname}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(join(pdfjsDir, 'standard_fonts')).pathname}/`,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
  }
  await task.destroy();
  return items;
}

function fixturePdf(): Input[] {
  const path = join(FIXTURES, 'huaian-2024.pdf');
  return [{ bytes: readFileSync(path), fileName: 'huaian-2024.pdf' }];
}

const noFixture = (): string | null =>
  existsSync(join(FIXTURES, 'huaian-2024.pdf')) ? null : '缺少 testdata/fixtures/huaian-2024.pdf';

/** The registry of bench cases. */
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
  {
    layout: 'DOCX（renderDocx 生成）',
    baselineLabel: '解压 document.xml + 去除 XML 标记',
    inputs: (seeds) => rendered(seeds, '.docx', (report) => renderDocx(report)),
    baseline: unzipAndStrip,
    judge: 'parse',
    goals: [{ label: '读取不超过基线耗时的 2 倍', met: (r) => r.ratio <= 2 }],
  },
  {
    layout: 'PDF（淮安 2024，pdf.js）',
    baselineLabel: 'pdf.js 逐页提取文字',
    inputs: () => Promise.resolve(fixturePdf()),
    baseline: pdfjsExtract,
    judge: 'parse',
    env: { XXGK_PDF_ENGINE: 'pdfjs' },
    unavailable: noFixture,
    goals: [{ label: '读取不超过基线耗时的 1.5 倍', met: (r) => r.ratio <= 1.5 }],
  },
  {
    layout: 'PDF（淮安 2024，poppler 快速路径）',
    baselineLabel: 'pdf.js 逐页提取文字',
    inputs: () => Promise.resolve(fixturePdf()),
    baseline: pdfjsExtract,
    judge: 'parse',
    env: { XXGK_PDF_ENGINE: 'poppler' },
    unavailable: () =>
      noFixture() ?? (findPdftotext() ? null : '未安装 poppler-utils（pdftotext），跳过快速路径'),
    goals: [{ label: '读取快于 pdf.js 提取（倍数 < 1）', met: (r) => r.ratio < 1 }],
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
    seedsDir: arg('seeds') ?? process.env.XXGK_SEEDS_DIR ?? join(TESTDATA, 'seeds'),
    millis: Math.max(50, seconds * 1000),
    rounds,
    warmupMillis: Math.max(50, Math.min(500, seconds * 250)),
  };
}

/**
 * Whether a case runs: `XXGK_BENCH_ONLY=text,html` (comma-separated, case-insensitive) keeps the
 * cases whose layout names contain one of the words — `text` stands for 纯文本 — so a change to
 * one reader can be measured without waiting for the others.
 */
function selected(layout: string): boolean {
  const only = (process.env.XXGK_BENCH_ONLY ?? '').trim();
  if (!only) return true;
  const name = layout.toLowerCase().replace('纯文本', 'text');
  return only
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .some((w) => w !== '' && name.includes(w));
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
  for (const bench of CASES.filter((c) => selected(c.layout))) {
    const why = bench.unavailable?.() ?? null;
    if (why) {
      verdicts.push(`未运行  ${bench.layout}：${why}`);
      continue;
    }
    const saved = Object.fromEntries(Object.keys(bench.env ?? {}).map((k) => [k, process.env[k]]));
    Object.assign(process.env, bench.env ?? {});
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
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    const judged = bench.judge === 'parse' ? median(parseRates) : median(mine);
    const perSecond = judged;
    const baseline = median(base);
    const ratio = baseline / perSecond;
    rows.push([
      bench.layout,
      String(inputs.length),
      rate(median(mine)),
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
    `\n倍数 = 基线吞吐量 ÷ 被评判的吞吐量（纯文本、HTML 为解析+核查；DOCX、PDF 为仅解析），越小越好。` +
      `${allMet ? '全部达标。' : '有目标未达标。'}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `性能测试无法运行：${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
});
