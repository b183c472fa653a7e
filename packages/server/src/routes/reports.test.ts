import { zeroReport } from '@xxgk/checks';
import { findSoffice } from '@xxgk/render';
import { getCell, setCell, type Report } from '@xxgk/model';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
let admin: Caller;

interface Detail {
  id: number;
  status: string;
  currentVersion: number;
  version: { number: number; report: Report; reason: string; createdBy: { id: number } | null };
  findings: { rule: string; severity: string; cells: string[] }[];
  permissions: Record<string, boolean>;
  source: unknown;
  origin: string;
}

/** A clean report (no findings) of an agency, saved through the repositories. */
async function cleanReport(
  agencyId: number,
  year: number,
  edit: (r: Report) => void = () => undefined,
) {
  const agency = await t.repos.agencies.get(agencyId);
  const report = zeroReport('2021', year);
  report.agency = agency!.name;
  report.title = `${agency!.name}${year}年政府信息公开工作年度报告`;
  edit(report);
  const { report: row } = await t.repos.reports.create({
    agencyId,
    year,
    origin: 'entered',
    report,
    reason: '测试数据',
    createdBy: t.users.clerk,
  });
  return row.id;
}

const detail = async (caller: Caller, id: number) =>
  (await caller.request({ method: 'GET', url: `/api/reports/${id}` })).json<Detail>();

let ownId: number;
let otherId: number;
let firstYearId: number;

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.as(t.users.clerk);
  reviewer = await t.as(t.users.reviewer);
  admin = await t.as(t.users.admin);
  ownId = await cleanReport(t.org.bureauA.id, 2024);
  otherId = await cleanReport(t.org.governmentB.id, 2024);
  firstYearId = await cleanReport(t.org.governmentA.id, 2023);
}, 60_000);
afterAll(async () => t?.close());

