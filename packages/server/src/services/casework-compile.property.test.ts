import { compileReport, OUTCOMES, seededRandom, type Application } from '@xxgk/casework';
import { Calendar, type IsoDate } from '@xxgk/calendar';
import { check } from '@xxgk/checks';
import { APPLICANT_PARTS } from '@xxgk/model';
import { CHANNELS } from '@xxgk/casework';
import {
  createRepositories,
  toDomainApplication,
  toDomainReviewCase,
  type DatabaseHandle,
  type Repositories,
  type StoredCaseEvent,
} from '@xxgk/db';
import { createSampleOrganisation, openMigratedPglite } from '@xxgk/db/testing';
import { XxgkError } from '@xxgk/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedEvents, checkEvent } from './casework-applications.js';

/*
 * Property: for random case histories written through the repositories (every event judged by
 * the API's own legality check), the report compiled from the database
 * - passes every table identity of the checker (一+二 = 三（七）+四, row and block totals,
 *   三（七）= the sum of the results) and the carry-over rule against last year's compile;
 * - carries over exactly what last year carried forward, column by column;
 * - equals the pure @xxgk/casework compileReport over the same histories, and every table 三
 *   cell's drill-down lists exactly the cases compileReport counted in it.
 * Histories are drawn from a seeded generator: each run checks the same 6 × 40 histories, and a
 * failure names its seed.
 */

const TODAY: IsoDate = '2026-12-31';
const IDENTITY_RULES = [
  'applications.balance',
  'applications.row-total',
  'applications.total-processed',
  'review.block-total',
  'previous.carried-over',
];

let handle: DatabaseHandle;
let repos: Repositories;
const calendar = Calendar.builtIn();

beforeAll(async () => {
  handle = await openMigratedPglite();
  repos = createRepositories(handle.db);
}, 60_000);
afterAll(async () => handle?.close());

/** One random history: up to 6 attempted events, each kept only if the API would accept it. */
async function writeHistory(agencyId: number, r: () => number): Promise<void> {
  const int = (n: number) => Math.floor(r() * n);
  const start = Date.parse('2024-01-02T00:00:00Z');
  const span = (Date.parse('2026-10-30T00:00:00Z') - start) / 86_400_000;
  let received = new Date(start + int(span) * 86_400_000).toISOString().slice(0, 10);
  while (!calendar.isWorkingDay(received)) received = calendar.addWorkingDays(received, 1);
  let row = await repos.applications.create(
    {
      agencyId,
      channel: CHANNELS[int(CHANNELS.length)]!,
      receipt: { submittedOn: received },
      receivedOn: received,
      applicantType: APPLICANT_PARTS[int(APPLICANT_PARTS.length)]!,
      applicantName: `申请人${int(5)}`,
      identity: null,
      content: `申请内容${int(4)}`,
      createdBy: null,
    },
    calendar,
  );
  let last = received;
  for (let step = 0; step < 6; step += 1) {
    const app = toDomainApplication(row, row.events);
    const allowed = allowedEvents(app, calendar);
    if (!allowed.length) break;
    const type = allowed[int(allowed.length)]!;
    const date = calendar.addWorkingDays(last, 1 + int(r() < 0.3 ? 40 : 12));
    if (date > '2026-11-30') break;
    const event = {
      type,
      date,
      ...(type === 'supplementRequested'
        ? { respondBy: calendar.addWorkingDays(date, 3 + int(12)) }
        : {}),
      ...(type === 'replied' ? { outcome: OUTCOMES[int(OUTCOMES.length)]! } : {}),
      ...(type === 'feeNoticeIssued' ? { fee: { method: 'perItem', amountYuan: 100 } } : {}),
    } as StoredCaseEvent;
    try {
      row = await repos.applications.appendEvent(row.id, event, {
        recordedBy: null,
        calendar,
        check: (a, e) => checkEvent(a, e, TODAY, calendar),
      });
      last = date;
    } catch (e) {
      // A refused event (e.g. 补正 asked too late) is part of the property: nothing was written.
      if (!(e instanceof XxgkError) || e.code !== 'record.conflict') throw e;
    }
  }
}

describe('the report compiled from random histories in the database', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'passes every table identity, carries over what last year carried forward and matches the pure compile (seed %i)',
    async (seed) => {
      const r = seededRandom(seed);
      const org = await createSampleOrganisation(repos, `性${seed}`);
      const agencyId = org.bureauA.id;
      for (let i = 0; i < 40; i += 1) await writeHistory(agencyId, r);
      for (let i = 0; i < 4; i += 1) {
        const filedOn = `202${4 + Math.floor(r() * 3)}-0${1 + Math.floor(r() * 9)}-15`;
        const decided = r() < 0.6;
        await repos.reviewCases.create({
          agencyId,
          kind: (
            ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const
          )[Math.floor(r() * 3)]!,
          applicationId: null,
          filedOn,
          result: decided
            ? (['upheld', 'corrected', 'other'] as const)[Math.floor(r() * 3)]!
            : 'pending',
          decidedOn: decided ? filedOn.replace('-15', '-28') : null,
          createdBy: null,
        });
      }
      const page = await repos.applications.list({ agencyId, today: TODAY }, { pageSize: 200 });
      const domain: Application[] = [];
      for (const item of page.items) {
        const full = (await repos.applications.get(item.id))!;
        domain.push(toDomainApplication(full, full.events));
      }
      const reviewCases = (await repos.reviewCases.list({ agencyId })).map(toDomainReviewCase);

      // The histories are not trivial: cases end in many ways, some stay open, events were kept.
      expect(
        new Set(domain.map((a) => a.events.at(-1)?.type ?? 'none')).size,
      ).toBeGreaterThanOrEqual(3);
      let carried = 0;
      let processed = 0;
      let previous = null;
      for (const year of [2024, 2025, 2026]) {
        const compiled = await repos.casework.compile({
          agencyId,
          agencyName: org.bureauA.name,
          year,
          calendar,
        });
        const report = compiled.report;
        const findings = check(previous ? { report, previous } : { report });
        expect(
          findings.filter((f) => IDENTITY_RULES.includes(f.rule) || f.severity === 'error'),
          `seed ${seed}, ${year}`,
        ).toEqual([]);
        if (previous)
          expect(report.applications.carriedOver, `seed ${seed}, ${year}`).toEqual(
            previous.applications.carriedForward,
          );
        const pure = compileReport({
          agencyName: org.bureauA.name,
          year,
          applications: domain,
          reviewCases,
          calendar,
        });
        expect({ ...report, sections: {} }, `seed ${seed}, ${year}`).toEqual({
          ...pure.report,
          sections: {},
        });
        for (const [path, ids] of Object.entries(pure.drillDown)) {
          if (!path.startsWith('applications.')) continue;
          const where = repos.casework.applicationCellCondition(agencyId, year, path)!;
          const rows = await repos.applications.listWhere(where);
          expect(rows.map((x) => String(x.id)).sort(), `seed ${seed}, ${year}, ${path}`).toEqual(
            [...ids].sort(),
          );
        }
        carried += report.applications.carriedForward?.total ?? 0;
        processed += report.applications.totalProcessed?.total ?? 0;
        previous = report;
      }
      expect(carried).toBeGreaterThan(0);
      expect(processed).toBeGreaterThan(20);
    },
    120_000,
  );
});
