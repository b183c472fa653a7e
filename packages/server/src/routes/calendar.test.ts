import { computeDeadline, type DeadlineEvent } from '@xxgk/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../testing/test-app.js';

/**
 * A made-up arrangement for 2027, marked as test data: 元旦 on Friday 1 January with the
 * weekend, no make-up days. Enough to see open deadlines that run into 2027 get their date.
 */
const TEST_2027 = {
  year: 2027,
  notices: [
    {
      number: null,
      numberConfirmed: false,
      title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
      issued: '2026-11-05',
    },
  ],
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  makeUpWorkdays: [],
};

let t: TestApp;
let admin: Caller;
let clerk: Caller;
let reviewer: Caller;
let auditor: Caller;
let lateCase: number;
let earlyCase: number;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-12-09T02:00:00Z');
  [admin, clerk, reviewer, auditor] = await Promise.all([
    t.as(t.users.admin),
    t.as(t.users.clerk),
    t.as(t.users.reviewer),
    t.as(t.users.auditor),
  ]);
  const make = async (receivedOn: string, agencyId: number) =>
    (
      await t.repos.applications.create({
        agencyId,
        channel: 'inPerson',
        receipt: { submittedOn: receivedOn },
        receivedOn,
        applicantType: 'naturalPerson',
        applicantName: '王五',
        identity: null,
        content: `测试申请 ${receivedOn}`,
        createdBy: null,
      })
    ).id;
  // Received Monday 2026-12-07: the 20th working day falls in January 2027.
  lateCase = await make('2026-12-07', t.org.bureauA.id);
  // Received 2026-11-02: due in November, untouched by 2027.
  earlyCase = await make('2026-11-02', t.org.governmentB.id);
}, 60_000);
afterAll(async () => t?.close());

const err = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; message: string } }>().error;

describe('the calendar years', () => {
  it('list the built-in years 2019–2026 with their notices to every casework role', async () => {
    const res = await clerk.request({ method: 'GET', url: '/api/calendar/years' });
    expect(res.statusCode).toBe(200);
    const { years } = res.json<{ years: { year: number; notice: string; source: string }[] }>();
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.every((y) => y.source === 'builtIn')).toBe(true);
    expect(years.find((y) => y.year === 2025)?.notice).toBe(
      '国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》',
    );
    expect((await reviewer.request({ method: 'GET', url: '/api/calendar/years' })).statusCode).toBe(
      200,
    );
    expect((await auditor.request({ method: 'GET', url: '/api/calendar/years' })).statusCode).toBe(
      403,
    );
  });

  it('are loaded by the administrator only, and refused in Chinese when the data is wrong', async () => {
    const asClerk = await clerk.request({
      method: 'POST',
      url: '/api/calendar/years',
      payload: TEST_2027,
    });
    expect(asClerk.statusCode).toBe(403);
    expect(
      (await reviewer.request({ method: 'POST', url: '/api/calendar/years', payload: TEST_2027 }))
        .statusCode,
    ).toBe(403);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/calendar/years',
      payload: { ...TEST_2027, makeUpWorkdays: [{ date: '2027-01-04', name: '元旦' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(err(bad).code).toBe('calendar.invalid-input');
    expect(err(bad).message).toMatch(/^2027年节假日安排数据有误/u);
    expect(await t.repos.calendarYears.list()).toEqual([]);
  });

  it('recompute open deadlines when a year is loaded, with the change in the audit log', async () => {
    expect((await t.repos.applications.get(lateCase))?.dueOn).toBeNull();
    const earlyDue = (await t.repos.applications.get(earlyCase))?.dueOn;
    expect(earlyDue).toBe('2026-11-30');

    const res = await admin.request({
      method: 'POST',
      url: '/api/calendar/years',
      payload: TEST_2027,
    });
    expect(res.statusCode, res.body).toBe(200);
    // Dec 8–11, 14–18, 21–25, 28–31 are working days 1–18; Jan 1–3 off; Jan 4 and 5 are 19 and 20.
    expect(res.json()).toEqual({
      year: 2027,
      recomputed: 2,
      changed: [
        {
          applicationId: String(lateCase),
          number: '〔2026〕第0001号',
          agencyName: t.org.bureauA.name,
          oldDue: null,
          newDue: '2027-01-05',
        },
      ],
    });
    expect((await t.repos.applications.get(lateCase))?.dueOn).toBe('2027-01-05');
    expect((await t.repos.applications.get(earlyCase))?.dueOn).toBe(earlyDue);

    const log = await t.repos.audit.query({ action: 'calendar.load' });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ actorId: t.users.admin, entityId: '2027' });
    expect(log.items[0]?.detail).toMatchObject({
      recomputed: 2,
      changed: [{ number: '〔2026〕第0001号', oldDue: null, newDue: '2027-01-05' }],
    });

    const { years } = (await clerk.request({ method: 'GET', url: '/api/calendar/years' })).json<{
      years: { year: number; source: string; loadedBy?: string; loadedAt?: string }[];
    }>();
    expect(years.at(-1)).toMatchObject({ year: 2027, source: 'loaded', loadedBy: 'admin（测试）' });
  });

  it('replace an earlier load of the same year and move the deadlines again', async () => {
    const amended = {
      ...TEST_2027,
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-04' }],
    };
    const res = await admin.request({
      method: 'POST',
      url: '/api/calendar/years',
      payload: amended,
    });
    expect(res.json()).toMatchObject({
      changed: [{ oldDue: '2027-01-05', newDue: '2027-01-06' }],
    });
    expect(await t.repos.calendarYears.list()).toHaveLength(1);
    const deadline = await clerk.request({
      method: 'GET',
      url: '/api/calendar/deadline?received=2026-12-07',
    });
    expect(deadline.json()).toMatchObject({ due: '2027-01-06' });
  });
});

