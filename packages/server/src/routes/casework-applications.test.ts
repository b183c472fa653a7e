import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, storeReport, type Caller, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let clerk: Caller;
let clerkB: Caller;
let reviewer: Caller;
let reviewerB: Caller;
let admin: Caller;
let auditor: Caller;

beforeAll(async () => {
  t = await createTestApp({ label: '办' });
  // Monday 2025-12-15, 10:00 in China.
  t.clock.now = new Date('2025-12-15T02:00:00Z');
  ({ clerk, clerkB, reviewer, reviewerB, admin, auditor } = await t.everyone());
}, 60_000);
afterAll(async () => t?.close());

type Json = Record<string, unknown>;
const err = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; message: string } }>().error;

interface Detail {
  id: string;
  number: string;
  receivedOn: string;
  due: string | null;
  status: { kind: string; label: string };
  remaining: { text: string; workingDays: number | null; overdue: boolean; dueSoon: boolean };
  outcome: string | null;
  closedOn: string | null;
  identityDocumentMasked: string | null;
  events: { seq: number; type: string; label: string; recordedBy: string }[];
  deadline: { due: string | null; explanation: string[] };
  duplicates: { number: string; kind: string }[];
  allowedEvents: string[];
}

function intake(overrides: Json = {}): Json {
  return {
    agencyId: t.org.bureauA.id,
    channel: 'inPerson',
    receipt: { submittedOn: '2025-09-26' },
    applicant: {
      type: 'naturalPerson',
      name: '张三',
      identityDocument: { kind: '居民身份证', number: '110101199001011234' },
    },
    content: '本区2025年义务教育招生计划',
    requestedForm: '纸质',
    requestedDelivery: '邮寄',
    ...overrides,
  };
}

const post = (caller: Caller, url: string, payload: Json) =>
  caller.request({ method: 'POST', url, payload });

