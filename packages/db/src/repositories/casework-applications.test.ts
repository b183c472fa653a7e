import { compileReport, type Application } from '@xxgk/casework';
import { BUILT_IN_YEARS, Calendar, type CalendarYear } from '@xxgk/calendar';
import { XxgkError } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../open.js';
import {
  createSampleOrganisation,
  FAKE_PHC,
  testBackends,
  type SampleOrganisation,
  rejection,
} from '../testing/index.js';
import { toDomainApplication, type NewApplication } from './casework-applications.js';
import { createRepositories, type Repositories } from './index.js';

function intake(agencyId: number, receivedOn: string, extra: Partial<NewApplication> = {}) {
  return {
    agencyId,
    channel: 'inPerson' as const,
    receipt: { submittedOn: receivedOn },
    receivedOn,
    applicantType: 'naturalPerson' as const,
    applicantName: '张三',
    identity: null,
    content: '2024年本区义务教育学校招生计划',
    createdBy: null,
    ...extra,
  } satisfies NewApplication;
}

describe.each(testBackends())('casework applications on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let org: SampleOrganisation;
  let clerkId: number;

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    org = await createSampleOrganisation(repos, '案');
    clerkId = (
      await repos.users.create({
        username: 'case-clerk',
        displayName: '填报员',
        passwordHash: FAKE_PHC,
        role: 'clerk',
        agencyId: org.bureauA.id,
      })
    ).id;
  }, 60_000);
  afterAll(async () => handle?.close());

  it('number applications per agency and year of receipt without gaps, also when registered at once', async () => {
    const agency = org.governmentB.id;
    const first = await repos.applications.create(intake(agency, '2024-12-30'));
    const batch = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        repos.applications.create(intake(agency, '2025-01-06', { applicantName: `申请人${i}` })),
      ),
    );
    expect(first.number).toBe('〔2024〕第0001号');
    expect(batch.map((a) => a.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(batch.map((a) => a.number)).size).toBe(8);
    expect(batch.every((a) => a.yearOfReceipt === 2025)).toBe(true);
  });

  it('derive the due date on registration and keep it current with every event', async () => {
    // Received Friday 2025-09-26; 20 working days skip the National Day week (10-01..10-08)
    // and count the make-up Saturday 2025-09-28 and 2025-10-11.
    const created = await repos.applications.create(intake(org.bureauA.id, '2025-09-26'));
    expect(created).toMatchObject({ statusKind: 'received', closedOn: null, eventCount: 0 });
    const expected = new Calendar(BUILT_IN_YEARS).addWorkingDays('2025-09-26', 20);
    expect(created.dueOn).toBe(expected);

    const asked = await repos.applications.appendEvent(
      created.id,
      { type: 'supplementRequested', date: '2025-09-29', respondBy: '2025-10-20' },
      { recordedBy: clerkId },
    );
    expect(asked).toMatchObject({ statusKind: 'awaitingSupplement', dueOn: null });
    // Until the 补正 arrives the case would lapse on the respond-by date.
    expect(asked).toMatchObject({ closedOn: '2025-10-20', closedBy: 'noCorrection' });

    const supplied = await repos.applications.appendEvent(
      created.id,
      { type: 'supplementReceived', date: '2025-10-13' },
      { recordedBy: clerkId },
    );
    expect(supplied).toMatchObject({ statusKind: 'received', closedOn: null });
    expect(supplied.dueOn).toBe(Calendar.builtIn().addWorkingDays('2025-10-13', 20));

    const extended = await repos.applications.appendEvent(
      created.id,
      { type: 'extensionApproved', date: '2025-11-03' },
      { recordedBy: clerkId },
    );
    expect(extended.statusKind).toBe('extended');
    expect(extended.dueOn).toBe(Calendar.builtIn().addWorkingDays('2025-10-13', 40));

    const replied = await repos.applications.appendEvent(
      created.id,
      { type: 'replied', date: '2025-11-20', outcome: 'partiallyGranted' },
      { recordedBy: clerkId },
    );
    expect(replied).toMatchObject({
      statusKind: 'concluded',
      dueOn: null,
      closedOn: '2025-11-20',
      closedBy: 'replied',
      outcome: 'partiallyGranted',
      eventCount: 4,
    });
    expect(replied.events.map((e) => [e.seq, e.type, e.recordedBy])).toEqual([
      [1, 'supplementRequested', clerkId],
      [2, 'supplementReceived', clerkId],
      [3, 'extensionApproved', clerkId],
      [4, 'replied', clerkId],
    ]);
  });

  it('write nothing when the check refuses an event', async () => {
    const app = await repos.applications.create(intake(org.bureauA.id, '2025-03-03'));
    const error = await rejection(
      repos.applications.appendEvent(
        app.id,
        { type: 'withdrawn', date: '2025-03-04' },
        {
          recordedBy: clerkId,
          check: () => {
            throw new XxgkError('record.conflict', '测试拒绝');
          },
        },
      ),
    );
    expect(error.message).toBe('测试拒绝');
    const after = await repos.applications.get(app.id);
    expect(after).toMatchObject({ eventCount: 0, events: [], closedOn: null });
  });

  it('refuse to change or delete a recorded event, whoever asks', async () => {
    const app = await repos.applications.create(intake(org.bureauA.id, '2025-03-05'));
    await repos.applications.appendEvent(
      app.id,
      { type: 'withdrawn', date: '2025-03-06' },
      { recordedBy: clerkId },
    );
    for (const statement of [
      sql`update application_events set date = '2025-03-07' where application_id = ${app.id}`,
      sql`delete from application_events where application_id = ${app.id}`,
    ]) {
      const failure = await handle.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      expect(String((failure as { cause?: { message?: string } })?.cause?.message)).toContain(
        '只能追加',
      );
    }
  });

  it('store the identity document only protected and match duplicates by its keyed hash', async () => {
    const agency = org.cityBureau.id;
    const identity = {
      kind: '居民身份证',
      encrypted: new Uint8Array([1, 2, 3, 4]),
      masked: '110***********1234',
      hash: 'h1',
    };
    const a = await repos.applications.create(
      intake(agency, '2025-02-10', { identity, content: '某某路拓宽工程的批复文件。' }),
    );
    await repos.applications.appendEvent(
      a.id,
      { type: 'replied', date: '2025-02-20', outcome: 'granted' },
      { recordedBy: null },
    );
    const b = await repos.applications.create(
      intake(agency, '2025-03-10', {
        identity: { ...identity, encrypted: new Uint8Array([9]) },
        applicantName: '张 三',
        content: '某某路拓宽工程的批复文件',
      }),
    );
    const other = await repos.applications.create(
      intake(agency, '2025-03-11', { identity: { ...identity, hash: 'h2' } }),
    );
    expect(b.identityNumberEnc).toEqual(new Uint8Array([9]));
    expect(b.identityMasked).toBe('110***********1234');
    expect(await repos.applications.duplicatesOf(b)).toEqual([
      {
        id: a.id,
        number: a.number,
        receivedOn: '2025-02-10',
        closedOn: '2025-02-20',
        closedBy: 'replied',
      },
    ]);
    expect(await repos.applications.duplicatesOf(a)).toEqual([]);
    expect(await repos.applications.duplicatesOf(other)).toEqual([]);
  });

  describe('lists', () => {
    let sample: SampleOrganisation;
    beforeAll(async () => {
      sample = await createSampleOrganisation(repos, '列');
      const agency = sample.bureauA.id;
      const mk = (on: string, name: string, content = '某项目环评报告') =>
        repos.applications.create(intake(agency, on, { applicantName: name, content }));
      await mk('2025-06-02', '李四'); // due 2025-07-01: overdue on 07-10
      const soon = await mk('2025-06-16', '王五'); // due 07-14
      const closed = await mk('2025-06-03', '赵六', '某路灯维修合同');
      await repos.applications.appendEvent(
        closed.id,
        { type: 'replied', date: '2025-06-20', outcome: 'granted' },
        { recordedBy: null },
      );
      const paused = await mk('2025-06-20', '钱七');
      await repos.applications.appendEvent(
        paused.id,
        { type: 'consultationStarted', date: '2025-06-23' },
        { recordedBy: null },
      );
      await mk('2024-11-01', '孙八');
      expect(soon.dueOn).toBe('2025-07-14');
    });

    const names = (page: { items: { applicantName: string }[] }) =>
      page.items.map((i) => i.applicantName);

    it('show open cases by due date, then closed ones by number, newest first', async () => {
      const page = await repos.applications.list({
        agencyId: sample.bureauA.id,
        today: '2025-07-10',
      });
      expect(names(page)).toEqual(['孙八', '李四', '王五', '钱七', '赵六']);
      expect(page.total).toBe(5);
    });

    it('filter by year, view and text', async () => {
      const base = { agencyId: sample.bureauA.id, today: '2025-07-10', dueSoonUntil: '2025-07-17' };
      expect(
        names(await repos.applications.list({ ...base, year: 2025, view: 'overdue' })),
      ).toEqual(['李四']);
      expect(names(await repos.applications.list({ ...base, view: 'dueSoon' }))).toEqual(['王五']);
      expect(names(await repos.applications.list({ ...base, view: 'closed' }))).toEqual(['赵六']);
      expect((await repos.applications.list({ ...base, view: 'open' })).total).toBe(4);
      expect(names(await repos.applications.list({ ...base, search: '路灯' }))).toEqual(['赵六']);
      expect(names(await repos.applications.list({ ...base, search: '〔2024〕' }))).toEqual([
        '孙八',
      ]);
      expect(names(await repos.applications.list({ ...base, search: '%' }))).toEqual([]);
      expect(
        (await repos.applications.list({ regionId: sample.city.id, today: '2025-07-10' })).total,
      ).toBe(5);
      expect(
        (await repos.applications.list({ regionId: sample.districtB.id, today: '2025-07-10' }))
          .total,
      ).toBe(0);
    });

    it('give the overdue and due-soon cases of the agencies in scope', async () => {
      const rows = await repos.applications.dueRows(
        { regionId: sample.city.id },
        '2025-07-10',
        '2025-07-17',
      );
      expect(rows.map((r) => r.applicantName)).toEqual(['孙八', '李四', '王五']);
    });
  });

  it('recompute open deadlines when a calendar year changes, and say which moved', async () => {
    const sample = await createSampleOrganisation(repos, '历');
    const open = await repos.applications.create(intake(sample.bureauA.id, '2026-12-01'));
    const closed = await repos.applications.create(intake(sample.bureauA.id, '2026-11-02'));
    await repos.applications.appendEvent(
      closed.id,
      { type: 'replied', date: '2026-11-10', outcome: 'granted' },
      { recordedBy: null },
    );
    expect(open.dueOn).toBe('2026-12-29');
    // A loaded 2026 that (counterfactually) gives 2026-12-28 off.
    const y2026 = BUILT_IN_YEARS.find((y) => y.year === 2026)!;
    const changed: CalendarYear = {
      ...y2026,
      holidays: [...y2026.holidays, { name: '测试假日', from: '2026-12-28', to: '2026-12-28' }],
    };
    const calendar = Calendar.builtIn().withYears(changed);
    const result = await repos.applications.recomputeOpen('2026-12-02', calendar);
    const mine = result.changed.filter((c) => c.agencyId === sample.bureauA.id);
    expect(mine).toEqual([
      {
        id: open.id,
        number: open.number,
        agencyId: sample.bureauA.id,
        agencyName: sample.bureauA.name,
        oldDue: '2026-12-29',
        newDue: '2026-12-30',
      },
    ]);
    expect((await repos.applications.get(open.id))?.dueOn).toBe('2026-12-30');
  });

  it('compile table 三 by aggregate SQL exactly as the pure compileReport counts the same cases', async () => {
    const sample = await createSampleOrganisation(repos, '编');
    const agency = sample.governmentA.id;
    const script: [
      string,
      NewApplication['applicantType'],
      Parameters<typeof repos.applications.appendEvent>[1][],
    ][] = [
      ['2024-12-20', 'naturalPerson', []],
      ['2024-12-24', 'commercial', [{ type: 'replied', date: '2025-01-10', outcome: 'granted' }]],
      [
        '2025-03-03',
        'research',
        [{ type: 'replied', date: '2025-03-20', outcome: 'withheld.stateSecret' }],
      ],
      ['2025-05-06', 'naturalPerson', [{ type: 'withdrawn', date: '2025-05-08' }]],
      ['2025-12-29', 'legalService', []],
      [
        '2025-11-03',
        'otherOrg',
        [{ type: 'supplementRequested', date: '2025-11-05', respondBy: '2025-11-20' }],
      ],
      [
        '2025-12-01',
        'socialWelfare',
        [
          {
            type: 'feeNoticeIssued',
            date: '2025-12-02',
            fee: { method: 'perItem', amountYuan: 100 },
          },
          { type: 'feePaid', date: '2025-12-05' },
        ],
      ],
    ];
    const domain: Application[] = [];
    for (const [on, type, events] of script) {
      let row = await repos.applications.create(intake(agency, on, { applicantType: type }));
      for (const e of events)
        row = await repos.applications.appendEvent(row.id, e, { recordedBy: null });
      domain.push(toDomainApplication(row, row.events));
    }
    await repos.reviewCases.create({
      agencyId: agency,
      kind: 'reconsideration',
      applicationId: null,
      filedOn: '2025-04-01',
      result: 'upheld',
      decidedOn: '2025-06-01',
      createdBy: null,
    });
    for (const year of [2024, 2025, 2026]) {
      const fromDb = await repos.casework.compile({
        agencyId: agency,
        agencyName: '编甲区人民政府',
        year,
      });
      const pure = compileReport({
        agencyName: '编甲区人民政府',
        year,
        applications: domain,
        reviewCases: (await repos.reviewCases.list({ agencyId: agency })).map((r) => ({
          id: String(r.id),
          agencyId: String(r.agencyId),
          kind: r.kind,
          applicationId: null,
          filedOn: r.filedOn,
          result: r.result,
          decidedOn: r.decidedOn,
        })),
        feesCollectedYuan: year === 2025 ? 100 : 0,
      });
      expect(fromDb.report).toEqual(pure.report);
      for (const [path, ids] of Object.entries(pure.drillDown)) {
        if (!path.startsWith('applications.')) continue;
        const where = repos.casework.applicationCellCondition(agency, year, path);
        const rows = await repos.applications.listWhere(where!);
        expect(rows.map((r) => String(r.id)).sort(), path).toEqual([...ids].sort());
      }
    }
    expect(
      repos.casework.applicationCellCondition(agency, 2025, 'applications.nope.total'),
    ).toBeNull();
  });
});

