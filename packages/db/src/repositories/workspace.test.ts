import type { Finding, ParsedDocument } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../open.js';
import {
  createSampleOrganisation,
  FAKE_PHC,
  sampleReport,
  testBackends,
  type SampleOrganisation,
  rejection,
} from '../testing/index.js';
import { createRepositories, type Repositories } from './index.js';
import { sha256Hex } from './source-files.js';
import { WorkspaceRepositories } from './workspace.js';

const finding = (severity: Finding['severity'], rule = `rule.${severity}`): Finding => ({
  rule,
  severity,
  message: `测试发现（${severity}）`,
  cells: ['applications.received.total'],
});

function parsedDoc(agency: string, year: number): ParsedDocument {
  return {
    report: sampleReport({ agency, year }),
    provenance: { 'applications.received.total': { line: 3, text: '12' } },
    problems: [{ code: 'table.unknown-row', message: '未知的行', line: 7 }],
    text: '标题\n一、总体情况\n12',
    outline: [{ key: 'overview', ordinal: '一', text: '总体情况', line: 2, standard: true }],
    source: 'text',
  };
}

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe.each(testBackends())('the workspace repositories on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let work: WorkspaceRepositories;
  let org: SampleOrganisation;
  let clerkId: number;
  let otherId: number;

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    work = new WorkspaceRepositories(handle.db);
    org = await createSampleOrganisation(repos, '工作');
    clerkId = (
      await repos.users.create({
        username: 'ws-clerk',
        displayName: '填报员',
        passwordHash: FAKE_PHC,
        role: 'clerk',
        agencyId: org.bureauA.id,
      })
    ).id;
    otherId = (
      await repos.users.create({
        username: 'ws-other',
        displayName: '另一填报员',
        passwordHash: FAKE_PHC,
        role: 'clerk',
        agencyId: org.governmentB.id,
      })
    ).id;
  }, 60_000);
  afterAll(async () => handle?.close());

  it('stages an import with a random id, its hash and its reading, and gives it back with its bytes', async () => {
    const bytes = bytesOf('某局2024年政府信息公开工作年度报告');
    const doc = parsedDoc('某局', 2024);
    const staged = await work.imports.create({
      userId: clerkId,
      fileName: '  年报.txt ',
      mediaType: 'text/plain',
      bytes,
      status: 'problems',
      parsed: doc,
      findings: [finding('error')],
      ttlMs: 60_000,
    });
    expect(staged.id).toMatch(/^[A-Za-z0-9_-]{22}$/u);
    expect(staged).toMatchObject({ fileName: '年报.txt', size: bytes.byteLength });
    expect(staged.sha256).toBe(sha256Hex(bytes));
    expect('bytes' in staged).toBe(false);
    const back = await work.imports.get(staged.id);
    expect(back?.bytes).toEqual(bytes);
    expect(back?.parsed).toEqual(doc);
    expect(back?.findings).toEqual([finding('error')]);
    const second = await work.imports.create({
      userId: clerkId,
      fileName: 'b.txt',
      mediaType: 'text/plain',
      bytes,
      status: 'parsed',
      parsed: doc,
      ttlMs: 60_000,
    });
    expect(second.id).not.toBe(staged.id);
    const twins = await work.imports.findDuplicates(clerkId, bytes);
    expect(twins.map((t) => t.id)).toEqual([staged.id, second.id]);
    expect(await work.imports.findDuplicates(otherId, bytes)).toEqual([]);
  });

  it('refuses an unreadable import without an error, and a readable one without its reading', async () => {
    const base = {
      userId: clerkId,
      fileName: 'x.bin',
      mediaType: 'application/octet-stream',
      bytes: bytesOf('x'),
      ttlMs: 60_000,
    };
    await expect(work.imports.create({ ...base, status: 'unreadable' })).rejects.toThrow();
    await expect(work.imports.create({ ...base, status: 'parsed' })).rejects.toThrow();
    const ok = await work.imports.create({
      ...base,
      status: 'unreadable',
      error: { code: 'input.unsupported', message: '无法识别' },
    });
    expect(ok.error).toEqual({ code: 'input.unsupported', message: '无法识别' });
    expect(ok.parsed).toBeNull();
  });

  it('hides expired imports, lists a user’s own, and removes the expired ones', async () => {
    const now = new Date();
    const old = await work.imports.create({
      userId: otherId,
      fileName: 'old.txt',
      mediaType: 'text/plain',
      bytes: bytesOf('old'),
      status: 'unreadable',
      error: { code: 'input.empty', message: '空文件' },
      ttlMs: 1_000,
      now: new Date(now.getTime() - 10_000),
    });
    const fresh = await work.imports.create({
      userId: otherId,
      fileName: 'fresh.txt',
      mediaType: 'text/plain',
      bytes: bytesOf('fresh'),
      status: 'unreadable',
      error: { code: 'input.empty', message: '空文件' },
      ttlMs: 60_000,
    });
    expect(await work.imports.get(old.id, now)).toBeNull();
    expect((await work.imports.listForUser(otherId, now)).map((i) => i.id)).toEqual([fresh.id]);
    expect(await work.imports.deleteExpired(now)).toBeGreaterThanOrEqual(1);
    expect(await work.imports.delete(old.id)).toBe(false);
    expect(await work.imports.delete(fresh.id)).toBe(true);
    expect(await work.imports.get(fresh.id)).toBeNull();
  });

  it('keeps the reading of a source file and finds the newest one of a report', async () => {
    const doc = parsedDoc(org.bureauA.name, 2022);
    const { report, version } = await repos.reports.create({
      agencyId: org.bureauA.id,
      year: 2022,
      origin: 'imported',
      report: doc.report,
      reason: '导入',
      createdBy: clerkId,
      source: { fileName: 'a.txt', mediaType: 'text/plain', bytes: bytesOf('first') },
    });
    expect(await work.sourceTexts.latestForReport(report.id)).toMatchObject({
      file: { fileName: 'a.txt' },
      text: null,
    });
    const [file] = await repos.sourceFiles.listForVersion(version.id);
    await work.sourceTexts.put(file!.id, doc);
    const again = await work.sourceTexts.put(file!.id, { ...doc, text: '第二次读取' });
    expect(again.text).toBe('第二次读取');
    const latest = await work.sourceTexts.latestForReport(report.id);
    expect(latest?.file.fileName).toBe('a.txt');
    expect(latest?.text).toMatchObject({
      kind: 'text',
      text: '第二次读取',
      provenance: doc.provenance,
      outline: doc.outline,
      problems: doc.problems,
    });
    expect('bytes' in (latest?.file ?? {})).toBe(false);
    await repos.versions.append(report.id, {
      report: doc.report,
      reason: '重新导入',
      createdBy: clerkId,
      source: { fileName: 'b.txt', mediaType: 'text/plain', bytes: bytesOf('second') },
    });
    expect((await work.sourceTexts.latestForReport(report.id))?.file.fileName).toBe('b.txt');
    const entered = await repos.reports.create({
      agencyId: org.governmentB.id,
      year: 2022,
      origin: 'entered',
      report: sampleReport(),
      reason: '填报',
      createdBy: otherId,
    });
    expect(await work.sourceTexts.latestForReport(entered.report.id)).toBeNull();
  });

  it('records review comments, refuses an empty one, and gives the newest first', async () => {
    const { report } = await repos.reports.create({
      agencyId: org.governmentA.id,
      year: 2023,
      origin: 'entered',
      report: sampleReport(),
      reason: '填报',
      createdBy: clerkId,
    });
    const error = await rejection(
      work.reviewComments.add({
        reportId: report.id,
        action: 'return',
        authorId: clerkId,
        comment: ' ',
      }),
    );
    expect(error.code).toBe('usage');
    await work.reviewComments.add({
      reportId: report.id,
      action: 'return',
      authorId: clerkId,
      comment: '表三总计有误',
    });
    await work.reviewComments.add({
      reportId: report.id,
      action: 'publish',
      authorId: otherId,
      comment: '同意发布',
    });
    const all = await work.reviewComments.list(report.id);
    expect(all.map((c) => c.comment)).toEqual(['同意发布', '表三总计有误']);
    expect(all[1]?.authorName).toBe('填报员');
    expect((await work.reviewComments.latest(report.id, 'return'))?.comment).toBe('表三总计有误');
    expect(await work.reviewComments.latest(report.id, 'other')).toBeNull();
  });

  it('counts findings by severity for many versions in one call', async () => {
    const { version: a } = await repos.reports.create({
      agencyId: org.cityBureau.id,
      year: 2024,
      origin: 'entered',
      report: sampleReport(),
      reason: '填报',
      createdBy: clerkId,
      findings: [finding('error'), finding('info'), finding('info', 'x'), finding('warning')],
    });
    const { version: b } = await repos.reports.create({
      agencyId: org.cityGovernment.id,
      year: 2024,
      origin: 'entered',
      report: sampleReport(),
      reason: '填报',
      createdBy: clerkId,
    });
    const counts = await work.findingCounts.forVersions([a.id, b.id, a.id]);
    expect(counts.get(a.id)).toEqual({ error: 1, warning: 1, info: 2 });
    expect(counts.get(b.id)).toEqual({ error: 0, warning: 0, info: 0 });
    expect((await work.findingCounts.forVersions([])).size).toBe(0);
    // The list carries the same counts in its one query: errors and warnings from the row,
    // advice counted for the page's rows.
    const listed = await repos.reports.list({ year: 2024 }, { by: 'agency' });
    const byVersion = new Map(listed.items.map((r) => [r.currentVersionId, r]));
    expect(byVersion.get(a.id)).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 2 });
    expect(byVersion.get(b.id)).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0 });
    expect(listed.total).toBe(listed.items.length);
  });

  it('reads the report page in one query: version, author, findings, source, return comment', async () => {
    const withLine: Finding = {
      ...finding('warning', 'writing.duplicate'),
      line: 12,
      excerpt: '重复的句子',
    };
    const doc = parsedDoc(org.cityBureau.name, 2021);
    const { report, version } = await repos.reports.create({
      agencyId: org.cityBureau.id,
      year: 2021,
      origin: 'imported',
      report: doc.report,
      reason: '导入',
      createdBy: clerkId,
      findings: [finding('error'), withLine],
      source: { fileName: '原件.txt', mediaType: 'text/plain', bytes: bytesOf('原件') },
    });
    const empty = await work.reportPages.load(report.id, version.id);
    expect(empty).toMatchObject({
      createdByName: '填报员',
      findings: [finding('error'), withLine],
      source: { fileName: '原件.txt', mediaType: 'text/plain', size: 6, provenance: null },
      returnComment: null,
    });
    expect(empty?.version.report).toEqual(doc.report);
    const [file] = await repos.sourceFiles.listForVersion(version.id);
    await work.sourceTexts.put(file!.id, doc);
    await work.reviewComments.add({
      reportId: report.id,
      action: 'return',
      authorId: otherId,
      comment: '请核对',
    });
    const page = await work.reportPages.load(report.id, version.id);
    expect(page?.source?.provenance).toEqual(doc.provenance);
    expect(page?.returnComment).toMatchObject({ comment: '请核对', authorName: '另一填报员' });
    expect(page?.returnComment?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(page!.returnComment!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await work.reportPages.load(report.id + 1000, version.id)).toBeNull();
    const current = await work.reportPages.loadCurrent(report.id);
    expect(current?.page).toEqual(page);
    expect(current?.row).toEqual(await repos.reports.get(report.id));
    expect(current?.withinRegion).toBeNull();
    const within = async (regionId: number) =>
      (await work.reportPages.loadCurrent(report.id, { withinRegion: regionId }))?.withinRegion;
    expect(await within(org.city.id)).toBe(true);
    expect(await within(org.districtA.id)).toBe(false);
    expect(await within(org.districtB.id)).toBe(false);
    expect(await work.reportPages.loadCurrent(999_999)).toBeNull();
    const entered = await repos.reports.create({
      agencyId: org.cityBureau.id,
      year: 2020,
      origin: 'entered',
      report: sampleReport({ year: 2020 }),
      reason: '填报',
      createdBy: null,
    });
    expect(await work.reportPages.load(entered.report.id, entered.version.id)).toMatchObject({
      createdByName: null,
      findings: [],
      source: null,
      returnComment: null,
    });
  });

  it('has the index that serves the report list in its default order', async () => {
    const result = await handle.db.execute(
      sql`select indexdef from pg_indexes where tablename = 'reports' and indexname = 'reports_updated_id_idx'`,
    );
    const rows = (result as { rows: { indexdef: string }[] }).rows;
    expect(rows[0]?.indexdef).toContain('(updated_at DESC, id)');
  });
});
