import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@xxgk/checks';
import { allCellPaths, reportSchema, type Finding, type Report } from '@xxgk/model';
import { parseDocument } from '@xxgk/parsers';
import { orderReport, registerOutputFormat, renderJson } from '@xxgk/render';
import { describe, expect, it } from 'vitest';
import { bufferIo } from './io.js';
import { run } from './run.js';
import { needsAllWriters } from './writers.js';
import { TESTDATA } from './testing/testdata.js';

const SEEDS = join(TESTDATA, 'seeds');
const SEED_FILES = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => join(SEEDS, n));
const seed = (i: number): string => SEED_FILES[i] ?? '';
const truth = (file: string): Report => {
  const name = (file.split('/').at(-1) ?? '').replace(/\.txt$/u, '.json');
  const data = JSON.parse(readFileSync(join(SEEDS, 'truth', name), 'utf8')) as Partial<Report>;
  return { title: null, sections: {}, notes: {}, ...data } as Report;
};
const tmp = mkdtempSync(join(tmpdir(), 'xxgk-cli-'));

async function xxgk(...argv: string[]) {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

async function expected(file: string): Promise<{ report: Report; findings: Finding[] }> {
  const parsed = await parseDocument(readFileSync(file), { fileName: file });
  const findings = check({ report: parsed.report, text: parsed.text, outline: parsed.outline });
  return { report: parsed.report, findings };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/u);

describe('xxgk', () => {
  it('explains itself in Chinese with --help', async () => {
    const { code, out } = await xxgk('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^用法：\s*xxgk \[选项\] \[命令\]/u);
    expect(out).toMatch(/parse.*读取年报文件/u);
    expect(out).toMatch(/check.*读取并核查年报/u);
    expect(out).toMatch(/render.*把年报输出为/u);
    expect(out).toContain('退出码：0 正常；1 核查发现错误');
  });

  it('lists the output formats of the registry in the help of render', async () => {
    const { code, out } = await xxgk('render', '--help');
    expect(code).toBe(0);
    expect(out).toContain('输出格式：html、md、json');
  });

  it('rejects an unknown command or option in Chinese with exit code 2', async () => {
    const unknown = await xxgk('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('错误：未知命令：frobnicate');
    const option = await xxgk('parse', '--bogus', seed(0));
    expect(option.code).toBe(2);
    expect(option.err).toContain('未知选项：--bogus');
    const missing = await xxgk('check');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('缺少参数');
  });

  it('names a missing file in Chinese and exits with 2, without a stack trace', async () => {
    const file = join(tmp, '不存在.txt');
    const { code, out, err } = await xxgk('parse', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`错误：找不到文件 ${file}\n`);
    noStackTrace(err);
  });

  it('reports a file that is not an annual report as unreadable', async () => {
    const file = join(tmp, 'notes.txt');
    writeFileSync(file, '今天天气很好，我们去公园散步。\n');
    const { code, err } = await xxgk('check', file, '--json');
    expect(code).toBe(2);
    expect(err).toContain(file);
    noStackTrace(err);
  });

  it.each(SEED_FILES.map((f) => [f.split('/').at(-1), f]))(
    'prints the report of seed %s as its JSON with --json',
    async (_name, file) => {
      const { code, out } = await xxgk('parse', file ?? '', '--json');
      expect(code).toBe(0);
      const printed = JSON.parse(out) as Report;
      expect(out).toBe(`${renderJson((await expected(file ?? '')).report)}\n`);
      expect(reportSchema.safeParse(printed).success).toBe(true);
      const want = truth(file ?? '');
      expect([printed.agency, printed.year, printed.format]).toEqual([
        want.agency,
        want.year,
        want.format,
      ]);
    },
  );

  it('prints JSON Lines with a file field for several files, errors included', async () => {
    const missing = join(tmp, 'missing.html');
    const { code, out } = await xxgk('parse', '--json', seed(0), missing, seed(1));
    expect(code).toBe(2);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([seed(0), missing, seed(1)]);
    expect(lines[1]).toEqual({
      file: missing,
      error: { code: 'input.not-found', message: `找不到文件 ${missing}` },
    });
    expect(lines[0]?.report).toEqual(orderReport((await expected(seed(0))).report));
    expect(Object.keys(lines[2] ?? {})).toEqual(['file', 'report']);
  });

  it('summarises a parsed report in Chinese without --json', async () => {
    const { code, out } = await xxgk('parse', seed(0));
    expect(code).toBe(0);
    const want = truth(seed(0));
    expect(out).toContain(`文件：${seed(0)}`);
    expect(out).toContain(`机关：${want.agency ?? ''}`);
    expect(out).toContain(`年度：${want.year ?? ''} 年`);
    expect(out).toContain('表格格式：2021 年版（国办公开办函〔2021〕30号）');
    expect(out).toMatch(/读到的单元格：表二 10\/10；表三 175\/175；表四 15\/15/u);
  });

  it.each(SEED_FILES.map((f) => [f.split('/').at(-1), f]))(
    'checks seed %s with --json, exiting 1 exactly when an error is found',
    async (_name, file) => {
      const { code, out } = await xxgk('check', file ?? '', '--json');
      const printed = JSON.parse(out) as { report: Report; findings: Finding[] };
      expect(Object.keys(printed)).toEqual(['report', 'findings']);
      const want = await expected(file ?? '');
      expect(printed.findings).toEqual(want.findings);
      expect(code).toBe(want.findings.some((f) => f.severity === 'error') ? 1 : 0);
    },
  );

  it('shows the findings of a check as a table with cell labels', async () => {
    const file = join(tmp, 'broken.json');
    const report = truth(seed(0));
    const received = report.applications.received ?? {};
    received.total = (received.total ?? 0) + 5;
    writeFileSync(file, renderJson(report));
    const { code, out } = await xxgk('check', file);
    expect(code).toBe(1);
    expect(out).toMatch(/核查结果：错误 [1-9]\d* 条/u);
    expect(out).toMatch(/ {4}错误 {2}\S+ +\S/u);
    expect(out).toContain('单元格：');
    expect(out).toContain('一、本年新收政府信息公开申请数量 · 总计');
  });

  it('passes last year’s report to the checker with --previous', async () => {
    const previous = join(tmp, 'previous.json');
    const current = truth(seed(0));
    const last: Report = {
      ...truth(seed(0)),
      year: (current.year ?? 2024) - 1,
      title: null,
      sections: {},
      notes: {},
      applications: {
        ...current.applications,
        carriedForward: { ...current.applications.carriedForward, total: 7 },
      },
    };
    writeFileSync(previous, renderJson(last));
    const { out } = await xxgk('check', seed(0), '--json', '--previous', previous);
    const printed = JSON.parse(out) as { findings: Finding[] };
    const parsed = await parseDocument(readFileSync(seed(0)), { fileName: seed(0) });
    const want = check({
      report: parsed.report,
      text: parsed.text,
      outline: parsed.outline,
      previous: (await parseDocument(readFileSync(previous), { fileName: previous })).report,
    });
    expect(printed.findings).toEqual(want);
    expect(printed.findings.some((f) => f.cells.includes('applications.carriedOver.total'))).toBe(
      true,
    );
  });

  it('warns when the --previous report is another agency’s and makes its carry-over differences warnings', async () => {
    const previous = join(tmp, 'other-agency.json');
    const current = truth(seed(0));
    const last: Report = {
      ...current,
      agency: '江宁市财政局',
      year: (current.year ?? 2024) - 1,
      title: null,
      sections: {},
      notes: {},
      applications: {
        ...current.applications,
        carriedForward: { ...current.applications.carriedForward, total: 7 },
      },
    };
    writeFileSync(previous, renderJson(last));
    const { out } = await xxgk('check', seed(0), '--json', '--previous', previous);
    const { findings } = JSON.parse(out) as { findings: Finding[] };
    const agency = findings.find((f) => f.rule === 'previous.agency');
    expect(agency?.severity).toBe('warning');
    expect(agency?.message).toContain('江宁市财政局');
    expect(agency?.message).toContain(current.agency ?? '');
    const carried = findings.filter((f) => f.rule === 'previous.carried-over');
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('exits with 2 when one file is unreadable and another has errors, still checking the other', async () => {
    const missing = join(tmp, 'absent.txt');
    const { code, out } = await xxgk('check', '--json', seed(3), missing);
    expect(code).toBe(2);
    const [first, second] = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; findings?: Finding[]; error?: unknown });
    expect(first?.file).toBe(seed(3));
    expect(first?.findings?.some((f) => f.severity === 'error')).toBe(true);
    expect(second?.file).toBe(missing);
    expect(second?.error).toBeDefined();
  });

  it('exits with 2 when the --previous report cannot be read', async () => {
    const { code, err } = await xxgk('check', seed(0), '--previous', join(tmp, 'nope.txt'));
    expect(code).toBe(2);
    expect(err).toContain('无法读取上年报告');
  });

  it('renders HTML with every data cell of the report to a file', async () => {
    const output = join(tmp, 'out.html');
    const { code, err } = await xxgk('render', seed(3), '--to', 'html', '-o', output);
    expect(code).toBe(0);
    expect(err).toContain(`已生成 ${output}`);
    const html = readFileSync(output, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/data-path="/gu)).toHaveLength(allCellPaths('2021').length);
  });

  it.each(SEED_FILES.map((f) => [f.split('/').at(-1), f]))(
    'reads back the HTML it renders for seed %s as the same report',
    async (_name, file) => {
      const output = join(tmp, `${_name ?? 'seed'}.html`);
      expect(await run(['render', file ?? '', '--to', 'html', '-o', output], bufferIo())).toBe(0);
      const original = JSON.parse((await xxgk('parse', file ?? '', '--json')).out) as Report;
      const back = JSON.parse((await xxgk('parse', output, '--json')).out) as Report;
      const keys = ['format', 'year', 'agency', 'title', 'publishedOn', 'proactive'] as const;
      const tables = ['applications', 'review', 'notes', 'sections'] as const;
      for (const key of [...keys, ...tables])
        expect([key, back[key]]).toEqual([key, original[key]]);
    },
  );

  it('renders Markdown and JSON to standard output, JSON equal to parse --json', async () => {
    const md = await xxgk('render', seed(1), '--to', 'md');
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# .+政府信息公开工作年度报告/u);
    const json = await xxgk('render', seed(1), '--to', 'json');
    expect(json.out).toBe((await xxgk('parse', seed(1), '--json')).out);
  });

  it('renders a report JSON and picks the format from the output extension', async () => {
    const input = join(tmp, 'report.json');
    writeFileSync(input, renderJson(truth(seed(2))));
    const output = join(tmp, 'report.md');
    const { code } = await xxgk('render', input, '-o', output);
    expect(code).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('| 三（七）总计 |');
  });

  it('marks findings in the rendered page with --findings', async () => {
    const input = join(tmp, 'marked.json');
    const report = truth(seed(0));
    const granted = report.applications.granted ?? {};
    granted.total = (granted.total ?? 0) + 1;
    writeFileSync(input, renderJson(report));
    const { out } = await xxgk('render', input, '--to', 'html', '--findings');
    expect(out).toContain('class="findings"');
    expect(out).toMatch(
      /class="num finding finding-error" data-path="applications\.granted\.total"/u,
    );
  });

  it('writes with any format in the render registry, binary ones only to a file or a pipe', async () => {
    registerOutputFormat({
      id: 'test-bin',
      label: '测试格式',
      extension: 'tbin',
      mediaType: 'application/octet-stream',
      render: (report) => Promise.resolve(new TextEncoder().encode(`BIN ${report.year ?? ''}`)),
    });
    const piped = await xxgk('render', seed(0), '--to', 'test-bin');
    expect([piped.code, piped.out]).toEqual([0, `BIN ${truth(seed(0)).year ?? ''}`]);
    const io = { ...bufferIo(), stdoutIsTTY: true };
    expect(await run(['render', seed(0), '--to', 'test-bin'], io)).toBe(2);
    expect(io.err()).toContain('测试格式是二进制格式，不能直接显示在终端上，请用 -o 指定输出文件');
    const output = join(tmp, 'out.tbin');
    expect(await run(['render', seed(0), '-o', output], bufferIo())).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`BIN ${truth(seed(0)).year ?? ''}`);
  });

  it('loads the binary writers only for commands that can use them', () => {
    expect(['parse', 'check', 'render', 'help'].map((c) => needsAllWriters([c, 'x']))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(needsAllWriters(['--help'])).toBe(true);
  });

  it('names a folder given as a file', async () => {
    const { code, err } = await xxgk('parse', tmp);
    expect(code).toBe(2);
    expect(err).toBe(`错误：${tmp} 是一个文件夹，不是文件\n`);
  });

  it('refuses an output format it does not know, naming the ones it does', async () => {
    const { code, err } = await xxgk('render', seed(0), '--to', 'odt');
    expect(code).toBe(2);
    expect(err).toMatch(/^错误：不支持的输出格式“odt”（可选：html、md、json(、[\w-]+)*）\n$/u);
  });
});
