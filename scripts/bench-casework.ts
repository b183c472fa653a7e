// `npm run bench:casework` (also run by `npm run bench`): compiling the annual report from the
// casework tables — one agency with 100,000 applications, and a region of 1,000 agencies with
// 1,000,000 applications — each beside a single bare aggregate SQL query over the same rows,
// timed in the same run on the same database. PGlite always; PostgreSQL too when
// XXGK_BENCH_DATABASE_URL is set (a scratch database is created there and dropped afterwards).
//
// The rows are made by the database itself (generate_series, set-based INSERTs), with derived
// columns that satisfy every constraint of the applications table: received in 2023–2025,
// nine in ten concluded 0–60 days later with a table 三 outcome, the rest open.
//
// Environment: XXGK_BENCH_CASEWORK_SCALE (default 1) scales both data sets (0.1: 10,000 and
// 100,000 rows); XXGK_BENCH_CASEWORK_RUNS (default 7) timed runs of the one-agency compile.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { OUTCOMES } from '@xxgk/casework';
import { createRepositories, openDatabase, type DatabaseHandle } from '@xxgk/db';
import { APPLICANT_PARTS } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import { scratchPostgres } from './scratch-postgres.js';

const SCALE = Math.max(0.001, Number(process.env.XXGK_BENCH_CASEWORK_SCALE ?? 1));
const RUNS = Math.max(3, Number(process.env.XXGK_BENCH_CASEWORK_RUNS ?? 7));
const ONE_AGENCY_ROWS = Math.round(100_000 * SCALE);
const REGION_AGENCIES = Math.max(1, Math.round(1_000 * Math.min(1, SCALE * 10)));
const REGION_ROWS = Math.round(1_000_000 * SCALE);
const YEAR = 2024;
const GOAL_MS = 200;
const GOAL_RATIO = 2;
const out = (text: string) => process.stdout.write(`${text}\n`);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** An integer written into the statement (typed by PostgreSQL as such, unlike a bare parameter). */
const n = (value: number) => sql.raw(String(Math.trunc(value)));

const sqlList = (keys: readonly string[]) =>
  sql.raw(`array[${keys.map((k) => `'${k.replace(/'/g, "''")}'`).join(',')}]`);

/**
 * Inserts `rows` applications spread over the agencies with ids first..first+count-1, in one
 * statement. `seq` numbers each agency's cases per year of receipt (the unique constraint).
 */
async function seedApplications(
  handle: DatabaseHandle,
  agencyIds: { first: number; count: number },
  rows: number,
): Promise<void> {
  // Chunks keep PGlite's memory bounded (one huge INSERT … SELECT holds it all at once).
  const chunk = 200_000;
  for (let from = 0; from < rows; from += chunk) {
    const to = Math.min(rows, from + chunk);
    await handle.db.execute(sql`
      insert into applications (agency_id, year_of_receipt, seq, number, channel, receipt,
        received_on, applicant_type, applicant_name, applicant_key, content, content_key,
        status_kind, due_on, closed_on, closed_by, outcome, event_count)
      select agency_id, extract(year from received_on)::int,
        g / ${n(agencyIds.count)} + 1,
        '〔' || extract(year from received_on)::int || '〕第' || lpad((g / ${n(agencyIds.count)} + 1)::text, 6, '0') || '号',
        'onlinePlatform', jsonb_build_object('submittedOn', received_on::text), received_on,
        (${sqlList(APPLICANT_PARTS)})[1 + (g * 7) % ${n(APPLICANT_PARTS.length)}],
        '申请人' || g, 'name:申请人' || g, '申请公开第' || g || '号文件', '第' || g || '号文件',
        case when closed then 'concluded' else 'received' end,
        case when closed then null else received_on + 28 end,
        case when closed then received_on + (g % 61) end,
        case when closed then 'replied' end,
        case when closed then (${sqlList(OUTCOMES)})[1 + (g * 13) % ${n(OUTCOMES.length)}] end,
        case when closed then 2 else 1 end
      from (
        select g, ${n(agencyIds.first)} + g % ${n(agencyIds.count)} as agency_id,
          -- the year of receipt and the day in it vary independently of the agency
          make_date(2023 + (g / ${n(agencyIds.count)}) % 3, 1, 1) + (g * 37) % 365 as received_on,
          g % 10 <> 0 as closed
        from generate_series(${n(from)}, ${n(to - 1)}) g
      ) s`);
  }
}

/**
 * The single aggregate the compile rests on, written by hand: every figure the report takes
 * from the applications (table 三's four counts per applicant type and outcome, and the fees
 * paid in the year) — the floor for the compile's cost.
 */