async function register(overrides: Json = {}): Promise<Detail> {
  const res = await post(clerk, '/api/casework/applications', intake(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

async function event(id: string, payload: Json, caller: Caller = clerk) {
  return post(caller, `/api/casework/applications/${id}/events`, payload);
}

describe('registering an application', () => {
  it('fixes the date of receipt by the channel, numbers it, explains the deadline and masks the identity number', async () => {
    const app = await register();
    expect(app).toMatchObject({
      receivedOn: '2025-09-26',
      number: expect.stringMatching(/^〔2025〕第\d{4}号$/u) as unknown,
      // 20 working days from Friday 2025-09-26 across the National Day week: 2025-10-30.
      due: '2025-10-30',
      status: { kind: 'received' },
      identityDocumentMasked: '110***********1234',
      allowedEvents: expect.arrayContaining(['supplementRequested', 'replied']) as unknown,
    });
    expect(JSON.stringify(app)).not.toContain('110101199001011234');
    expect(app.deadline.explanation.join('')).toContain('收到申请');
    // On 2025-12-15 the case is long overdue.
    expect(app.remaining.overdue).toBe(true);
    expect(app.remaining.text).toMatch(/^已超期\d+个工作日$/u);
    const row = await t.repos.applications.get(Number(app.id));
    expect(row?.identityNumberEnc?.length).toBeGreaterThan(28);
    expect(Buffer.from(row!.identityNumberEnc!).toString('utf8')).not.toContain('1101011990');
  });

  it('takes the post’s signed-for date and refuses a channel without its date', async () => {
    const posted = await register({
      channel: 'post',
      receipt: { signedForOn: '2025-12-01', submittedOn: '2025-11-20' },
    });
    expect(posted.receivedOn).toBe('2025-12-01');
    const res = await post(
      clerk,
      '/api/casework/applications',
      intake({ channel: 'email', receipt: { submittedOn: '2025-12-01' } }),
    );
    expect(res.statusCode).toBe(400);
    expect(err(res).message).toContain('双方确认日期');
  });

  it('reports a repeat of an answered application without refusing it', async () => {
    const first = await register({
      content: '某某路改造工程批复',
      receipt: { submittedOn: '2025-11-03' },
    });
    expect(
      (await event(first.id, { type: 'replied', date: '2025-11-10', outcome: 'granted' }))
        .statusCode,
    ).toBe(201);
    const again = await register({
      content: '某某路改造工程批复。',
      receipt: { submittedOn: '2025-11-17' },
    });
    expect(again.duplicates).toEqual([
      expect.objectContaining({ number: first.number, kind: 'repeat' }),
    ]);
  });

  it('says the deadline is pending while the next year’s holiday notice is not loaded', async () => {
    const saved = t.clock.now;
    t.clock.now = new Date('2026-12-30T02:00:00Z');
    try {
      // A session made at the new time (the old one would have expired by then).
      const late = await t.as(t.users.clerk);
      const res = await post(
        late,
        '/api/casework/applications',
        intake({ receipt: { submittedOn: '2026-12-28' } }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const app = res.json<Detail>();
      expect(app.due).toBeNull();
      expect(app.remaining).toMatchObject({ text: '期限待定（节假日安排未载入）', overdue: false });
      expect(app.deadline.explanation.join('')).toContain('2027');
    } finally {
      t.clock.now = saved;
    }
  });

  it('is the clerk’s, for its own agency only', async () => {
    for (const caller of [reviewer, admin, auditor]) {
      const res = await post(caller, '/api/casework/applications', intake());
      expect(res.statusCode).toBe(403);
    }
    const res = await post(clerkB, '/api/casework/applications', intake());
    expect(res.statusCode).toBe(403);
    expect(err(res).message).toContain(t.org.bureauA.name);
    const invalid = await post(clerk, '/api/casework/applications', intake({ channel: 'pigeon' }));
    expect(invalid.statusCode).toBe(400);
  });
});

describe('recording events', () => {
  it('follows a case through 补正, extension and reply, with each step audited', async () => {
    const app = await register({ receipt: { submittedOn: '2025-11-03' } });
    let res = await event(app.id, {
      type: 'supplementRequested',
      date: '2025-11-05',
      respondBy: '2025-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Detail>()).toMatchObject({
      status: { kind: 'awaitingSupplement' },
      due: null,
      allowedEvents: expect.arrayContaining(['supplementReceived']) as unknown,
    });
    res = await event(app.id, {
      type: 'supplementRequested',
      date: '2025-11-06',
      respondBy: '2025-11-21',
    });
    expect(res.statusCode).toBe(409);
    expect(err(res).message).toContain('一次性告知');

    res = await event(app.id, { type: 'supplementReceived', date: '2025-11-10' });
    // 20 working days after Monday 2025-11-10.
    expect(res.json<Detail>()).toMatchObject({ status: { kind: 'received' }, due: '2025-12-08' });
    res = await event(app.id, { type: 'extensionApproved', date: '2025-12-01' });
    expect(res.json<Detail>()).toMatchObject({ status: { kind: 'extended' }, due: '2026-01-06' });
    res = await event(app.id, { type: 'extensionApproved', date: '2025-12-02' });
    expect(res.statusCode).toBe(409);
    expect(err(res).message).toContain('只能延长一次');

    res = await event(app.id, {
      type: 'replied',
      date: '2025-12-12',
      outcome: 'partiallyGranted',
      details: '附件第2页含有第三方个人信息，第三方不同意公开。',
    });
    const done = res.json<Detail>();
    expect(done).toMatchObject({
      status: { kind: 'concluded', label: '已办结' },
      outcome: 'partiallyGranted',
      closedOn: '2025-12-12',
      remaining: { text: '已办结', overdue: false },
      allowedEvents: [],
    });
    expect(done.events.map((e) => [e.seq, e.type, e.recordedBy])).toEqual([
      [1, 'supplementRequested', 'clerk（测试）'],
      [2, 'supplementReceived', 'clerk（测试）'],
      [3, 'extensionApproved', 'clerk（测试）'],
      [4, 'replied', 'clerk（测试）'],
    ]);
    res = await event(app.id, { type: 'withdrawn', date: '2025-12-13' });
    expect(res.statusCode).toBe(409);
    expect(err(res).message).toContain('办理已结束');

    const log = await t.repos.audit.query({ entity: 'application', entityId: app.id });
    expect(log.items.map((e) => e.action).sort()).toEqual(
      [
        'application.create',
        'application.event.extensionApproved',
        'application.event.replied',
        'application.event.supplementReceived',
        'application.event.supplementRequested',
      ].sort(),
    );
  });

  it('refuses sequences the law does not allow, saying why', async () => {
    const app = await register({ receipt: { submittedOn: '2025-11-03' } });
    const cases: [Json, string][] = [
      [{ type: 'supplementRequested', date: '2025-11-13', respondBy: '2025-11-28' }, '7个工作日'],
      [{ type: 'consultationEnded', date: '2025-11-05' }, '没有正在进行的征求意见'],
      [{ type: 'feePaid', date: '2025-11-05' }, '尚未发出收费通知'],
      [{ type: 'extensionApproved', date: '2025-10-30' }, '早于收到申请日期'],
      [{ type: 'replied', date: '2025-12-16', outcome: 'granted' }, '晚于今天'],
    ];
    for (const [payload, reason] of cases) {
      const res = await event(app.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(409);
      expect(err(res).message).toContain(reason);
    }
    const bad = await event(app.id, { type: 'replied', date: '2025-11-05', outcome: 'nonsense' });
    expect(bad.statusCode).toBe(400);
    const row = await t.repos.applications.get(Number(app.id));
    expect(row?.events).toEqual([]);
  });

  it('pauses the clock during a consultation and a fee notice', async () => {
    const app = await register({ receipt: { submittedOn: '2025-11-03' } });
    let res = await event(app.id, { type: 'consultationStarted', date: '2025-11-04' });
    expect(res.json<Detail>()).toMatchObject({
      status: { kind: 'paused' },
      due: null,
      remaining: { text: '已暂停计时' },
    });
    res = await event(app.id, { type: 'consultationEnded', date: '2025-11-07' });
    // Three working days (11-05..11-07) not counted: 2025-12-01 + 3 = 2025-12-04.
    expect(res.json<Detail>().due).toBe('2025-12-04');
    res = await event(app.id, {
      type: 'feeNoticeIssued',
      date: '2025-11-10',
      fee: { method: 'perItem', amountYuan: 100 },
    });
    // Recorded late: by today the 20 working days to pay have run out, so the case stands
    // concluded as unpaid — until the payment made in time is recorded.
    expect(res.json<Detail>()).toMatchObject({
      status: { kind: 'concluded' },
      outcome: 'otherHandling.unpaidFee',
      allowedEvents: expect.arrayContaining(['feePaid']) as unknown,
    });
    res = await event(app.id, { type: 'feePaid', date: '2025-11-12' });
    expect(res.json<Detail>().due).toBe('2025-12-08');
  });

  it('lets only the clerk of the application’s agency record, and hides it from others', async () => {
    const app = await register();
    const payload = { type: 'withdrawn', date: '2025-10-09' };
    for (const caller of [reviewer, admin, auditor])
      expect((await event(app.id, payload, caller)).statusCode).toBe(403);
    expect((await event(app.id, payload, clerkB)).statusCode).toBe(404);
    expect((await event('99999', payload)).statusCode).toBe(404);
  });
});

describe('reading', () => {
  it('shows a case to its agency’s clerk, the reviewer above it and the administrator only', async () => {
    const app = await register();
    const url = `/api/casework/applications/${app.id}`;
    for (const caller of [clerk, reviewer, admin])
      expect((await caller.request({ method: 'GET', url })).statusCode).toBe(200);
    for (const caller of [clerkB, reviewerB])
      expect((await caller.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await auditor.request({ method: 'GET', url })).statusCode).toBe(403);
  });

  it('lists by view and text within the caller’s scope', async () => {
    const list = async (caller: Caller, query: string) => {
      const res = await caller.request({
        method: 'GET',
        url: `/api/casework/applications?${query}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: Detail[]; total: number }>();
    };
    const mine = await list(clerk, 'year=2025');
    expect(mine.total).toBeGreaterThan(3);
    const overdue = await list(clerk, 'view=overdue');
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((i) => i.remaining.overdue)).toBe(true);
    const closed = await list(clerk, 'view=closed');
    expect(closed.items.every((i) => i.status.kind === 'concluded')).toBe(true);
    expect((await list(clerk, 'q=某某路')).total).toBe(2);
    expect((await list(reviewer, `agencyId=${t.org.bureauA.id}&year=2025`)).total).toBe(mine.total);
    expect((await list(clerkB, '')).total).toBe(0);
    expect((await list(admin, 'year=2025')).total).toBe(mine.total);
    const foreign = await clerkB.request({
      method: 'GET',
      url: `/api/casework/applications?agencyId=${t.org.bureauA.id}`,
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await auditor.request({ method: 'GET', url: '/api/casework/applications' })).statusCode,
    ).toBe(403);
  });

  it('lists overdue and due-soon cases per agency in scope', async () => {
    const soon = await register({ receipt: { submittedOn: '2025-11-17' } });
    expect(soon.due).toBe('2025-12-15');
    const res = await reviewer.request({ method: 'GET', url: '/api/casework/due' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      agencies: { agencyName: string; overdue: Detail[]; dueSoon: Detail[] }[];
    }>();
    expect(body.agencies.map((a) => a.agencyName)).toEqual([t.org.bureauA.name]);
    expect(body.agencies[0]!.dueSoon.map((a) => a.number)).toContain(soon.number);
    expect(body.agencies[0]!.overdue.length).toBeGreaterThan(0);
    const b = await reviewerB.request({ method: 'GET', url: '/api/casework/due' });
    expect(b.json<{ agencies: unknown[] }>().agencies).toEqual([]);
  });
});

describe('compiling the annual report', () => {
  interface Compiled {
    reportId: number;
    version: number;
    findings: { rule: string; severity: string }[];
  }
  it('saves a compiled report that passes the table identities, and recompiles as a new version', async () => {
    const res = await post(clerk, '/api/casework/compile', {
      agencyId: t.org.bureauA.id,
      year: 2025,
    });
    expect(res.statusCode, res.body).toBe(201);
    const first = res.json<Compiled>();
    expect(first.version).toBe(1);
    expect(first.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const stored = await t.repos.versions.current(first.reportId);
    const received = (
      await t.repos.applications.list({
        agencyId: t.org.bureauA.id,
        year: 2025,
        today: '2025-12-15',
      })
    ).total;
    expect(stored?.report.applications.received?.total).toBe(received);
    expect((await t.repos.reports.get(first.reportId))?.origin).toBe('compiled');

    const again = await post(clerk, '/api/casework/compile', {
      agencyId: t.org.bureauA.id,
      year: 2025,
    });
    expect(again.json<Compiled>()).toMatchObject({ reportId: first.reportId, version: 2 });
  });

  it('refuses to overwrite an imported or entered report, and anyone but the agency’s clerk', async () => {
    await storeReport(t, t.org.governmentB.id, 2024);
    const res = await post(clerkB, '/api/casework/compile', {
      agencyId: t.org.governmentB.id,
      year: 2024,
    });
    expect(res.statusCode).toBe(409);
    expect(err(res).message).toContain('不会覆盖');
    for (const caller of [reviewer, admin, auditor])
      expect(
        (await post(caller, '/api/casework/compile', { agencyId: t.org.bureauA.id, year: 2025 }))
          .statusCode,
      ).toBe(403);
    expect(
      (await post(clerkB, '/api/casework/compile', { agencyId: t.org.bureauA.id, year: 2025 }))
        .statusCode,
    ).toBe(403);
  });

  it('drills from a cell to the cases counted in it', async () => {
    const q = (caller: Caller, path: string, agencyId = t.org.bureauA.id) =>
      caller.request({
        method: 'GET',
        url: `/api/casework/compile/drilldown?agencyId=${agencyId}&year=2025&path=${encodeURIComponent(path)}`,
      });
    const compiled = await t.repos.reports.findByAgencyYear(t.org.bureauA.id, 2025);
    const report = (await t.repos.versions.current(compiled!.id))!.report;
    for (const path of [
      'applications.received.total',
      'applications.partiallyGranted.naturalPerson',
      'applications.carriedForward.total',
    ]) {
      const res = await q(reviewer, path);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{ label: string; applications: Detail[] }>();
      const [, row, col] = /^applications\.(.+)\.([^.]+)$/u.exec(path)!;
      expect(body.applications.length, path).toBe(report.applications[row!]?.[col as 'total']);
      expect(body.label.length).toBeGreaterThan(2);
    }
    await t.repos.reviewCases.create({
      agencyId: t.org.bureauA.id,
      kind: 'reconsideration',
      applicationId: null,
      filedOn: '2025-06-01',
      result: 'pending',
      decidedOn: null,
      createdBy: null,
    });
    const review = await q(clerk, 'review.reconsideration.pending');
    expect(
      review.json<{ reviewCases: { filedOn: string }[] }>().reviewCases.map((c) => c.filedOn),
    ).toEqual(['2025-06-01']);
    expect((await q(clerk, 'applications.nothing.total')).statusCode).toBe(400);
    expect((await q(clerkB, 'applications.received.total')).statusCode).toBe(404);
    expect((await q(auditor, 'applications.received.total')).statusCode).toBe(403);
  });
});