describe.each(testBackends())('casework registers on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  let org: SampleOrganisation;

  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
    org = await createSampleOrganisation(repos, '册');
  }, 60_000);
  afterAll(async () => handle?.close());

  it('list proactive items of a year with their count per channel', async () => {
    const item = (title: string, publishedOn: string, channel: 'portal' | 'newMedia') => ({
      agencyId: org.bureauA.id,
      title,
      publishedOn,
      channel,
      category: '通知公告',
      createdBy: null,
    });
    await repos.proactiveItems.add([
      item('甲', '2025-01-02', 'portal'),
      item('乙', '2025-05-02', 'newMedia'),
      item('丙', '2025-06-02', 'portal'),
      item('丁', '2024-06-02', 'portal'),
    ]);
    const page = await repos.proactiveItems.list(
      { agencyId: org.bureauA.id, year: 2025 },
      { pageSize: 2 },
    );
    expect(page.items.map((i) => i.title)).toEqual(['丙', '乙']);
    expect(page.total).toBe(3);
    expect(page.byChannel).toEqual({ portal: 2, newMedia: 1 });
  });

  it('replace an agency year’s Article 20 figures', async () => {
    const figures = {
      regulations: { issued: 1, repealed: 0, inForce: 5 },
      normativeDocuments: { issued: 3, repealed: 1, inForce: 20 },
      licensingDecisions: 100,
      punishmentDecisions: 7,
      coercionDecisions: 0,
      feesWanYuan: 1.5,
    };
    expect(await repos.article20.get(org.bureauA.id, 2025)).toBeNull();
    await repos.article20.put(org.bureauA.id, 2025, figures, null);
    await repos.article20.put(org.bureauA.id, 2025, { ...figures, licensingDecisions: 101 }, null);
    expect((await repos.article20.get(org.bureauA.id, 2025))?.licensingDecisions).toBe(101);
  });

  it('register review cases linked to the agency’s own applications and list those a year counts', async () => {
    const app = await repos.applications.create(intake(org.bureauA.id, '2024-05-06'));
    const elsewhere = await repos.applications.create(intake(org.governmentB.id, '2024-05-06'));
    const old = await repos.reviewCases.create({
      agencyId: org.bureauA.id,
      kind: 'litigationDirect',
      applicationId: app.id,
      filedOn: '2024-07-01',
      result: 'pending',
      decidedOn: null,
      createdBy: null,
    });
    expect(old.applicationNumber).toBe(app.number);
    const error = await rejection(
      repos.reviewCases.create({ ...old, applicationId: elsewhere.id, createdBy: null }),
    );
    expect(error.code).toBe('usage');
    await repos.reviewCases.create({
      ...old,
      filedOn: '2023-01-05',
      result: 'upheld',
      decidedOn: '2023-03-01',
      applicationId: null,
      createdBy: null,
    });
    expect(
      (await repos.reviewCases.list({ agencyId: org.bureauA.id, year: 2025 })).map((c) => c.id),
    ).toEqual([old.id]);
    const decided = await repos.reviewCases.decide(old.id, 'corrected', '2024-12-01');
    expect(decided).toMatchObject({ result: 'corrected', decidedOn: '2024-12-01' });
    expect(await repos.reviewCases.list({ agencyId: org.bureauA.id, year: 2025 })).toEqual([]);
  });

  it('store a loaded calendar year, replacing an earlier load', async () => {
    const y = BUILT_IN_YEARS.find((c) => c.year === 2026)!;
    await repos.calendarYears.put(y, null);
    await repos.calendarYears.put({ ...y, note: '更正' }, null);
    const rows = await repos.calendarYears.list();
    expect(rows.map((r) => [r.year, r.data.note])).toEqual([[2026, '更正']]);
  });
});
