// `npm run bench:http` (also run by `npm run bench`): HTTP load on the report list and detail
// endpoints with 10,000 reports in the database, beside a bare Fastify route measured in the
// same run on the same machine. PGlite always; PostgreSQL too when XXGK_BENCH_DATABASE_URL
// is set (a scratch database is created on that server and dropped afterwards).
//
// The server runs in a child process (this same file with --serve), so the load generator
// (autocannon, in this process) does not share the server's thread. Loopback only, bounded
// duration: XXGK_BENCH_HTTP_SECONDS per measurement (default 8).
//
// Three kinds of rows: maximum throughput (autocannon, 10 connections); a truly fixed rate of
// 200 requests per second with evenly spaced arrivals, latency counted from each request's
// scheduled time (the goal is judged on these); and autocannon's `overallRate` at 200, which
// sends each connection's share of a second back to back — bursts, shown for reference. Each
// row is set beside the bare Fastify route measured the same way in the same run.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scratchPostgres } from './scratch-postgres.js';

/** What the child reports once it serves. */
interface Ready {
  appPort: number;
  barePort: number;
  cookie: string;
  firstId: number;
  lastId: number;
  reports: number;
  seedMillis: number;
  database: string;
}

/** The part of autocannon's result this bench reads. */
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  setupRequest?: (req: CannonRequest) => CannonRequest;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  headers?: Record<string, string>;
  requests?: CannonRequest[];
}) => Promise<CannonResult>;

const REPORTS = 10_000;
const AGENCIES = REPORTS / 5; // five years each
const SECONDS = Math.max(2, Number(process.env.XXGK_BENCH_HTTP_SECONDS ?? 8));
const RATE = 200;
const P99_GOAL_MS = 50;
const out = (text: string) => process.stdout.write(`${text}\n`);

