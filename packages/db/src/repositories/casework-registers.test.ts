import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../open.js';
import {
  createSampleOrganisation,
  testBackends,
  type SampleOrganisation,
} from '../testing/index.js';
import { createRepositories, type Repositories } from './index.js';

describe.each(testBackends())('the registers as the server reads them, on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let org: SampleOrganisation;

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    org = await createSampleOrganisation(repos, '簿');
  }, 60_000);
  afterAll(async () => handle?.close());

  const item = (agencyId: number, title: string, publishedOn = '2025-03-01') => ({
    agencyId,
    title,
    publishedOn,
    channel: 'gazette' as const,
    category: '',
    createdBy: null,
  });

  it('store an import all or none: one row the database refuses keeps every row out', async () => {
    const rows = [
      item(org.bureauA.id, '第一条'),
      item(org.bureauA.id, '   '),
      item(org.bureauA.id, '第三条'),
    ];
    await expect(repos.proactiveItems.add(rows)).rejects.toThrow();
    expect((await repos.proactiveItems.list({ agencyId: org.bureauA.id })).total).toBe(0);
    const stored = await repos.proactiveItems.add([rows[0]!, rows[2]!]);
    expect(stored.map((r) => r.title)).toEqual(['第一条', '第三条']);
  });

  it('list the proactive items and review cases of a region’s subtree, not its neighbour’s', async () => {
    await repos.proactiveItems.add([item(org.governmentB.id, '乙区的一条')]);
    for (const agencyId of [org.bureauA.id, org.governmentB.id])
      await repos.reviewCases.create({
        agencyId,
        kind: 'reconsideration',
        applicationId: null,
        filedOn: '2025-04-01',
        result: 'pending',
        decidedOn: null,
        createdBy: null,
      });
    const titles = async (regionId: number) =>
      (await repos.proactiveItems.list({ regionId, year: 2025 })).items.map((i) => i.title).sort();
    expect(await titles(org.city.id)).toEqual(['乙区的一条', '第一条', '第三条']);
    expect(await titles(org.districtB.id)).toEqual(['乙区的一条']);
    expect(await titles(org.districtA.id)).toEqual(['第一条', '第三条']);
    const agencies = async (regionId: number) =>
      (await repos.reviewCases.list({ regionId })).map((c) => c.agencyId);
    expect(await agencies(org.districtB.id)).toEqual([org.governmentB.id]);
    expect((await agencies(org.city.id)).sort()).toEqual(
      [org.bureauA.id, org.governmentB.id].sort(),
    );
  });

  it('refuse a proactive item for an agency that does not exist, in Chinese', async () => {
    await expect(repos.proactiveItems.add([item(99_999_999, '无主')])).rejects.toThrow(
      '机关（编号 99999999）不存在',
    );
  });
});