describe('the deadline endpoint', () => {
  it('gives the same answer as xxgk deadline (computeDeadline) on the built-in years', async () => {
    const events: DeadlineEvent[] = [
      { type: 'supplementRequested', date: '2025-12-12' },
      { type: 'supplementReceived', date: '2025-12-15' },
    ];
    const res = await reviewer.request({
      method: 'GET',
      url: `/api/calendar/deadline?received=2025-12-10&events=${encodeURIComponent(JSON.stringify(events))}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const expected = computeDeadline({ received: '2025-12-10', events });
    expect(res.json()).toEqual({ due: '2026-01-13', explanation: expected.explanation });
  });

  it('answers the worked example of domain.md §6.5 with its explanation', async () => {
    const res = await admin.request({
      method: 'GET',
      url: '/api/calendar/deadline?received=2025-09-26',
    });
    const body = res.json<{ due: string; explanation: string[] }>();
    expect(body.due).toBe('2025-10-30');
    expect(body.explanation.join('\n')).toContain('国庆节');
  });

  it('appends warnings as 注意 lines', async () => {
    const events = [
      { type: 'supplementRequested', date: '2025-10-14' },
      { type: 'supplementReceived', date: '2025-10-15' },
    ];
    const res = await clerk.request({
      method: 'GET',
      url: `/api/calendar/deadline?received=2025-09-26&events=${encodeURIComponent(JSON.stringify(events))}`,
    });
    const body = res.json<{ due: string; explanation: string[] }>();
    expect(body.due).toBe('2025-11-12');
    expect(body.explanation.at(-1)).toMatch(/^注意：补正告知于2025年10月14日作出/u);
  });

  it('refuses bad input in Chinese with 400', async () => {
    const get = (query: string) =>
      clerk.request({ method: 'GET', url: `/api/calendar/deadline?${query}` });
    const badDate = await get('received=2025-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(err(badDate).message).toContain('不是有效的日期');
    const badJson = await get('received=2025-09-26&events=%5B%7B');
    expect(badJson.statusCode).toBe(400);
    expect(err(badJson).message).toContain('不是有效的 JSON');
    const badType = await get(
      `received=2025-09-26&events=${encodeURIComponent('[{"type":"lunch","date":"2025-09-30"}]')}`,
    );
    expect(badType.statusCode).toBe(400);
    expect(
      (await auditor.request({ method: 'GET', url: '/api/calendar/deadline?received=2025-09-26' }))
        .statusCode,
    ).toBe(403);
  });
});
