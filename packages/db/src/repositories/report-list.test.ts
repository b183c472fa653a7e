import fc from 'fast-check';
import type { Finding } from '@xxgk/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../open.js';
import { REPORT_STATUSES, type ReportOrigin, type ReportStatus } from '../schema/index.js';
import {
  createSampleOrganisation,
  FAKE_PHC,
  sampleReport,
  testBackends,
  type SampleOrganisation,
} from '../testing/index.js';
import {
  createRepositories,
  REPORT_SORT_KEYS,
  type ReportFilter,
  type ReportListItem,
  type ReportSort,
  type Repositories,
} from './index.js';

const YEARS = [2022, 2023, 2024];
const STATUSES: ReportStatus[] = ['draft', 'submitted', 'returned', 'published'];
const ORIGINS: ReportOrigin[] = ['imported', 'entered', 'compiled'];

const findings = (errors: number, warnings: number): Finding[] => [
  ...Array.from({ length: errors }, (): Finding => ({
    rule: 'r.e',
    severity: 'error',
    message: '错',
    cells: [],
  })),
  ...Array.from({ length: warnings }, (): Finding => ({
    rule: 'r.w',
    severity: 'warning',
    message: '警',
    cells: [],
  })),
];

/** Code-point order, as `collate "C"` sorts on both backends. */
const byCodePoint = (a: string, b: string): number => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

const statusRank = (s: ReportStatus) => REPORT_STATUSES.findIndex((x) => x.key === s);

/** The list order computed in JS from the rows themselves: the oracle for the database's. */
function expectedOrder(rows: ReportListItem[], sort: ReportSort, regionCode: Map<number, string>) {
  const key = (r: ReportListItem): number | string => {
    switch (sort.by) {
      case 'year':
        return r.year;
      case 'agency':
        return r.agencyName;
      case 'region':
        return regionCode.get(r.regionId)!;
      case 'status':
        return statusRank(r.status);
      case 'errors':
        return r.errorCount;
      case 'warnings':
        return r.warningCount;
      case 'updatedAt':
        return r.updatedAt.getTime();
    }
  };
  const sign = sort.direction === 'desc' ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const c =
        typeof ka === 'string' && typeof kb === 'string'
          ? byCodePoint(ka, kb)
          : (ka as number) - (kb as number);
      return c !== 0 ? sign * c : a.id - b.id;
    })
    .map((r) => r.id);
}