function bareAggregate(where: ReturnType<typeof sql>, groupByAgency: boolean) {
  const first = `${YEAR}-01-01`;
  const last = `${YEAR}-12-31`;
  const lastYearEnd = `${YEAR - 1}-12-31`;
  return sql`
    select ${groupByAgency ? sql`agency_id,` : sql``} applicant_type, outcome,
      count(*) filter (where received_on >= ${first})::int as received,
      count(*) filter (where received_on <= ${lastYearEnd}
        and (closed_on is null or closed_on > ${lastYearEnd}))::int as carried_over,
      count(*) filter (where closed_on between ${first} and ${last})::int as processed,
      count(*) filter (where closed_on is null or closed_on > ${last})::int as carried_forward,
      coalesce(sum(fee_fen) filter (where fee_paid_on between ${first} and ${last}), 0)::int as fee_fen
    from applications
    where ${where} and received_on <= ${last} and (closed_on is null or closed_on >= ${first})
    group by ${groupByAgency ? sql`agency_id,` : sql``} applicant_type, outcome`;
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

interface Line {
  label: string;
  ms: number;
  bareMs: number;
  note: string;
}

async function benchOne(databaseUrl: string | undefined): Promise<{ lines: Line[]; ok: boolean }> {
  const handle = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir: ':memory:' });
  try {
    const repos = createRepositories(handle.db);
    const started = performance.now();
    const province = await repos.regions.create({
      code: '370000',
      name: '山东省',
      level: 'province',
    });
    const region = await repos.regions.create({
      code: '370300',
      name: '淄博市',
      level: 'prefecture',
      parentId: province.id,
    });
    const big = await repos.agencies.create({
      name: '压测大局',
      kind: 'department',
      regionId: province.id,
    });
    await handle.db.execute(sql`
      insert into agencies (name, kind, region_id)
      select '压测机关' || g, 'department', ${region.id} from generate_series(1, ${REGION_AGENCIES}) g`);
    // One INSERT … SELECT numbers the region's agencies consecutively; the check proves it.
    const regionAgencies = await repos.agencies.list({ regionId: region.id });
    const ids = regionAgencies.map((a) => a.id);
    const range = { first: Math.min(...ids), count: ids.length };
    if (range.count !== REGION_AGENCIES || Math.max(...ids) - range.first + 1 !== range.count)
      throw new Error('机关生成失败：编号不连续');
    // Bulk load as a DBA would: the table's secondary indexes are dropped for the load and
    // rebuilt from their own definitions (read from pg_indexes) right after, which is several
    // times faster than maintaining five B-trees row by row.
    const found = (await handle.db.execute(sql`
      select indexname, indexdef from pg_indexes
      where tablename = 'applications' and indexname not in (
        select conname from pg_constraint where conrelid = 'applications'::regclass)`)) as {
      rows: { indexname: string; indexdef: string }[];
    };
    const indexes = found.rows.filter((i) => !i.indexname.endsWith('_pkey'));
    for (const i of indexes) await handle.db.execute(sql.raw(`drop index "${i.indexname}"`));
    await seedApplications(handle, { first: big.id, count: 1 }, ONE_AGENCY_ROWS);
    await seedApplications(handle, range, REGION_ROWS);
    for (const i of indexes) await handle.db.execute(sql.raw(i.indexdef));
    // As autovacuum would soon after a bulk load: statistics, and the visibility map that lets
    // the aggregates read the compile index alone.
    await handle.db.execute(sql`vacuum analyze applications`);
    const seedSeconds = (performance.now() - started) / 1000;
    out(
      `\n数据库：${handle.kind}；一个机关 ${fmt(ONE_AGENCY_ROWS)} 件申请；一个区划 ${fmt(REGION_AGENCIES)} 个机关共 ` +
        `${fmt(REGION_ROWS)} 件申请（2023–2025 年收到，九成已办结）；SQL 批量生成、建索引与 vacuum analyze 用时 ${fmt(seedSeconds, 1)} 秒。`,
    );
    out(
      `机器 ${cpus().length} 核，开始测量时负载 ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}。`,
    );

    // One agency: the repository's compile (aggregate + fees + registers + report assembly
    // and draft narrative) against the one bare aggregate, interleaved run by run so that
    // both see the same machine.
    const compileOne = () =>
      repos.casework.compile({ agencyId: big.id, agencyName: big.name, year: YEAR });
    const bareOne = () => handle.db.execute(bareAggregate(sql`agency_id = ${big.id}`, false));
    await compileOne();
    await bareOne();
    const compileMs: number[] = [];
    const bareMs: number[] = [];
    let received = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const c = await time(compileOne);
      compileMs.push(c.ms);
      bareMs.push((await time(bareOne)).ms);
      const total = c.value.report.applications?.received?.total;
      received = typeof total === 'number' ? total : 0;
    }
    const lines: Line[] = [
      {
        label: `一个机关（${fmt(ONE_AGENCY_ROWS)} 件）编制年报`,
        ms: median(compileMs),
        bareMs: median(bareMs),
        note: `${RUNS} 次中位数；最慢 ${fmt(Math.max(...compileMs), 1)} 毫秒；本年新收 ${fmt(received)} 件`,
      },
    ];

    // The region: every agency's report, compiled in one go (one aggregate grouped by agency,
    // one read of each register, then each agency's assembly), against one aggregate over all
    // the region's rows grouped by agency.
    const agencies = regionAgencies;
    const compileRegion = () => repos.casework.compileRegion({ regionId: region.id, year: YEAR });
    const bareRegion = () =>
      handle.db.execute(
        bareAggregate(
          sql`agency_id in (select id from agencies where region_id = ${region.id})`,
          true,
        ),
      );
    await compileRegion();
    await bareRegion();
    const regionRuns = 3;
    const regionMs: number[] = [];
    const regionBareMs: number[] = [];
    let regionReceived = 0;
    let regionReports = 0;
    for (let i = 0; i < regionRuns; i += 1) {
      const c = await time(compileRegion);
      regionMs.push(c.ms);
      regionBareMs.push((await time(bareRegion)).ms);
      regionReports = c.value.length;
      regionReceived = c.value.reduce((sum, a) => {
        const total = a.compiled.report.applications?.received?.total;
        return sum + (typeof total === 'number' ? total : 0);
      }, 0);
    }
    if (regionReports !== agencies.length) throw new Error('区划编制的年报数与机关数不符');
    lines.push({
      label: `一个区划 ${fmt(agencies.length)} 个机关（${fmt(REGION_ROWS)} 件）一次编制年报`,
      ms: median(regionMs),
      bareMs: median(regionBareMs),
      note: `${regionRuns} 次中位数；每个机关平均 ${fmt(median(regionMs) / agencies.length, 2)} 毫秒；本年新收 ${fmt(regionReceived)} 件`,
    });

    out('\n项目 | 编制 毫秒 | 裸聚合查询 毫秒 | 倍数 | 说明');
    for (const l of lines)
      out(
        [l.label, fmt(l.ms, 1), fmt(l.bareMs, 1), `×${fmt(l.ms / l.bareMs, 2)}`, l.note].join(
          ' | ',
        ),
      );
    const one = lines[0]!;
    const whole = lines[1]!;
    const ratioOk = one.ms <= GOAL_RATIO * one.bareMs;
    const regionOk = whole.ms <= GOAL_RATIO * whole.bareMs;
    const timeOk = handle.kind !== 'postgres' || one.ms < GOAL_MS;
    out(
      `\n目标：一个机关${handle.kind === 'postgres' ? ` < ${GOAL_MS} 毫秒（${one.ms < GOAL_MS ? 'PASS' : 'MISS'}），` : ''}` +
        `不超过裸查询的 ${GOAL_RATIO} 倍（${ratioOk ? 'PASS' : 'MISS'}，实测 ×${fmt(one.ms / one.bareMs, 2)}）；` +
        `一个区划不超过裸查询的 ${GOAL_RATIO} 倍（${regionOk ? 'PASS' : 'MISS'}，实测 ×${fmt(whole.ms / whole.bareMs, 2)}）。`,
    );
    return { lines, ok: ratioOk && regionOk && timeOk };
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  out(`xxgk 依申请公开编制年报性能测试（Node ${process.version}，规模 ×${SCALE}）`);
  let ok = (await benchOne(undefined)).ok;
  const pgServer = process.env.XXGK_BENCH_DATABASE_URL?.trim();
  if (pgServer) {
    const scratch = await scratchPostgres(pgServer, 'xxgk_bench_cw');
    try {
      ok = (await benchOne(scratch.url)).ok && ok;
    } finally {
      await scratch.drop();
    }
  } else out('\n（未设置 XXGK_BENCH_DATABASE_URL：本次未测 PostgreSQL。）');
  out(ok ? '\n全部达标。' : '\n有目标未达标。');
}

main().catch((e: unknown) => {
  const cause = e instanceof Error && e.cause instanceof Error ? `（${e.cause.message}）` : '';
  process.stderr.write(
    `编制年报性能测试无法运行：${e instanceof Error ? e.message.slice(0, 300) : String(e)}${cause}\n`,
  );
  process.exitCode = 2;
});
