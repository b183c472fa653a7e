import { check } from '@xxgk/checks';
import { APPLICANT_PARTS } from '@xxgk/model';
import { createRepositories, type DatabaseHandle, type Repositories } from '@xxgk/db';
import { openMigratedPglite } from '@xxgk/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASEWORK_AGENCIES, demoCases } from './demo-casework.js';
import { loadDemo } from './load-demo.js';

let handle: DatabaseHandle;
let repos: Repositories;
let agencyA: number;
let agencyB: number;

beforeAll(async () => {
  handle = await openMigratedPglite();
  repos = createRepositories(handle.db);
  await loadDemo(repos);
  const agencies = await repos.agencies.list();
  const id = (name: string) => agencies.find((a) => a.name === name)!.id;
  agencyA = id(DEMO_CASEWORK_AGENCIES[0]);
  agencyB = id(DEMO_CASEWORK_AGENCIES[1]);
}, 120_000);
afterAll(async () => handle?.close());

describe('the demo casework', () => {
  it('is the same on every start', () => {
    expect(JSON.stringify(demoCases())).toBe(JSON.stringify(demoCases()));
  });

  it('loads every generated case, across every channel and applicant type, for both clerks’ agencies', async () => {
    const all = await repos.applications.list({ today: '2026-12-07' }, { pageSize: 200 });
    expect(all.total).toBe(demoCases().length);
    expect(all.total).toBeGreaterThanOrEqual(30);
    expect(all.total).toBeLessThanOrEqual(80);
    expect(new Set(all.items.map((i) => i.agencyId))).toEqual(new Set([agencyA, agencyB]));
    expect(new Set(all.items.map((i) => i.channel)).size).toBe(6);
    expect(new Set(all.items.map((i) => i.applicantType))).toEqual(new Set(APPLICANT_PARTS));
    const byClosing = new Set(all.items.map((i) => i.closedBy));
    for (const how of ['replied', 'withdrawn', 'noCorrection', null])
      expect(byClosing).toContain(how);
  });

  it('gives every reply that must state reasons its reasons, as a clerk must', async () => {
    const all = await repos.applications.list({ today: '2026-12-07' }, { pageSize: 200 });
    const needing = all.items.filter(
      (i) =>
        i.closedBy === 'replied' &&
        i.outcome !== null &&
        (i.outcome === 'partiallyGranted' || i.outcome.startsWith('withheld.')),
    );
    expect(needing.length).toBeGreaterThan(0);
    for (const item of needing) {
      const app = await repos.applications.get(item.id);
      const reply = app?.events.map((e) => e.data).find((e) => e.type === 'replied');
      expect(reply?.type === 'replied' && reply.details, item.number).toBeTruthy();
    }
  });

  it('leaves one case overdue and others due soon on 2026-12-07', async () => {
    const base = { agencyId: agencyA, today: '2026-12-07', dueSoonUntil: '2026-12-14' };
    const overdue = await repos.applications.list({ ...base, view: 'overdue' });
    expect(overdue.items.map((i) => i.dueOn)).toEqual(['2026-11-30']);
    expect((await repos.applications.list({ ...base, view: 'dueSoon' })).total).toBeGreaterThan(0);
  });

  it('compiles to reports that pass every table identity and agree on the carry-over', async () => {
    for (const agencyId of [agencyA, agencyB]) {
      const [y2025, y2026] = await Promise.all(
        [2025, 2026].map((year) =>
          repos.casework.compile({ agencyId, agencyName: '演示机关', year }),
        ),
      );
      for (const compiled of [y2025!, y2026!]) {
        const errors = check({ report: compiled.report }).filter((f) => f.severity === 'error');
        expect(errors, `${agencyId} ${compiled.report.year}`).toEqual([]);
      }
      expect(y2026!.report.applications.carriedOver).toEqual(
        y2025!.report.applications.carriedForward,
      );
    }
    const a2025 = await repos.casework.compile({
      agencyId: agencyA,
      agencyName: '演示机关',
      year: 2025,
    });
    expect(a2025.report.applications.carriedForward?.total).toBeGreaterThanOrEqual(2);
    expect(a2025.report.review.reconsideration?.upheld).toBe(1);
    expect(a2025.report.proactive.licensing?.decisions).toBe(120);
  });
});