describe.each(testBackends())('the report list on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let org: SampleOrganisation;
  let all: ReportListItem[];
  const regionCode = new Map<number, string>();

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    org = await createSampleOrganisation(repos, '表');
    // Noise in another city: must never show up under this one's filters.
    const other = await createSampleOrganisation(repos, '外');
    const street = await repos.agencies.create({
      name: '表乙区某某街道办事处',
      kind: 'subdistrict',
      regionId: org.districtB.id,
    });
    for (const r of [org.city, org.districtA, org.districtB]) regionCode.set(r.id, r.code);
    const reviewer = await repos.users.create({
      username: 'list-reviewer',
      displayName: '审',
      passwordHash: FAKE_PHC,
      role: 'reviewer',
      regionId: org.city.id,
    });
    const agencies = [
      org.cityGovernment,
      org.cityBureau,
      org.governmentA,
      org.bureauA,
      org.governmentB,
      street,
    ];
    let i = 0;
    for (const agency of agencies)
      for (const year of YEARS) {
        const status = STATUSES[i % 4]!;
        const { report } = await repos.reports.create({
          agencyId: agency.id,
          year,
          origin: ORIGINS[i % 3]!,
          report: sampleReport({ agency: agency.name, year, title: `${agency.name}${year}年报` }),
          reason: '导入',
          createdBy: null,
          findings: findings((i * 7) % 3, (i * 5) % 4),
        });
        if (status !== 'draft') await repos.reports.setStatus(report.id, 'submitted', ['draft']);
        if (status === 'returned')
          await repos.reports.setStatus(report.id, 'returned', ['submitted']);
        if (status === 'published') await repos.reports.publish(report.id, reviewer.id);
        i += 1;
      }
    await repos.reports.create({
      agencyId: other.bureauA.id,
      year: 2024,
      origin: 'imported',
      report: sampleReport(),
      reason: '导入',
      createdBy: null,
      findings: findings(3, 3),
    });
    all = (await repos.reports.list({ regionId: org.city.id }, { by: 'year' }, { pageSize: 200 }))
      .items;
  }, 120_000);
  afterAll(async () => handle?.close());

  const ids = (rows: ReportListItem[]) => rows.map((r) => r.id).sort((a, b) => a - b);
  const oracle = (keep: (r: ReportListItem) => boolean) => ids(all.filter(keep));
  const listIds = async (filter: ReportFilter) =>
    ids(
      (
        await repos.reports.list(
          { regionId: org.city.id, ...filter },
          { by: 'year' },
          { pageSize: 200 },
        )
      ).items,
    );

  it('holds the 18 reports of the region subtree and none from elsewhere', () => {
    expect(all).toHaveLength(18);
    expect(new Set(all.map((r) => r.agencyName.slice(0, 1)))).toEqual(new Set(['表']));
  });

  it('filters by region subtree, agency, year, status, origin, errors and text', async () => {
    expect(await listIds({ regionId: org.districtA.id })).toEqual(
      oracle((r) => r.regionId === org.districtA.id),
    );
    expect(await listIds({ regionId: org.districtB.id })).toHaveLength(6);
    expect(await listIds({ agencyId: org.bureauA.id })).toEqual(
      oracle((r) => r.agencyId === org.bureauA.id),
    );
    expect(await listIds({ year: 2023 })).toEqual(oracle((r) => r.year === 2023));
    expect(await listIds({ status: 'returned' })).toEqual(oracle((r) => r.status === 'returned'));
    expect(await listIds({ status: ['draft', 'published'] })).toEqual(
      oracle((r) => r.status === 'draft' || r.status === 'published'),
    );
    expect(await listIds({ status: [] })).toEqual([]);
    expect(await listIds({ origin: 'compiled' })).toEqual(oracle((r) => r.origin === 'compiled'));
    expect(await listIds({ hasErrors: true })).toEqual(oracle((r) => r.errorCount > 0));
    expect(await listIds({ hasErrors: false })).toEqual(oracle((r) => r.errorCount === 0));
    expect(await listIds({ search: '教育局' })).toEqual(
      oracle((r) => r.agencyName.includes('教育局')),
    );
    expect(await listIds({ search: '2023年报' })).toEqual(oracle((r) => r.year === 2023));
    expect(await listIds({ year: 2024, hasErrors: true, regionId: org.districtB.id })).toEqual(
      oracle((r) => r.year === 2024 && r.errorCount > 0 && r.regionId === org.districtB.id),
    );
  });

  it('takes search text literally, wildcards included', async () => {
    expect(await listIds({ search: '%' })).toEqual([]);
    expect(await listIds({ search: '_' })).toEqual([]);
    expect(await listIds({ search: '  ' })).toHaveLength(18);
  });

  it('sorts by every key in both directions, ties broken by id', async () => {
    for (const by of REPORT_SORT_KEYS)
      for (const direction of ['asc', 'desc'] as const) {
        const page = await repos.reports.list(
          { regionId: org.city.id },
          { by, direction },
          { pageSize: 200 },
        );
        expect(
          page.items.map((r) => r.id),
          `${by} ${direction}`,
        ).toEqual(expectedOrder(all, { by, direction }, regionCode));
      }
  });

  it('pages through the list without losing or repeating a report, whatever the page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(...REPORT_SORT_KEYS),
        fc.constantFrom('asc' as const, 'desc' as const),
        async (pageSize, by, direction) => {
          const seen: number[] = [];
          for (let page = 1; page <= Math.ceil(18 / pageSize) + 1; page += 1) {
            const result = await repos.reports.list(
              { regionId: org.city.id },
              { by, direction },
              { page, pageSize },
            );
            expect(result.total).toBe(18);
            expect(result.items.length).toBeLessThanOrEqual(pageSize);
            seen.push(...result.items.map((r) => r.id));
          }
          expect(seen).toEqual(expectedOrder(all, { by, direction }, regionCode));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('returns the same page with a total the caller already knows, without counting again', async () => {
    const sort = { by: 'year' as const, direction: 'desc' as const };
    const counted = await repos.reports.list({ regionId: org.city.id }, sort, {
      page: 2,
      pageSize: 5,
    });
    const known = await repos.reports.list(
      { regionId: org.city.id },
      sort,
      { page: 2, pageSize: 5 },
      { knownTotal: counted.total },
    );
    expect(known).toEqual(counted);
    // The known total is taken as given (the caller vouches for it), even past the last page.
    const past = await repos.reports.list(
      { regionId: org.city.id },
      sort,
      { page: 99, pageSize: 5 },
      { knownTotal: 18 },
    );
    expect([past.items.length, past.total]).toEqual([0, 18]);
    const pastCounted = await repos.reports.list({ regionId: org.city.id }, sort, {
      page: 99,
      pageSize: 5,
    });
    expect([pastCounted.items.length, pastCounted.total]).toEqual([0, 18]);
  });

  it('gives every page from the ids in list order exactly as it pages by itself', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(...REPORT_SORT_KEYS),
        fc.constantFrom('asc' as const, 'desc' as const),
        async (pageSize, page, by, direction) => {
          const filter = { regionId: org.city.id };
          const orderedIds = await repos.reports.orderedIds(filter, { by, direction });
          expect(orderedIds).toEqual(expectedOrder(all, { by, direction }, regionCode));
          const paged = await repos.reports.list(filter, { by, direction }, { page, pageSize });
          const sliced = await repos.reports.list(
            filter,
            { by, direction },
            { page, pageSize },
            { orderedIds },
          );
          expect(sliced).toEqual(paged);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('clamps page numbers and sizes to sane bounds', async () => {
    const big = await repos.reports.list(
      { regionId: org.city.id },
      { by: 'year' },
      { pageSize: 10_000 },
    );
    expect(big.pageSize).toBe(200);
    const zero = await repos.reports.list(
      { regionId: org.city.id },
      { by: 'year' },
      { page: 0, pageSize: 0 },
    );
    expect([zero.page, zero.pageSize, zero.items.length]).toEqual([1, 1, 1]);
  });

  it('counts reports by status, with errors, and sums their findings as numbers', async () => {
    const cases: { filter: ReportFilter; keep: (r: ReportListItem) => boolean }[] = [
      { filter: {}, keep: () => true },
      { filter: { year: 2024 }, keep: (r) => r.year === 2024 },
      { filter: { regionId: org.districtA.id }, keep: (r) => r.regionId === org.districtA.id },
      { filter: { hasErrors: true }, keep: (r) => r.errorCount > 0 },
    ];
    for (const { filter, keep } of cases) {
      const scoped = { regionId: org.city.id, ...filter };
      const rows = all.filter(keep);
      const counts = await repos.reports.counts(scoped);
      const byStatus = Object.fromEntries(
        STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]),
      );
      expect(counts).toEqual({
        total: rows.length,
        byStatus,
        withErrors: rows.filter((r) => r.errorCount > 0).length,
        errors: rows.reduce((n, r) => n + r.errorCount, 0),
        warnings: rows.reduce((n, r) => n + r.warningCount, 0),
      });
      expect(typeof counts.errors).toBe('number');
    }
    expect(await repos.reports.counts({ regionId: org.city.id, status: [] })).toEqual({
      total: 0,
      byStatus: { draft: 0, submitted: 0, returned: 0, published: 0 },
      withErrors: 0,
      errors: 0,
      warnings: 0,
    });
  });

  it('lists the years that have reports, newest first', async () => {
    expect(await repos.reports.years({ regionId: org.city.id })).toEqual([2024, 2023, 2022]);
    expect(await repos.reports.years({ regionId: org.city.id, status: 'returned' })).toEqual(
      [...new Set(all.filter((r) => r.status === 'returned').map((r) => r.year))].sort(
        (a, b) => b - a,
      ),
    );
  });
});
