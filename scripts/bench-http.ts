// `npm run bench:http` (also run by `npm run bench`): HTTP load on the report list and detail
// endpoints with 10,000 reports in the database, beside a bare Fastify route measured in the
// same run on the same machine. PGlite always; PostgreSQL too when XXGK_BENCH_DATABASE_URL
// is set (a scratch database is created on that server and dropped afterwards).
//
// The server runs in a child process (this same file with --serve), so the load generator
// (autocannon, in this process) does not share the server's thread. Loopback only, bounded
// duration: XXGK_BENCH_HTTP_SECONDS per measurement (default 8).
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

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

interface Row {
  label: string;
  result: CannonResult;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function measure(ready: Ready): Promise<{ rows: Row[]; verdicts: string[]; ok: boolean }> {
  const app = `http://127.0.0.1:${ready.appPort}`;
  const headers = { cookie: ready.cookie };
  const randomId = () =>
    String(ready.firstId + Math.floor(Math.random() * (ready.lastId - ready.firstId + 1)));
  const randomPage = () => String(1 + Math.floor(Math.random() * 50));
  const listRequest: CannonRequest[] = [
    {
      method: 'GET',
      headers,
      setupRequest: (r) => ({ ...r, path: `/api/reports?page=${randomPage()}&pageSize=20` }),
    },
  ];
  // Page sizes and pages drawn from a space far larger than the requests made: nearly every
  // request misses the read cache and runs its queries.
  const uncachedListRequest: CannonRequest[] = [
    {
      method: 'GET',
      headers,
      setupRequest: (r) => ({
        ...r,
        path: `/api/reports?page=${1 + Math.floor(Math.random() * 200)}&pageSize=${10 + Math.floor(Math.random() * 40)}`,
      }),
    },
  ];
  const detailRequest: CannonRequest[] = [
    { method: 'GET', headers, setupRequest: (r) => ({ ...r, path: `/api/reports/${randomId()}` }) },
  ];
  const run = (url: string, requests: CannonRequest[] | undefined, overallRate?: number) =>
    autocannon({
      url,
      connections: overallRate ? 20 : 10,
      duration: SECONDS,
      ...(overallRate ? { overallRate } : {}),
      ...(requests ? { requests } : {}),
    });
  // Warm up: JIT, the connection pool, and the list pages the steady-state runs ask for (on
  // PGlite they are then answered from the read cache until the next write, as in daily use:
  // many reads between writes). Report pages are not warmed: 10,000 of them, read at random.
  await autocannon({ url: `${app}/api/reports/1`, connections: 4, duration: 2, headers });
  for (let page = 1; page <= 50; page += 1)
    await fetch(`${app}/api/reports?page=${page}&pageSize=20`, { headers });
  const rows: Row[] = [
    {
      label: '裸 Fastify 路由（最大吞吐）',
      result: await run(`http://127.0.0.1:${ready.barePort}/bare`, undefined),
    },
    { label: '年报列表 GET /api/reports（最大吞吐）', result: await run(app, listRequest) },
    {
      label: '年报列表，几乎全部未命中缓存（最大吞吐）',
      result: await run(app, uncachedListRequest),
    },
    {
      label: '年报详情 GET /api/reports/:id，随机（最大吞吐）',
      result: await run(app, detailRequest),
    },
    { label: `年报列表（固定 ${RATE} 次/秒）`, result: await run(app, listRequest, RATE) },
    { label: `年报详情，随机（固定 ${RATE} 次/秒）`, result: await run(app, detailRequest, RATE) },
  ];
  const verdicts: string[] = [];
  let ok = true;
  for (const row of rows.slice(4)) {
    const failed = row.result.non2xx + row.result.errors + row.result.timeouts;
    const met = row.result.latency.p99 < P99_GOAL_MS && failed === 0;
    ok &&= met;
    verdicts.push(
      `${met ? 'PASS' : 'MISS'}  ${row.label}：p99 < ${P99_GOAL_MS} 毫秒（实测 ${fmt(row.result.latency.p99)} 毫秒，` +
        `${fmt(row.result.requests.average)} 次/秒，失败 ${failed} 次）`,
    );
  }
  return { rows, verdicts, ok };
}

function print(ready: Ready, rows: Row[], verdicts: string[]): void {
  const bare = rows[0]!.result.requests.average;
  out(
    `\n数据库：${ready.database}；${fmt(ready.reports)} 份年报（${AGENCIES} 个机关 × 5 个年度，每份一个版本、` +
      `真实年报 JSON 与核查结果），SQL 批量生成用时 ${fmt(ready.seedMillis / 1000, 1)} 秒。`,
  );
  out(`每项测量 ${SECONDS} 秒，仅本机回环地址；服务在独立子进程中运行。\n`);
  out(['项目', '次/秒', '相对裸路由', 'p50 毫秒', 'p99 毫秒', '最大 毫秒', '非 2xx'].join(' | '));
  for (const { label, result } of rows)
    out(
      [
        label,
        fmt(result.requests.average),
        `${fmt((result.requests.average / bare) * 100, 1)}%`,
        fmt(result.latency.p50, 1),
        fmt(result.latency.p99, 1),
        fmt(result.latency.max, 1),
        String(result.non2xx + result.errors + result.timeouts),
      ].join(' | '),
    );
  out('\n目标（2 核机器上，200 次/秒时 p99 < 50 毫秒）：');
  for (const v of verdicts) out(`  ${v}`);
}

async function scratchPostgres(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const pg = (await import('pg')).default;
  const name = `xxgk_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists "${name}" with (force)`),
  };
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
    const scratch = await scratchPostgres(pgServer);
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
