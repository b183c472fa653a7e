// The two drivers disagree on int8, numeric aggregates and dates when read raw (stack notes
// §4). These tests pin what the repositories return, identically on both, in a UTC+8 process
// where a date shifted to local midnight would show as the previous day.
process.env.TZ = 'Asia/Shanghai';

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './open.js';
import { createRepositories, type Repositories } from './repositories/index.js';
import { createSampleOrganisation, FAKE_PHC, sampleReport, testBackends } from './testing/index.js';

describe.each(testBackends())('values read back on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
  }, 60_000);
  afterAll(async () => handle?.close());

  it('runs in a UTC+8 process, where the date pitfall would show', () => {
    expect(new Date('2025-01-01T00:00:00Z').getTimezoneOffset()).toBe(-480);
  });

  it('gives dates as the same YYYY-MM-DD string that was stored', async () => {
    const org = await createSampleOrganisation(repos, '日');
    const dates = ['2025-01-01', '2024-12-31', '2025-03-31', '2000-02-29'];
    for (const [i, publishedOn] of dates.entries()) {
      const { report } = await repos.reports.create({
        agencyId: org.bureauA.id,
        year: 2020 + i,
        origin: 'imported',
        report: sampleReport({ publishedOn }),
        reason: '导入',
        createdBy: null,
      });
      expect(report.publishedOn).toBe(publishedOn);
      expect((await repos.reports.get(report.id))?.publishedOn).toBe(publishedOn);
    }
  });

  it('gives timestamps as Dates of the same instant', async () => {
    const user = await repos.users.create({
      username: 'instant',
      displayName: '时',
      passwordHash: FAKE_PHC,
      role: 'auditor',
    });
    const at = new Date('2025-01-31T15:59:59.999Z'); // 23:59:59.999 in Beijing
    await repos.users.recordSuccessfulLogin(user.id, at);
    const back = await repos.users.get(user.id);
    expect(back?.lastLoginAt).toBeInstanceOf(Date);
    expect(back?.lastLoginAt?.toISOString()).toBe('2025-01-31T15:59:59.999Z');
  });

  it('gives counts, sums and int8 ids as JS numbers', async () => {
    const org = await createSampleOrganisation(repos, '数');
    await repos.reports.create({
      agencyId: org.bureauA.id,
      year: 2024,
      origin: 'imported',
      report: sampleReport(),
      reason: '导入',
      createdBy: null,
      findings: [
        { rule: 'a', severity: 'error', message: '错', cells: [] },
        { rule: 'b', severity: 'warning', message: '警', cells: [] },
      ],
    });
    const counts = await repos.reports.counts({ regionId: org.city.id });
    expect(counts).toEqual({
      total: 1,
      byStatus: { draft: 1, submitted: 0, returned: 0, published: 0 },
      withErrors: 1,
      errors: 1,
      warnings: 1,
    });
    const page = await repos.reports.list({ regionId: org.city.id });
    expect(typeof page.total).toBe('number');
    const entry = await repos.audit.append({
      actorId: null,
      actorName: null,
      action: 'x',
      entity: 'y',
    });
    expect(typeof entry.id).toBe('number');
    expect(typeof (await repos.audit.query({ action: 'x' })).items[0]?.id).toBe('number');
  });

  it('gives bytes as a Uint8Array and decimals in the report JSON unchanged', async () => {
    const org = await createSampleOrganisation(repos, '字');
    const report = sampleReport();
    report.proactive['fees'] = { amountWanYuan: 12.35 };
    const bytes = new Uint8Array([0, 1, 127, 128, 255]);
    const { version } = await repos.reports.create({
      agencyId: org.bureauA.id,
      year: 2024,
      origin: 'imported',
      report,
      reason: '导入',
      createdBy: null,
      source: { fileName: 'b.bin', mediaType: 'application/octet-stream', bytes },
    });
    const [info] = await repos.sourceFiles.listForVersion(version.id);
    const file = await repos.sourceFiles.get(info!.id);
    expect(file?.bytes.constructor).toBe(Uint8Array);
    expect([...file!.bytes]).toEqual([0, 1, 127, 128, 255]);
    expect((await repos.versions.get(version.id))?.report.proactive['fees']).toEqual({
      amountWanYuan: 12.35,
    });
  });

  it('would show the int8 difference if read raw, which is why the repositories map it', async () => {
    const result = await handle.db.execute(sql`select count(*) as n from regions`);
    const raw = (result as { rows: { n: unknown }[] }).rows[0]?.n;
    // node-postgres gives int8 as a string, PGlite as a number: never trust a raw count.
    expect(typeof raw).toBe(backend.name === 'postgres' ? 'string' : 'number');
  });
});
