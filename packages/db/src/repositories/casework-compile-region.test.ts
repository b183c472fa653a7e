import { OUTCOMES, seededRandom } from '@xxgk/casework';
import { addDays, type IsoDate } from '@xxgk/calendar';
import { APPLICANT_PARTS, REVIEW_BLOCKS } from '@xxgk/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../open.js';
import {
  createSampleOrganisation,
  testBackends,
  type SampleOrganisation,
} from '../testing/index.js';
import type { Agency } from '../schema/index.js';
import type { StoredCaseEvent } from './casework-derive.js';
import { createRepositories, type Repositories } from './index.js';

/*
 * Property: for random case histories spread over the agencies of a region tree (and one
 * agency outside it), compiling the region in one go gives every agency of the subtree exactly
 * the report and drill-down the one-agency compile gives it — table 三, 四, 二, the fees and the
 * narrative — and no report for an agency outside the subtree. The histories come from a
 * seeded generator, so every run checks the same cases and a failure can be replayed.
 */

const SEED = 20_241_207;

describe.each(testBackends())('the region compile on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let org: SampleOrganisation;
  let outside: Agency;

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    org = await createSampleOrganisation(repos, '汇');
    outside = (await createSampleOrganisation(repos, '外')).governmentA;
    const random = seededRandom(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const day = (): IsoDate => addDays('2023-10-01', Math.floor(random() * 900));
    // cityBureau keeps no casework at all: its report is all zeros either way.
    const busy = [org.cityGovernment, org.governmentA, org.bureauA, org.governmentB, outside];
    for (const agency of busy) {
      for (let i = 0; i < 12; i += 1) {
        const receivedOn = day();
        let app = await repos.applications.create({
          agencyId: agency.id,
          channel: 'inPerson',
          receipt: { submittedOn: receivedOn },
          receivedOn,
          applicantType: pick(APPLICANT_PARTS),
          applicantName: `申请人${i}`,
          identity: null,
          content: `第${i}号文件`,
          createdBy: null,
        });
        const r = random();
        const after = (n: number) => addDays(receivedOn, n);
        const events: StoredCaseEvent[] =
          r < 0.15
            ? []
            : r < 0.25
              ? [{ type: 'withdrawn', date: after(Math.floor(random() * 30)) }]
              : r < 0.45
                ? [
                    {
                      type: 'feeNoticeIssued',
                      date: after(2),
                      fee: { method: 'perItem', amountYuan: pick([100, 200, 50]) },
                    },
                    { type: 'feePaid', date: after(5) },
                    { type: 'replied', date: after(12), outcome: pick(OUTCOMES) },
                  ]
                : [
                    {
                      type: 'replied',
                      date: after(Math.floor(random() * 60)),
                      outcome: pick(OUTCOMES),
                    },
                  ];
        for (const e of events)
          app = await repos.applications.appendEvent(app.id, e, { recordedBy: null });
        if (random() < 0.2) {
          const decided = random() < 0.6;
          await repos.reviewCases.create({
            agencyId: agency.id,
            kind: pick(REVIEW_BLOCKS).key,
            applicationId: app.id,
            filedOn: after(70),
            result: decided ? pick(['upheld', 'corrected', 'other'] as const) : 'pending',
            decidedOn: decided ? after(70 + Math.floor(random() * 200)) : null,
            createdBy: null,
          });
        }
      }
      for (const year of [2024, 2025])
        if (random() < 0.6)
          await repos.article20.put(
            agency.id,
            year,
            {
              regulations: { issued: 1, repealed: 0, inForce: Math.floor(random() * 9) },
              normativeDocuments: { issued: 2, repealed: 1, inForce: Math.floor(random() * 30) },
              licensingDecisions: Math.floor(random() * 500),
              punishmentDecisions: Math.floor(random() * 50),
              coercionDecisions: Math.floor(random() * 5),
              feesWanYuan: Math.floor(random() * 100) / 10,
            },
            null,
          );
    }
  }, 120_000);
  afterAll(async () => handle?.close());

  it('give every agency of the region and the regions below it exactly its one-agency compile', async () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const batch = await repos.casework.compileRegion({ regionId: org.city.id, year });
      const agencies = await repos.agencies.list({ regionId: org.city.id });
      expect(batch.map((b) => b.agencyId)).toEqual(agencies.map((a) => a.id));
      for (const b of batch) {
        const one = await repos.casework.compile({
          agencyId: b.agencyId,
          agencyName: b.agencyName,
          year,
        });
        expect(b.compiled, `${b.agencyName} ${year}`).toEqual(one);
      }
    }
  });

  it('count real casework, so that the equality above is not one of empty reports', async () => {
    const batch = await repos.casework.compileRegion({ regionId: org.city.id, year: 2024 });
    const total = (path: (a: (typeof batch)[number]) => unknown) =>
      batch.reduce((sum, a) => sum + (typeof path(a) === 'number' ? (path(a) as number) : 0), 0);
    expect(total((a) => a.compiled.report.applications.received?.total)).toBeGreaterThan(0);
    expect(total((a) => a.compiled.report.applications.totalProcessed?.total)).toBeGreaterThan(0);
    expect(batch.some((a) => a.compiled.report.sections.other?.includes('收取信息处理费'))).toBe(
      true,
    );
  });

  it('compile only the subtree asked for', async () => {
    const district = await repos.casework.compileRegion({ regionId: org.districtA.id, year: 2025 });
    expect(district.map((a) => a.agencyId).sort()).toEqual(
      [org.governmentA.id, org.bureauA.id].sort(),
    );
    const city = await repos.casework.compileRegion({ regionId: org.city.id, year: 2025 });
    expect(city.some((a) => a.agencyId === outside.id)).toBe(false);
  });
});
