import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyReport, type Finding, type Report } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../open.js';
import { SOURCE_FILE_MAX_BYTES } from '../schema/index.js';
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
import { TESTDATA } from '../testing/testdata.js';

const SEED_TRUTH = join(TESTDATA, 'seeds/truth');

/** The raw driver error of a statement that must fail (for the triggers, bypassing the repos). */
async function sqlFailure(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (e) {
    let cause: unknown = e;
    while (
      cause &&
      typeof cause === 'object' &&
      !('code' in cause && typeof cause.code === 'string')
    )
      cause = (cause as { cause?: unknown }).cause;
    const err = cause as { code: string; message: string };
    return { code: err.code, message: err.message };
  }
  throw new Error('expected the statement to fail');
}

const finding = (severity: Finding['severity'], rule = `rule.${severity}`): Finding => ({
  rule,
  severity,
  message: `测试发现（${severity}）`,
  cells: ['applications.newRequests.total'],
});

describe.each(testBackends())('reports and versions on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let clerkId: number;
  let reviewerId: number;

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    const org = await createSampleOrganisation(repos, '基');
    clerkId = (
      await repos.users.create({
        username: 'clerk',
        displayName: '填报员甲',
        passwordHash: FAKE_PHC,
        role: 'clerk',
        agencyId: org.bureauA.id,
      })
    ).id;
    reviewerId = (
      await repos.users.create({
        username: 'reviewer',
        displayName: '审核员乙',
        passwordHash: FAKE_PHC,
        role: 'reviewer',
        regionId: org.city.id,
      })
    ).id;
  }, 60_000);
  afterAll(async () => handle?.close());

  describe('creating and versioning', () => {
    it('stores the first version with its findings and original file in one step', async () => {
      const org = await createSampleOrganisation(repos, '建');
      const bytes = new TextEncoder().encode('政府信息公开工作年度报告');
      const report = sampleReport({
        agency: org.bureauA.name,
        year: 2024,
        publishedOn: '2025-01-20',
      });
      const { report: row, version } = await repos.reports.create({
        agencyId: org.bureauA.id,
        year: 2024,
        origin: 'imported',
        report,
        reason: '导入',
        createdBy: clerkId,
        findings: [finding('error'), finding('warning'), finding('warning'), finding('info')],
        source: { fileName: '年报.txt', mediaType: 'text/plain', bytes },
      });
      expect(version.number).toBe(1);
      expect(row).toMatchObject({
        currentVersionId: version.id,
        status: 'draft',
        format: '2021',
        title: report.title,
        publishedOn: '2025-01-20',
        errorCount: 1,
        warningCount: 2,
      });
      expect((await repos.versions.current(row.id))?.report).toEqual(report);
      expect((await repos.findings.list(version.id)).map((f) => f.severity)).toEqual([
        'error',
        'warning',
        'warning',
        'info',
      ]);
      const [info] = await repos.sourceFiles.listForReport(row.id);
      expect(info).toMatchObject({
        fileName: '年报.txt',
        size: bytes.length,
        sha256: sha256Hex(bytes),
      });
      expect('bytes' in info!).toBe(false);
      const file = await repos.sourceFiles.get(info!.id);
      expect(file?.bytes).toEqual(bytes);
      const listed = await repos.reports.get(row.id);
      expect(listed).toMatchObject({
        agencyName: org.bureauA.name,
        agencyKind: 'department',
        regionName: '建甲区',
        currentVersionNumber: 1,
      });
    });

    it('keeps real reports exactly through the jsonb column', async () => {
      const org = await createSampleOrganisation(repos, '真');
      const files = readdirSync(SEED_TRUTH).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const [i, file] of files.entries()) {
        const truth = JSON.parse(readFileSync(join(SEED_TRUTH, file), 'utf8')) as Report;
        const report: Report = { ...emptyReport(truth.format), ...truth };
        const { version } = await repos.reports.create({
          agencyId: org.governmentB.id,
          year: 2001 + i,
          origin: 'imported',
          report,
          reason: '导入样例',
          createdBy: null,
        });
        expect((await repos.versions.get(version.id))?.report).toEqual(report);
      }
    });

    it('refuses a second report for the same agency and year, naming the first', async () => {
      const org = await createSampleOrganisation(repos, '重');
      const input = {
        agencyId: org.governmentA.id,
        year: 2023,
        origin: 'imported' as const,
        report: sampleReport({ year: 2023 }),
        reason: '导入',
        createdBy: clerkId,
      };
      const { report } = await repos.reports.create(input);
      const err = await rejection(repos.reports.create(input));
      expect(err.code).toBe('record.conflict');
      expect(err.message).toBe(
        `重甲区人民政府 的 2023 年度报告已存在（年报编号 ${report.id}，第 1 版）。`,
      );
      expect((await repos.reports.findByAgencyYear(org.governmentA.id, 2023))?.id).toBe(report.id);
    });

    it('needs an existing agency and a plausible year', async () => {
      const base = {
        origin: 'imported' as const,
        report: sampleReport(),
        reason: '导入',
        createdBy: null,
      };
      const missing = await rejection(
        repos.reports.create({ ...base, agencyId: 987_654, year: 2024 }),
      );
      expect([missing.code, missing.message]).toEqual([
        'input.not-found',
        '机关（编号 987654）不存在。',
      ]);
      const org = await createSampleOrganisation(repos, '年');
      for (const year of [1999, 2101, 2024.5]) {
        const err = await rejection(
          repos.reports.create({ ...base, agencyId: org.bureauA.id, year }),
        );
        expect(err.code).toBe('usage');
        expect(err.message).toContain(`年度 ${year} 无效`);
      }
    });

    it('appends each change as the next version with its reason and author', async () => {
      const org = await createSampleOrganisation(repos, '版');
      const { report } = await repos.reports.create({
        agencyId: org.bureauA.id,
        year: 2024,
        origin: 'entered',
        report: sampleReport(),
        reason: '新建',
        createdBy: clerkId,
        findings: [finding('error')],
      });
      const changed = sampleReport({ title: '更正后的标题' });
      changed.applications['newRequests'] = { total: 12 };
      const v2 = await repos.versions.append(report.id, {
        report: changed,
        reason: '更正：新收申请数',
        createdBy: clerkId,
        findings: [finding('warning')],
      });
      expect(v2.number).toBe(2);
      const row = await repos.reports.get(report.id);
      expect(row).toMatchObject({
        currentVersionId: v2.id,
        currentVersionNumber: 2,
        title: '更正后的标题',
        errorCount: 0,
        warningCount: 1,
      });
      const history = await repos.versions.history(report.id);
      expect(history.map((v) => [v.number, v.reason, v.createdByName])).toEqual([
        [2, '更正：新收申请数', '填报员甲'],
        [1, '新建', '填报员甲'],
      ]);
      expect('report' in history[0]!).toBe(false);
      expect((await repos.versions.getByNumber(report.id, 1))?.report.title).not.toBe(
        '更正后的标题',
      );
      expect(
        (
          await rejection(
            repos.versions.append(report.id, { report: changed, reason: '  ', createdBy: clerkId }),
          )
        ).code,
      ).toBe('usage');
    });

    it('numbers versions without gaps or duplicates when changes arrive at once', async () => {
      const org = await createSampleOrganisation(repos, '并');
      const { report } = await repos.reports.create({
        agencyId: org.bureauA.id,
        year: 2024,
        origin: 'entered',
        report: sampleReport(),
        reason: '新建',
        createdBy: clerkId,
      });
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          repos.versions.append(report.id, {
            report: sampleReport({ title: `第${i}次` }),
            reason: `更正${i}`,
            createdBy: clerkId,
          }),
        ),
      );
      const numbers = (await repos.versions.history(report.id)).map((v) => v.number);
      expect(numbers).toEqual([7, 6, 5, 4, 3, 2, 1]);
      expect((await repos.reports.get(report.id))?.currentVersionNumber).toBe(7);
    });

    it('replaces findings and updates the list counts only for the current version', async () => {
      const org = await createSampleOrganisation(repos, '查');
      const { report, version: v1 } = await repos.reports.create({
        agencyId: org.bureauA.id,
        year: 2024,
        origin: 'imported',
        report: sampleReport(),
        reason: '导入',
        createdBy: null,
      });
      const v2 = await repos.versions.append(report.id, {
        report: sampleReport(),
        reason: '更正',
        createdBy: clerkId,
      });
      expect(await repos.findings.replace(v2.id, [finding('error'), finding('error')])).toEqual({
        errorCount: 2,
        warningCount: 0,
      });
      expect((await repos.reports.get(report.id))?.errorCount).toBe(2);
      await repos.findings.replace(v1.id, [finding('warning')]);
      expect(await repos.reports.get(report.id)).toMatchObject({ errorCount: 2, warningCount: 0 });
      expect(await repos.findings.list(v1.id)).toHaveLength(1);
      await repos.findings.replace(v2.id, []);
      expect((await repos.reports.get(report.id))?.errorCount).toBe(0);
    });
  });

  it('rolls a report and its audit entry back together when the action fails', async () => {
    const org = await createSampleOrganisation(repos, '滚');
    await expect(
      repos.transaction(async (tx) => {
        const { report } = await tx.reports.create({
          agencyId: org.bureauA.id,
          year: 2024,
          origin: 'imported',
          report: sampleReport(),
          reason: '导入',
          createdBy: clerkId,
        });
        await tx.audit.append({
          actorId: clerkId,
          actorName: 'clerk',
          action: 'report.import',
          entity: 'report',
          entityId: report.id,
        });
        throw new Error('导入中途失败');
      }),
    ).rejects.toThrow('导入中途失败');
    expect(await repos.reports.findByAgencyYear(org.bureauA.id, 2024)).toBeNull();
    const { report } = await repos.transaction(async (tx) =>
      tx.reports.create({
        agencyId: org.bureauA.id,
        year: 2024,
        origin: 'imported',
        report: sampleReport(),
        reason: '导入',
        createdBy: clerkId,
      }),
    );
    expect((await repos.reports.get(report.id))?.currentVersionNumber).toBe(1);
  });

  describe('review and publication', () => {
    async function draft(org: SampleOrganisation, year = 2024) {
      return repos.reports.create({
        agencyId: org.bureauA.id,
        year,
        origin: 'imported',
        report: sampleReport({ year }),
        reason: '导入',
        createdBy: clerkId,
      });
    }

    it('moves status only from the expected one, so two reviewers cannot both act', async () => {
      const org = await createSampleOrganisation(repos, '态');
      const { report } = await draft(org);
      expect(
        (await repos.reports.setStatus(report.id, 'submitted', ['draft', 'returned'])).status,
      ).toBe('submitted');
      const results = await Promise.allSettled([
        repos.reports.setStatus(report.id, 'returned', ['submitted']),
        repos.reports.setStatus(report.id, 'returned', ['submitted']),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const err = await rejection(repos.reports.setStatus(report.id, 'returned', ['submitted']));
      expect(err.code).toBe('record.conflict');
      expect(err.message).toBe(
        `年报（编号 ${report.id}）当前状态为“已退回”，不是“已提交”，操作未执行。`,
      );
      expect((await rejection(repos.reports.setStatus(999_999, 'draft', ['draft']))).code).toBe(
        'input.not-found',
      );
    });

    it('freezes the current version when publishing, and only a submitted report', async () => {
      const org = await createSampleOrganisation(repos, '发');
      const { report, version } = await draft(org);
      expect((await rejection(repos.reports.publish(report.id, reviewerId))).code).toBe(
        'record.conflict',
      );
      await repos.reports.setStatus(report.id, 'submitted', ['draft']);
      const at = new Date('2025-01-25T02:00:00Z');
      const published = await repos.reports.publish(report.id, reviewerId, { now: at });
      expect(published.report.status).toBe('published');
      expect(published.version).toMatchObject({ id: version.id, publishedBy: reviewerId });
      expect(published.version.publishedAt?.toISOString()).toBe(at.toISOString());
      const again = await rejection(repos.versions.markPublished(version.id, reviewerId));
      expect(again.code).toBe('record.immutable');
      expect(again.message).toContain('已于 2025-01-25T02:00:00.000Z 发布');
    });

    it('protects a published version from every change, through the triggers as well', async () => {
      const org = await createSampleOrganisation(repos, '冻');
      const { report, version } = await draft(org);
      await repos.reports.setStatus(report.id, 'submitted', ['draft']);
      await repos.reports.publish(report.id, reviewerId);
      const db = handle.db;
      const update = await sqlFailure(() =>
        db.execute(sql`update report_versions set reason = '篡改' where id = ${version.id}`),
      );
      expect(update.code).toBe('XK001');
      expect(update.message).toBe(`年报 ${report.id} 的第 1 版已发布，不可修改或删除。`);
      const unpublish = await sqlFailure(() =>
        db.execute(sql`update report_versions set published_at = null where id = ${version.id}`),
      );
      expect(unpublish.code).toBe('XK001');
      expect(
        (
          await sqlFailure(() =>
            db.execute(sql`delete from report_versions where id = ${version.id}`),
          )
        ).code,
      ).toBe('XK001');
      // Deleting the report would cascade to the version: refused too.
      expect(
        (await sqlFailure(() => db.execute(sql`delete from reports where id = ${report.id}`))).code,
      ).toBe('XK001');
      expect((await sqlFailure(() => db.execute(sql`truncate report_versions cascade`))).code).toBe(
        'XK001',
      );
      const viaRepo = await rejection(repos.reports.delete(report.id));
      expect(viaRepo.code).toBe('record.immutable');
      expect(viaRepo.message).toBe(`年报（编号 ${report.id}）的第 1 版已发布，不能删除该年报。`);
      expect(
        (
          await rejection(
            repos.sourceFiles.add(version.id, {
              fileName: 'x.txt',
              mediaType: 'text/plain',
              bytes: new Uint8Array([1]),
            }),
          )
        ).code,
      ).toBe('record.immutable');
      expect((await repos.versions.get(version.id))?.reason).toBe('导入');
    });

    it('lets no version be edited in place, published or not', async () => {
      const org = await createSampleOrganisation(repos, '改');
      const { version } = await draft(org);
      const edit = await sqlFailure(() =>
        handle.db.execute(
          sql`update report_versions set report = jsonb_set(report, '{title}', '"改"') where id = ${version.id}`,
        ),
      );
      expect(edit.code).toBe('XK001');
      expect(edit.message).toContain('更正须保存为新版本');
    });

    it('reopens a published report as a draft on the next change, keeping the published version', async () => {
      const org = await createSampleOrganisation(repos, '再');
      const { report, version: v1 } = await draft(org);
      await repos.reports.setStatus(report.id, 'submitted', ['draft']);
      await repos.reports.publish(report.id, reviewerId);
      const v2 = await repos.versions.append(report.id, {
        report: sampleReport({ title: '发布后更正' }),
        reason: '发布后发现错误',
        createdBy: reviewerId,
      });
      expect((await repos.reports.get(report.id))?.status).toBe('draft');
      expect((await repos.versions.published(report.id)).map((v) => v.id)).toEqual([v1.id]);
      expect((await repos.versions.get(v2.id))?.publishedAt).toBeNull();
    });

    it('deletes a never-published report with everything it owns', async () => {
      const org = await createSampleOrganisation(repos, '删');
      const { report, version } = await repos.reports.create({
        agencyId: org.bureauA.id,
        year: 2024,
        origin: 'imported',
        report: sampleReport(),
        reason: '误导入',
        createdBy: clerkId,
        findings: [finding('error')],
        source: { fileName: 'a.html', mediaType: 'text/html', bytes: new Uint8Array([60, 62]) },
      });
      await repos.reports.delete(report.id);
      expect(await repos.reports.get(report.id)).toBeNull();
      expect(await repos.versions.get(version.id)).toBeNull();
      expect(await repos.findings.list(version.id)).toEqual([]);
      expect((await rejection(repos.reports.delete(report.id))).code).toBe('input.not-found');
    });
  });

  describe('original files', () => {
    it('refuses a file over the size limit, naming it', async () => {
      const org = await createSampleOrganisation(repos, '大');
      const err = await rejection(
        repos.reports.create({
          agencyId: org.bureauA.id,
          year: 2024,
          origin: 'imported',
          report: sampleReport(),
          reason: '导入',
          createdBy: clerkId,
          source: {
            fileName: '巨大.pdf',
            mediaType: 'application/pdf',
            bytes: new Uint8Array(SOURCE_FILE_MAX_BYTES + 1),
          },
        }),
      );
      expect(err.code).toBe('input.too-large');
      expect(err.message).toBe('文件“巨大.pdf”大小为 32.0 MB，超过原始文件 32.0 MB 的上限。');
      // The whole creation was rolled back.
      expect(await repos.reports.findByAgencyYear(org.bureauA.id, 2024)).toBeNull();
    });

    it('finds an earlier import of the same bytes', async () => {
      const org = await createSampleOrganisation(repos, '同');
      const bytes = new TextEncoder().encode(`同一份文件 ${Math.random()}`);
      const { report } = await repos.reports.create({
        agencyId: org.governmentA.id,
        year: 2022,
        origin: 'imported',
        report: sampleReport({ year: 2022 }),
        reason: '导入',
        createdBy: clerkId,
        source: { fileName: 'a.txt', mediaType: 'text/plain', bytes },
      });
      const dups = await repos.sourceFiles.findDuplicates(bytes);
      expect(dups.map((d) => [d.reportId, d.agencyName, d.year, d.versionNumber])).toEqual([
        [report.id, '同甲区人民政府', 2022, 1],
      ]);
      expect(await repos.sourceFiles.findDuplicates(new Uint8Array([9, 9, 9]))).toEqual([]);
    });
  });
});