// ---------------------------------------------------------------- child: seed and serve
async function serve(databaseUrl: string | undefined): Promise<void> {
  const { createRepositories, openDatabase, WorkspaceRepositories } = await import('@xxgk/db');
  const { buildApp } = await import('@xxgk/server');
  const { parseDocument } = await import('@xxgk/parsers');
  const { check } = await import('@xxgk/checks');
  const { sql } = await import('drizzle-orm');
  const Fastify = (await import('fastify')).default;

  const handle = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir: ':memory:' });
  const repos = createRepositories(handle.db);
  const seedFile = join(import.meta.dirname, '../packages/server/demo/000_7d23b93096d7af9d.txt');
  const parsed = await parseDocument(new Uint8Array(readFileSync(seedFile)), {
    fileName: 'seed.txt',
  });
  const findings = check({ report: parsed.report, text: parsed.text, outline: parsed.outline });
  const started = performance.now();
  const root = await repos.regions.create({ code: '370000', name: '山东省', level: 'province' });
  const city = await repos.regions.create({
    code: '370300',
    name: '淄博市',
    level: 'prefecture',
    parentId: root.id,
  });
  const counties: number[] = [];
  for (let i = 1; i <= 8; i += 1)
    counties.push(
      (
        await repos.regions.create({
          code: `3703${String(i).padStart(2, '0')}`,
          name: `县区${i}`,
          level: 'county',
          parentId: city.id,
        })
      ).id,
    );
  // 10,000 reports in a handful of set-based statements: agencies × years, one version each
  // with a real report's JSON, and that report's findings on every version.
  await handle.db.execute(sql`
    insert into agencies (name, kind, region_id)
    select '测试机关' || g || '局', 'department', (${sql.raw(`array[${counties.join(',')}]`)})[1 + g % ${counties.length}]
    from generate_series(1, ${AGENCIES}) g`);
  await handle.db.execute(sql`
    insert into reports (agency_id, year, format, origin, status, title, error_count, warning_count, updated_at)
    select a.id, y, '2021', 'imported',
      (array['draft','submitted','returned','published'])[1 + (a.id + y) % 4]::report_status,
      a.name || y || '年政府信息公开工作年度报告', (a.id * 7 + y) % 3, (a.id + y) % 5,
      now() - make_interval(secs => a.id * 5 + y)
    from agencies a cross join generate_series(2020, 2024) y`);
  await handle.db.execute(sql`
    insert into report_versions (report_id, number, report, reason)
    select id, 1, ${JSON.stringify(parsed.report)}::jsonb, '导入' from reports`);
  await handle.db.execute(sql`
    update reports r set current_version_id = v.id from report_versions v where v.report_id = r.id`);
  for (const [ordinal, f] of findings.entries())
    await handle.db.execute(sql`
      insert into findings (report_version_id, ordinal, rule, severity, message, cells)
      select id, ${ordinal}, ${f.rule}, ${f.severity}::finding_severity, ${f.message},
        array(select jsonb_array_elements_text(${JSON.stringify(f.cells)}::jsonb))
      from report_versions`);
  await handle.db.execute(sql`analyze`);
  const seedMillis = performance.now() - started;

  const reviewer = await repos.users.create({
    username: 'bench-reviewer',
    displayName: '压测审核员',
    role: 'reviewer',
    regionId: root.id,
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$YmVuY2hoYXNoYmVuY2hoYXNo',
  });
  const session = await repos.sessions.create({ userId: reviewer.id, ttlMs: 12 * 3_600_000 });
  const { app } = await buildApp({
    repos,
    work: new WorkspaceRepositories(handle.db),
    databaseKind: handle.kind,
    logLevel: 'silent',
    webDist: null,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify({ logger: false });
  bare.get('/bare', () => ({ ok: true }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const port = (server: { server: { address(): unknown } }) =>
    (server.server.address() as { port: number }).port;
  const ids = (await repos.reports.list({}, { by: 'year', direction: 'asc' }, { pageSize: 1 }))
    .total;
  const ready: Ready = {
    appPort: port(app),
    barePort: port(bare),
    cookie: `xxgk_session=${session.token}`,
    firstId: 1,
    lastId: ids,
    reports: ids,
    seedMillis,
    database: handle.kind,
  };
  process.send?.(ready);
  process.on('disconnect', () => {
    void Promise.all([app.close(), bare.close()])
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
}

// ---------------------------------------------------------------- parent: load and report
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function startChild(
  databaseUrl: string | undefined,
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(import.meta.filename, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...(databaseUrl ? { XXGK_BENCH_SERVE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (ready) => resolve({ child, ready: ready as Ready }));
    child.once('exit', (code) => reject(new Error(`压测服务进程退出（${code}）`)));
  });
}

/** One measurement, whoever made it. */
interface Measured {
  /** Responses per second actually completed. */
  rate: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

interface Row {
  label: string;
  kind: 'max' | 'fixed' | 'burst';
  /** Which endpoint, to pair each row with the bare route's row of the same kind. */
  target: 'bare' | 'list' | 'list-uncached' | 'detail';
  result: Measured;
}

const fromCannon = (r: CannonResult): Measured => ({
  rate: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  max: r.latency.max,
  failed: r.non2xx + r.errors + r.timeouts,
});

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/**
 * An open-loop load at a truly fixed rate: request i is sent at start + i/rate whatever the
 * earlier ones are doing, and its latency is counted from that scheduled instant, so a slow
 * answer cannot hold back the next requests and hide its own cost (no coordinated omission).
 * autocannon's `overallRate` is not this: each connection sends its share of a second back to
 * back at the start of the second, so the server sees bursts of `connections` requests at once.
 */
async function paced(
  port: number,
  path: () => string,
  headers: Record<string, string>,
  rate: number,
  seconds: number,
): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let failed = 0;
  let lastDone = 0;
  const one = (scheduled: number): Promise<void> =>
    new Promise((resolve) => {
      const request = http.request(
        { agent, host: '127.0.0.1', port, path: path(), headers },
        (response) => {
          response.resume();
          response.on('end', () => {
            lastDone = performance.now();
            if (response.statusCode === 200) latencies.push(lastDone - scheduled);
            else failed += 1;
            resolve();
          });
        },
      );
      request.setTimeout(10_000, () => request.destroy());
      request.on('error', () => {
        failed += 1;
        resolve();
      });
      request.end();
    });
  const inflight: Promise<void>[] = [];
  const start = performance.now() + 10;
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        inflight.push(one(start + sent * interval));
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else resolve();
    };
    setTimeout(tick, 10);
  });
  await Promise.all(inflight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rate: latencies.length / ((lastDone - start) / 1000),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    failed,
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function measure(ready: Ready): Promise<{ rows: Row[]; verdicts: string[]; ok: boolean }> {
  const app = `http://127.0.0.1:${ready.appPort}`;
  const bareUrl = `http://127.0.0.1:${ready.barePort}/bare`;
  const headers = { cookie: ready.cookie };
  const randomId = () =>
    String(ready.firstId + Math.floor(Math.random() * (ready.lastId - ready.firstId + 1)));
  const randomPage = () => String(1 + Math.floor(Math.random() * 50));
  const listPath = () => `/api/reports?page=${randomPage()}&pageSize=20`;
  // Page sizes and pages drawn from a space far larger than the requests made: nearly every
  // request misses the read cache and runs its queries.
  const uncachedListPath = () =>
    `/api/reports?page=${1 + Math.floor(Math.random() * 200)}&pageSize=${10 + Math.floor(Math.random() * 40)}`;
  const detailPath = () => `/api/reports/${randomId()}`;
  const asRequests = (path: () => string): CannonRequest[] => [
    { method: 'GET', headers, setupRequest: (r) => ({ ...r, path: path() }) },
  ];
  const cannon = async (url: string, requests: CannonRequest[] | undefined, overallRate?: number) =>
    fromCannon(
      await autocannon({
        url,
        connections: overallRate ? 20 : 10,
        duration: SECONDS,
        ...(overallRate ? { overallRate } : {}),
        ...(requests ? { requests } : {}),
      }),
    );
  const fixed = (port: number, path: () => string) => paced(port, path, headers, RATE, SECONDS);
  // Warm up: JIT, the connection pool, and the list pages the steady-state runs ask for (on
  // PGlite they are then answered from the read cache until the next write, as in daily use:
  // many reads between writes). Report pages are not warmed: 10,000 of them, read at random.
  await autocannon({ url: `${app}/api/reports/1`, connections: 4, duration: 2, headers });
  for (let page = 1; page <= 50; page += 1) await fetch(`${app}${listPath()}`, { headers });
  const rows: Row[] = [];
  const add = async (
    label: string,
    kind: Row['kind'],
    target: Row['target'],
    run: () => Promise<Measured>,
  ) => {
    rows.push({ label, kind, target, result: await run() });
    // An overloaded run leaves a backlog in the server; let it drain before the next one, so
    // each row measures its own load only.
    await fetch(`${app}/api/health`, { signal: AbortSignal.timeout(60_000) }).catch(() => null);
    await new Promise((r) => setTimeout(r, 500));
  };
  const every = `固定 ${RATE} 次/秒，均匀到达`;
  const burst = `autocannon overallRate=${RATE}，20 个连接，每秒开头成批发出`;
  await add('裸 Fastify 路由（最大吞吐）', 'max', 'bare', () => cannon(bareUrl, undefined));
  await add('年报列表 GET /api/reports（最大吞吐）', 'max', 'list', () =>
    cannon(app, asRequests(listPath)),
  );
  await add('年报列表，几乎全部未命中缓存（最大吞吐）', 'max', 'list-uncached', () =>
    cannon(app, asRequests(uncachedListPath)),
  );
  await add('年报详情 GET /api/reports/:id，随机（最大吞吐）', 'max', 'detail', () =>
    cannon(app, asRequests(detailPath)),
  );
  await add(`裸 Fastify 路由（${every}）`, 'fixed', 'bare', () =>
    fixed(ready.barePort, () => '/bare'),
  );
  await add(`年报列表（${every}）`, 'fixed', 'list', () => fixed(ready.appPort, listPath));
  await add(`年报列表，几乎全部未命中缓存（${every}）`, 'fixed', 'list-uncached', () =>
    fixed(ready.appPort, uncachedListPath),
  );
  await add(`年报详情，随机（${every}）`, 'fixed', 'detail', () =>
    fixed(ready.appPort, detailPath),
  );
  await add(`裸 Fastify 路由（${burst}）`, 'burst', 'bare', () => cannon(bareUrl, undefined, RATE));
  await add(`年报列表（${burst}）`, 'burst', 'list', () => cannon(app, asRequests(listPath), RATE));
  await add(`年报详情，随机（${burst}）`, 'burst', 'detail', () =>
    cannon(app, asRequests(detailPath), RATE),
  );
  const verdicts: string[] = [];
  let ok = true;
  for (const row of rows) {
    if (row.kind === 'max' || row.target === 'bare') continue;
    // The goal is about a steady 200 requests per second; bursts are reported, not judged.
    const judged = row.kind === 'fixed';
    const met =
      row.result.p99 < P99_GOAL_MS && row.result.failed === 0 && row.result.rate >= RATE * 0.95;
    if (judged) ok &&= met;
    verdicts.push(
      `${met ? 'PASS' : 'MISS'}${judged ? '' : '（参考）'}  ${row.label}：p99 < ${P99_GOAL_MS} 毫秒（实测 ` +
        `${fmt(row.result.p99, 1)} 毫秒，完成 ${fmt(row.result.rate)} 次/秒，失败 ${row.result.failed} 次）`,
    );
  }
  return { rows, verdicts, ok };
}

function print(ready: Ready, rows: Row[], verdicts: string[]): void {
  const bareOf = (kind: Row['kind']) =>
    rows.find((r) => r.kind === kind && r.target === 'bare')?.result;
  out(
    `\n数据库：${ready.database}；${fmt(ready.reports)} 份年报（${AGENCIES} 个机关 × 5 个年度，每份一个版本、` +
      `真实年报 JSON 与核查结果），SQL 批量生成用时 ${fmt(ready.seedMillis / 1000, 1)} 秒。`,
  );
  out(
    `每项测量 ${SECONDS} 秒，仅本机回环地址；服务在独立子进程中运行；机器 ${cpus().length} 核，` +
      `开始时负载 ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}。`,
  );
  out(
    '“相对裸路由”：最大吞吐行为次/秒之比；固定速率行为 p99 之比（同一轮中同样速率下的裸路由）。\n',
  );
  out(['项目', '次/秒', '相对裸路由', 'p50 毫秒', 'p99 毫秒', '最大 毫秒', '失败'].join(' | '));
  for (const { label, kind, result } of rows) {
    const bare = bareOf(kind);
    const ratio =
      bare === undefined
        ? '—'
        : kind === 'max'
          ? `${fmt((result.rate / bare.rate) * 100, 1)}%`
          : `p99 ×${fmt(result.p99 / Math.max(bare.p99, 0.1), 1)}`;
    out(
      [
        label,
        fmt(result.rate),
        ratio,
        fmt(result.p50, 1),
        fmt(result.p99, 1),
        fmt(result.max, 1),
        String(result.failed),
      ].join(' | '),
    );
  }
  out(
    `\n目标（2 核机器上，${RATE} 次/秒时 p99 < ${P99_GOAL_MS} 毫秒；以均匀到达的固定速率判定）：`,
  );
  for (const v of verdicts) out(`  ${v}`);
}

async function benchOne(databaseUrl: string | undefined): Promise<boolean> {
  const { child, ready } = await startChild(databaseUrl);
  try {
    const { rows, verdicts, ok } = await measure(ready);
    print(ready, rows, verdicts);
    return ok;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

async function main(): Promise<void> {
  out(`xxgk HTTP 性能测试（Node ${process.version}，autocannon）`);
  let ok = await benchOne(undefined);
  const pgServer = process.env.XXGK_BENCH_DATABASE_URL?.trim();
  if (pgServer) {
    const scratch = await scratchPostgres(pgServer, 'xxgk_bench');
    try {
      ok = (await benchOne(scratch.url)) && ok;
    } finally {
      await scratch.drop();
    }
  } else out('\n（未设置 XXGK_BENCH_DATABASE_URL：本次未测 PostgreSQL。）');
  out(ok ? '\n全部达标。' : '\n有目标未达标。');
}

if (process.argv.includes('--serve'))
  serve(process.env.XXGK_BENCH_SERVE_URL).catch((e: unknown) => {
    process.stderr.write(`压测服务无法启动：${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
else
  main().catch((e: unknown) => {
    process.stderr.write(`HTTP 性能测试无法运行：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