describe('the report list', () => {
  it('shows each role only the reports in its scope', async () => {
    const ids = async (caller: Caller, query = '') =>
      (await caller.request({ method: 'GET', url: `/api/reports${query}` }))
        .json<{ items: { id: number }[] }>()
        .items.map((r) => r.id)
        .sort();
    expect(await ids(clerk)).toEqual([ownId]);
    expect(await ids(await t.as(t.users.clerkB))).toEqual([otherId]);
    expect(await ids(await t.as(t.users.reviewerB))).toEqual([otherId]);
    expect((await ids(reviewer)).length).toBe(3);
    expect((await ids(admin)).length).toBe(3);
    expect(await ids(clerk, `?agencyId=${t.org.governmentB.id}`)).toEqual([]);
    expect(await ids(await t.as(t.users.reviewerB), `?regionId=${t.org.districtA.id}`)).toEqual([]);
    expect(await ids(reviewer, `?regionId=${t.org.districtB.id}`)).toEqual([otherId]);
  });

  it('filters by year, status, errors and text, sorts and pages', async () => {
    const list = async (query: string) =>
      (await reviewer.request({ method: 'GET', url: `/api/reports${query}` })).json<{
        items: {
          id: number;
          year: number;
          agency: { name: string };
          errors: number;
          infos: number;
        }[];
        total: number;
      }>();
    expect((await list('?year=2023')).items.map((r) => r.year)).toEqual([2023]);
    expect((await list('?status=draft')).total).toBe(3);
    expect((await list('?status=published')).total).toBe(0);
    expect((await list('?hasErrors=true')).total).toBe(0);
    expect((await list('?hasErrors=false')).total).toBe(3);
    expect((await list(`?q=${encodeURIComponent('乙区')}`)).items.map((r) => r.id)).toEqual([
      otherId,
    ]);
    const byYear = await list('?sort=year&order=asc');
    expect(byYear.items.map((r) => r.year)).toEqual([2023, 2024, 2024]);
    const page2 = await list('?sort=year&order=asc&page=2&pageSize=2');
    expect(page2.items).toHaveLength(1);
    expect(page2.total).toBe(3);
    const bad = await reviewer.request({ method: 'GET', url: '/api/reports?sort=colour' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('填报: creating a report', () => {
  it('gives the clerk an empty report of the right format with every cell blank', async () => {
    const res = await clerk.request({
      method: 'POST',
      url: '/api/reports',
      payload: { agencyId: t.org.bureauA.id, year: 2020 },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json<{ id: number }>().id;
    const page = await detail(clerk, id);
    expect(page).toMatchObject({
      origin: 'entered',
      status: 'draft',
      currentVersion: 1,
      source: null,
    });
    expect(page.version.report.format).toBe('2019');
    expect(page.version.report.year).toBe(2020);
    expect(getCell(page.version.report, 'applications.received.total')).toBeNull();
    expect(page.version.createdBy?.id).toBe(t.users.clerk);
    expect(page.findings.length).toBeGreaterThan(0);
    const entry = await t.repos.audit.query({ action: 'report.create', entityId: id });
    expect(entry.total).toBe(1);
  });

  it('refuses another agency (403) and a second report for the same year (409)', async () => {
    const other = await clerk.request({
      method: 'POST',
      url: '/api/reports',
      payload: { agencyId: t.org.governmentB.id, year: 2022 },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json<{ error: { message: string } }>().error.message).toContain('测乙区人民政府');
    const twice = await clerk.request({
      method: 'POST',
      url: '/api/reports',
      payload: { agencyId: t.org.bureauA.id, year: 2024 },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ error: { message: string } }>().error.message).toContain(
      '2024 年度报告已存在',
    );
  });
});

describe('the report page', () => {
  it('answers 404 outside the scope, for reading and for changing alike', async () => {
    const clerkB = await t.as(t.users.clerkB);
    const reviewerB = await t.as(t.users.reviewerB);
    for (const caller of [clerkB, reviewerB]) {
      const res = await caller.request({ method: 'GET', url: `/api/reports/${ownId}` });
      expect(res.statusCode).toBe(404);
      expect(res.json<{ error: { message: string } }>().error.message).toContain(
        '不在您的权限范围内',
      );
    }
    for (const path of [
      'versions',
      'compare',
      'diff',
      'export?format=json',
      'source',
      'source/text',
    ])
      expect(
        (await clerkB.request({ method: 'GET', url: `/api/reports/${ownId}/${path}` })).statusCode,
      ).toBe(404);
    const correct = await clerkB.request({
      method: 'POST',
      url: `/api/reports/${ownId}/corrections`,
      payload: { cells: [{ path: 'applications.received.total', value: 1 }], reason: '越权' },
    });
    expect(correct.statusCode).toBe(404);
    const submit = await clerkB.request({ method: 'POST', url: `/api/reports/${ownId}/submit` });
    expect(submit.statusCode).toBe(404);
    const publish = await reviewerB.request({
      method: 'POST',
      url: `/api/reports/${ownId}/publish`,
    });
    expect(publish.statusCode).toBe(404);
    expect((await clerk.request({ method: 'GET', url: '/api/reports/999999' })).statusCode).toBe(
      404,
    );
  });

  it('tells each role what it may do with the report now', async () => {
    expect((await detail(clerk, ownId)).permissions).toEqual({
      edit: true,
      submit: true,
      review: false,
      publish: false,
    });
    expect((await detail(reviewer, ownId)).permissions).toEqual({
      edit: false,
      submit: false,
      review: false,
      publish: false,
    });
    expect((await detail(admin, ownId)).permissions).toEqual({
      edit: false,
      submit: false,
      review: false,
      publish: false,
    });
  });
});

describe('the report page’s entity tag', () => {
  it('lets a browser revalidate: 304 for an unchanged page, a new tag once it changes or for another role', async () => {
    const id = await cleanReport(t.org.bureauA.id, 2017);
    const get = (caller: Caller, etag?: string) =>
      caller.request({
        method: 'GET',
        url: `/api/reports/${id}`,
        ...(etag ? { headers: { 'if-none-match': etag } } : {}),
      });
    const first = await get(clerk);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{20,}"$/u);
    const unchanged = await get(clerk, etag);
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    expect((await get(clerk, `W/${etag}, "other"`)).statusCode).toBe(304);
    // The page tells each role what it may do, so another role's page is another entity.
    const asReviewer = await get(reviewer, etag);
    expect(asReviewer.statusCode).toBe(200);
    expect(asReviewer.headers.etag).not.toBe(etag);
    const corrected = await clerk.request({
      method: 'POST',
      url: `/api/reports/${id}/corrections`,
      payload: {
        cells: [{ path: 'applications.received.naturalPerson', value: 3 }],
        reason: '补录',
      },
    });
    expect(corrected.statusCode).toBe(201);
    const changed = await get(clerk, etag);
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json<Detail>().currentVersion).toBe(2);
  });
});

describe('更正: corrections', () => {
  it('save a new version with a reason, re-check it, and a finding disappears when its cells are fixed', async () => {
    const id = await cleanReport(t.org.bureauA.id, 2022);
    const correct = (cells: { path: string; value: number | null }[], reason = '核对原始台账') =>
      clerk.request({
        method: 'POST',
        url: `/api/reports/${id}/corrections`,
        payload: { cells, reason },
      });
    const broken = await correct([
      { path: 'applications.received.naturalPerson', value: 5 },
      { path: 'applications.received.total', value: 5 },
    ]);
    expect(broken.statusCode).toBe(201);
    const v2 = broken.json<{
      version: { number: number; reason: string };
      findings: { rule: string; cells: string[] }[];
    }>();
    expect(v2.version).toMatchObject({ number: 2, reason: '核对原始台账' });
    expect(v2.findings.map((f) => f.rule)).toContain('applications.balance');
    expect((await detail(clerk, id)).findings.map((f) => f.rule)).toContain('applications.balance');
    const listed = await clerk.request({ method: 'GET', url: `/api/reports?year=2022` });
    expect(listed.json<{ items: { errors: number }[] }>().items[0]?.errors).toBe(2);
    const fixed = await correct([
      { path: 'applications.granted.naturalPerson', value: 5 },
      { path: 'applications.granted.total', value: 5 },
      { path: 'applications.totalProcessed.naturalPerson', value: 5 },
      { path: 'applications.totalProcessed.total', value: 5 },
    ]);
    expect(
      fixed.json<{ findings: { rule: string }[] }>().findings.map((f) => f.rule),
    ).not.toContain('applications.balance');
    const page = await detail(clerk, id);
    expect(page.currentVersion).toBe(3);
    expect(getCell(page.version.report, 'applications.granted.total')).toBe(5);
    const audit = await t.repos.audit.query({ action: 'report.correct', entityId: id });
    expect(audit.total).toBe(2);
    expect(audit.items[0]?.detail).toMatchObject({ version: 3, reason: '核对原始台账' });
  });

  it('refuse a missing reason, an unknown cell, a negative value, no change, and a stale base version', async () => {
    const post = (payload: Record<string, unknown>) =>
      clerk.request({ method: 'POST', url: `/api/reports/${ownId}/corrections`, payload });
    const noReason = await post({
      cells: [{ path: 'applications.received.total', value: 1 }],
      reason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ error: { message: string } }>().error.message).toContain(
      '更正必须填写理由',
    );
    const unknown = await post({
      cells: [{ path: 'applications.nonsense.total', value: 1 }],
      reason: 'x',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { message: string } }>().error.message).toContain(
      '不属于 2021 年格式',
    );
    const negative = await post({
      cells: [{ path: 'applications.received.total', value: -1 }],
      reason: 'x',
    });
    expect(negative.statusCode).toBe(400);
    const nothing = await post({
      cells: [{ path: 'applications.received.total', value: 0 }],
      reason: 'x',
    });
    expect(nothing.json<{ error: { message: string } }>().error.message).toContain(
      '没有改变任何内容',
    );
    const stale = await post({
      cells: [{ path: 'applications.received.total', value: 0 }],
      sections: { overview: '新的总体情况。' },
      reason: 'x',
      baseVersion: 9,
    });
    expect(stale.statusCode).toBe(409);
    const reviewerTry = await reviewer.request({
      method: 'POST',
      url: `/api/reports/${ownId}/corrections`,
      payload: { cells: [], sections: { overview: '审核员改的' }, reason: 'x' },
    });
    expect(reviewerTry.statusCode).toBe(403);
  });

  it('change the narrative and metadata, drop a corrected cell’s note, and show in the diff', async () => {
    const id = await cleanReport(t.org.bureauA.id, 2021, (r) => {
      r.notes['proactive.normativeDocuments.issued'] = '22（其中修订16件）';
      setCell(r, 'proactive.normativeDocuments.issued', null);
      r.sections.overview = '旧的总体情况。';
    });
    const res = await clerk.request({
      method: 'POST',
      url: `/api/reports/${id}/corrections`,
      payload: {
        cells: [{ path: 'proactive.normativeDocuments.issued', value: 22 }],
        sections: { overview: '新的总体情况。', other: '无。' },
        meta: { publishedOn: '2022-01-20' },
        reason: '按原件更正',
      },
    });
    expect(res.statusCode).toBe(201);
    const report = res.json<{ version: { report: Report } }>().version.report;
    expect(report.notes).toEqual({});
    expect(report.sections).toMatchObject({ overview: '新的总体情况。', other: '无。' });
    expect(Object.keys(report).slice(0, 5)).toEqual([
      'format',
      'year',
      'agency',
      'title',
      'publishedOn',
    ]);
    const diff = (await clerk.request({ method: 'GET', url: `/api/reports/${id}/diff` })).json<{
      from: number;
      to: number;
      cells: { path: string; label: string; from: number | null; to: number | null }[];
      sections: { key: string; from: string | null; to: string | null }[];
      meta: { key: string }[];
    }>();
    expect(diff).toMatchObject({ from: 1, to: 2 });
    expect(diff.cells.map((c) => [c.path, c.from, c.to])).toEqual([
      ['proactive.normativeDocuments.issued', null, 22],
    ]);
    expect(diff.cells[0]?.label).toContain('行政规范性文件');
    expect(diff.sections).toEqual([
      { key: 'overview', from: '旧的总体情况。', to: '新的总体情况。' },
      { key: 'other', from: null, to: '无。' },
    ]);
    expect(diff.meta.map((m) => m.key)).toEqual(['publishedOn']);
    const versions = (
      await clerk.request({ method: 'GET', url: `/api/reports/${id}/versions` })
    ).json<{ number: number; reason: string }[]>();
    expect(versions.map((v) => [v.number, v.reason])).toEqual([
      [2, '按原件更正'],
      [1, '测试数据'],
    ]);
    const v1 = await clerk.request({ method: 'GET', url: `/api/reports/${id}/versions/1` });
    expect(v1.json<{ report: Report }>().report.sections.overview).toBe('旧的总体情况。');
    expect(
      (await clerk.request({ method: 'GET', url: `/api/reports/${id}/versions/7` })).statusCode,
    ).toBe(404);
  });
  it("compare with last year's report of the same agency even when the agency was renamed since", async () => {
    // The server finds last year's report by agency id, so a new name is no sign of a wrong file:
    // no previous.agency warning, and a carry-over that differs stays an error.
    const agency = t.org.bureauA.id;
    await cleanReport(agency, 2026, (r) => {
      r.agency = '改名前的某某管理局';
      setCell(r, 'applications.carriedForward.naturalPerson', 3);
      setCell(r, 'applications.carriedForward.total', 3);
    });
    const id = await cleanReport(agency, 2027);
    const res = await clerk.request({
      method: 'POST',
      url: `/api/reports/${id}/corrections`,
      payload: {
        reason: '核对原始台账',
        cells: [
          { path: 'applications.carriedOver.naturalPerson', value: 2 },
          { path: 'applications.carriedOver.total', value: 2 },
          { path: 'applications.carriedForward.naturalPerson', value: 2 },
          { path: 'applications.carriedForward.total', value: 2 },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const findings = res.json<{ findings: { rule: string; severity: string }[] }>().findings;
    expect(findings.map((f) => f.rule)).not.toContain('previous.agency');
    expect(findings.filter((f) => f.rule === 'previous.carried-over')).toEqual([
      expect.objectContaining({ severity: 'error' }),
      expect.objectContaining({ severity: 'error' }),
    ]);
  });
});

describe('live checking', () => {
  it('checks a report without saving it, and refuses something that is not a report', async () => {
    const report = zeroReport('2021', 2024);
    report.agency = '测甲区教育局';
    report.title = '测甲区教育局2024年政府信息公开工作年度报告';
    setCell(report, 'applications.received.total', 3);
    const res = await clerk.request({ method: 'POST', url: '/api/check', payload: { report } });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ findings: { rule: string }[] }>().findings.map((f) => f.rule)).toContain(
      'applications.balance',
    );
    const scoped = await clerk.request({
      method: 'POST',
      url: '/api/check',
      payload: { report, reportId: otherId },
    });
    expect(scoped.statusCode).toBe(404);
    const bad = await clerk.request({
      method: 'POST',
      url: '/api/check',
      payload: { report: { format: '2030' } },
    });
    expect(bad.statusCode).toBe(400);
    expect((await t.repos.reports.list({ year: 2024, agencyId: t.org.bureauA.id })).total).toBe(1);
  });
});

describe('对比: this year against last year', () => {
  it('gives every figure with its change, the carry-over identity and the repeated narrative', async () => {
    const previous = await cleanReport(t.org.governmentA.id, 2019 + 5, (r) => {
      setCell(r, 'applications.carriedForward.naturalPerson', 2);
      setCell(r, 'applications.carriedForward.total', 2);
      setCell(r, 'proactive.licensing.decisions', 100);
      r.sections.overview =
        '2024年，我单位认真贯彻落实政府信息公开条例，各项工作有序推进。本年共办理申请12件。';
    });
    const current = await cleanReport(t.org.governmentA.id, 2025, (r) => {
      setCell(r, 'applications.carriedOver.naturalPerson', 2);
      setCell(r, 'applications.carriedOver.total', 3);
      setCell(r, 'proactive.licensing.decisions', 120);
      r.sections.overview =
        '2025年，我单位认真贯彻落实政府信息公开条例，各项工作有序推进。今年新建了依申请公开台账制度。';
    });
    const res = await reviewer.request({ method: 'GET', url: `/api/reports/${current}/compare` });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      previous: { id: number; year: number };
      cells: { path: string; current: number; previous: number; change: number }[];
      carryOver: {
        column: string;
        previousCarriedForward: number;
        carriedOver: number;
        ok: boolean | null;
      }[];
      textRepetition: { ratio: number; repeatedSentences: string[] };
    }>();
    expect(body.previous).toEqual({ id: previous, year: 2024 });
    expect(body.cells.find((c) => c.path === 'proactive.licensing.decisions')).toMatchObject({
      current: 120,
      previous: 100,
      change: 20,
    });
    expect(body.carryOver.find((c) => c.column === 'naturalPerson')).toMatchObject({
      previousCarriedForward: 2,
      carriedOver: 2,
      ok: true,
    });
    expect(body.carryOver.find((c) => c.column === 'total')).toMatchObject({
      previousCarriedForward: 2,
      carriedOver: 3,
      ok: false,
    });
    expect(body.textRepetition.repeatedSentences).toEqual([
      '2025年，我单位认真贯彻落实政府信息公开条例，各项工作有序推进。',
    ]);
    expect(body.textRepetition.ratio).toBeGreaterThan(0.3);
    expect(body.textRepetition.ratio).toBeLessThan(0.8);
    const first = (
      await reviewer.request({ method: 'GET', url: `/api/reports/${firstYearId}/compare` })
    ).json<{ previous: unknown; textRepetition: { ratio: unknown } }>();
    expect(first.previous).toBeNull();
    expect(first.textRepetition.ratio).toBeNull();
  });
});

describe('导出: export', () => {
  it('writes each format with its media type and the Chinese file name', async () => {
    const cases: [string, RegExp, (b: Buffer) => boolean][] = [
      ['html', /^text\/html/u, (b) => b.toString('utf8').includes('<table')],
      ['md', /^text\/markdown/u, (b) => b.toString('utf8').includes('|')],
      [
        'json',
        /^application\/json/u,
        (b) => (JSON.parse(b.toString('utf8')) as Report).year === 2024,
      ],
      ['docx', /wordprocessingml/u, (b) => b.subarray(0, 2).toString() === 'PK'],
      ['xlsx', /spreadsheetml/u, (b) => b.subarray(0, 2).toString() === 'PK'],
    ];
    for (const [format, type, valid] of cases) {
      const res = await reviewer.request({
        method: 'GET',
        url: `/api/reports/${ownId}/export?format=${format}`,
      });
      expect(res.statusCode, format).toBe(200);
      expect(String(res.headers['content-type'])).toMatch(type);
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toContain(`filename="report-${ownId}-2024.${format}"`);
      expect(disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(`测甲区教育局2024年政府信息公开工作年度报告.${format}`)}`,
      );
      expect(valid(res.rawPayload), format).toBe(true);
    }
    const bad = await reviewer.request({
      method: 'GET',
      url: `/api/reports/${ownId}/export?format=odt`,
    });
    expect(bad.statusCode).toBe(400);
    const audit = await t.repos.audit.query({ action: 'report.export', entityId: ownId });
    expect(audit.total).toBe(5);
  });

  it('writes a PDF through LibreOffice, or says how to install it', async () => {
    const res = await reviewer.request({
      method: 'GET',
      url: `/api/reports/${ownId}/export?format=pdf`,
    });
    if (findSoffice() !== null) {
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: { code: 'converter.missing' } });
    }
  }, 60_000);

  it('zips the filtered list, one file per report named after its agency and year', async () => {
    const res = await reviewer.request({
      method: 'GET',
      url: '/api/exports?year=2024&format=json',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual(
      [
        '测乙区人民政府2024年政府信息公开工作年度报告.json',
        '测甲区人民政府2024年政府信息公开工作年度报告.json',
        '测甲区教育局2024年政府信息公开工作年度报告.json',
      ].sort(),
    );
    // Bit 11 of the general-purpose flags marks UTF-8 names, so unzip tools show them right.
    const flags = res.rawPayload.readUInt16LE(6);
    expect(flags & 0x800).toBe(0x800);
    const mine = await clerk.request({ method: 'GET', url: '/api/exports?year=2024&format=md' });
    expect(Object.keys(unzipSync(new Uint8Array(mine.rawPayload)))).toEqual([
      '测甲区教育局2024年政府信息公开工作年度报告.md',
    ]);
    const none = await clerk.request({ method: 'GET', url: '/api/exports?year=2001&format=md' });
    expect(none.statusCode).toBe(404);
    expect(none.json<{ error: { message: string } }>().error.message).toContain(
      '没有符合筛选条件的年报',
    );
  });
});

describe('a report entered by hand', () => {
  it('has no original file to show', async () => {
    const res = await clerk.request({ method: 'GET', url: `/api/reports/${ownId}/source` });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('没有原始文件');
  });
});
