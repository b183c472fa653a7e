// DOCX reading throughput against the baseline the issue sets, measured in the same run:
// unzip word/document.xml and strip its XML tags. Inputs: the seed reports (testdata/seeds),
// parsed and written as DOCX by @xxgk/render, plus the official blank template.
//   node --import tsx packages/parsers/bench/docx-bench.ts [--seconds=2]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from '@xxgk/render';
import { parseDocument } from '../src/index.js';
import { readDocx } from '../src/docx/index.js';
import { TESTDATA } from '../src/testing/shared-fixtures.js';

interface Input {
  name: string;
  bytes: Uint8Array;
}

function baseline(input: Input): number {
  const files = unzipSync(input.bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  return xml ? strFromU8(xml).replace(/<[^>]+>/gu, '').length : 0;
}

async function inputs(): Promise<Input[]> {
  const seeds = join(TESTDATA, 'seeds');
  const out: Input[] = [];
  for (const name of readdirSync(seeds)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const parsed = await parseDocument(readFileSync(join(seeds, name)), { fileName: name });
    out.push({ name: name.replace(/\.txt$/u, '.docx'), bytes: await renderDocx(parsed.report) });
  }
  const template = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');
  out.push({ name: 'official-blank-template-2021.docx', bytes: readFileSync(template) });
  return out;
}

/** Documents per second doing `work` over the inputs round-robin for about `millis`. */
async function rate(
  list: readonly Input[],
  work: (input: Input) => unknown,
  millis: number,
): Promise<number> {
  let done = 0;
  const start = performance.now();
  let now = start;
  while (now - start < millis) {
    for (const input of list) {
      const result = work(input);
      if (result instanceof Promise) await result;
      done += 1;
    }
    now = performance.now();
  }
  return (done * 1000) / (now - start);
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;

async function main(): Promise<void> {
  const seconds = Number(/^--seconds=(.+)$/u.exec(process.argv[2] ?? '')?.[1] ?? 2);
  const list = await inputs();
  const subjects: [string, (input: Input) => unknown][] = [
    ['readDocx（DOCX → 源行）', (input) => readDocx(input.bytes, { fileName: input.name })],
    [
      'parseDocument（DOCX → 报告）',
      (input) => parseDocument(input.bytes, { fileName: input.name }),
    ],
  ];
  const rounds = 5;
  const slice = (seconds * 1000) / rounds;
  await rate(list, baseline, 300);
  for (const [label, work] of subjects) {
    await rate(list, work, 300);
    const mine: number[] = [];
    const base: number[] = [];
    // Interleaved rounds: drift in machine load hits both sides alike.
    for (let r = 0; r < rounds; r += 1) {
      mine.push(await rate(list, work, slice));
      base.push(await rate(list, baseline, slice));
    }
    const m = median(mine);
    const b = median(base);
    process.stdout.write(
      `${label}：${Math.round(m)} 份/秒；基线（解压 + 去除 XML 标签）${Math.round(b)} 份/秒；` +
        `耗时为基线的 ${(b / m).toFixed(2)} 倍（${list.length} 份输入）\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `DOCX 性能测试无法运行：${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
});
