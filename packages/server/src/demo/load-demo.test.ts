import { createRepositories, WorkspaceRepositories, type DatabaseHandle } from '@xxgk/db';
import { openMigratedPglite } from '@xxgk/db/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem, verifyPassword } from '../auth/passwords.js';
import { DEMO_ACCOUNTS, DEMO_REPORTS } from './demo-data.js';
import { DEMO_DIR, loadDemo } from './load-demo.js';
import { TESTDATA } from '../testing/testdata.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openMigratedPglite();
}, 60_000);
afterAll(async () => handle?.close());

describe('the demo data', () => {
  it('are copies of the sample reports in testdata, byte for byte', () => {
    for (const { file } of DEMO_REPORTS) {
      const origin = file.endsWith('.pdf')
        ? join(TESTDATA, 'fixtures', file)
        : join(TESTDATA, 'seeds', file);
      expect(readFileSync(join(DEMO_DIR, file)).equals(readFileSync(origin)), file).toBe(true);
    }
  });

  it('give every account a password that meets the policy', () => {
    for (const a of DEMO_ACCOUNTS)
      expect(passwordProblem(a.password, a.username), a.username).toBeNull();
  });

  it('load the region tree, agencies, an account per role and the six reports in every review state', async () => {
    const repos = createRepositories(handle.db);
    const summary = await loadDemo(repos);
    expect(summary).toEqual({ regions: 10, agencies: 10, accounts: 7, reports: 6 });
    const tree = await repos.regions.tree();
    expect(tree.map((r) => r.name)).toEqual(['江苏省', '浙江省', '山东省']);
    const reports = await repos.reports.list(
      {},
      { by: 'agency', direction: 'asc' },
      { pageSize: 50 },
    );
    expect(reports.total).toBe(6);
    const byStatus = Object.fromEntries(reports.items.map((r) => [r.agencyName, r.status]));
    expect(byStatus).toEqual({
      淄博高新技术产业开发区工业信息化和商务局: 'draft',
      枣庄市市中区工业和信息化局: 'returned',
      淄博市工业和信息化局: 'published',
      绍兴市上虞区经济和信息化局: 'submitted',
      淄博高新技术产业开发区发展改革局: 'submitted',
      淮安市人民政府: 'draft',
    });
    const years = Object.fromEntries(reports.items.map((r) => [r.agencyName, r.year]));
    expect(years['淮安市人民政府']).toBe(2024);
    expect(years['淄博市工业和信息化局']).toBe(2021);
    const work = new WorkspaceRepositories(handle.db);
    for (const r of reports.items) {
      expect(r.origin).toBe('imported');
      const source = await work.sourceTexts.latestForReport(r.id);
      expect(source?.text?.text.length, r.agencyName).toBeGreaterThan(1000);
    }
    const returned = reports.items.find((r) => r.status === 'returned')!;
    expect((await work.reviewComments.latest(returned.id, 'return'))?.comment).toContain(
      '统计期限',
    );
    const clerk = await repos.users.findByUsername('clerk');
    expect(await verifyPassword(clerk!.passwordHash, 'Tianbao@2025xx')).toBe(true);
    expect((await repos.agencies.get(clerk!.agencyId!))?.name).toBe(
      '淄博高新技术产业开发区工业信息化和商务局',
    );
  }, 60_000);
});
