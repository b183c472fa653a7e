import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let clerk: Caller;
let clerkB: Caller;
let reviewer: Caller;
let reviewerB: Caller;
let admin: Caller;
let auditor: Caller;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-12-07T02:00:00Z');
  ({ clerk, clerkB, reviewer, reviewerB, admin, auditor } = await t.everyone());
}, 60_000);
afterAll(async () => t?.close());

/**
 * GBK bytes of a text, built from the platform's GBK decoder (no encoder ships with Node):
 * every two-byte sequence is decoded once and the reverse map kept.
 */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`no GBK bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

const err = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; message: string } }>().error;

/** A multipart body with the `agencyId` field and one file, as the web client sends it. */
function upload(agencyId: number | null, fileName: string, bytes: Uint8Array, fieldFirst = true) {
  const boundary = `----xxgk${randomBytes(8).toString('hex')}`;
  const field =
    agencyId === null
      ? ''
      : `--${boundary}\r\nContent-Disposition: form-data; name="agencyId"\r\n\r\n${agencyId}\r\n`;
  const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const parts = fieldFirst
    ? [Buffer.from(field + fileHead), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]
    : [Buffer.from(fileHead), Buffer.from(bytes), Buffer.from(`\r\n${field}--${boundary}--\r\n`)];
  return {
    method: 'POST' as const,
    url: '/api/casework/proactive/import',
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const REGISTER = [
  '标题,发布日期,发布渠道,类别',
  '关于印发《2026年政务公开工作要点》的通知,2026-03-02,门户网站,政策文件',
  '2026年部门预算公开,2026-02-10,政府公报,财政预决算',
  '寒假安全提示,2026-01-20,政务微信,工作动态',
  '缺日期的一条,,门户网站,工作动态',
  '渠道不明的一条,2026-04-01,报纸,工作动态',
].join('\r\n');

describe('the proactive register', () => {
  it('imports a GBK CSV: valid rows go in, each bad row comes back with its line and reason', async () => {
    const res = await clerk.request(upload(t.org.bureauA.id, '主动公开.csv', gbk(REGISTER)));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      imported: 3,
      rejected: [
        { line: 5, message: '发布日期为空。' },
        {
          line: 6,
          message: '发布渠道“报纸”无法识别，应为“门户网站”、“政务新媒体”、“公报”、“其他”之一。',
        },
      ],
    });
    const list = await clerk.request({
      method: 'GET',
      url: `/api/casework/proactive?agencyId=${t.org.bureauA.id}&year=2026`,
    });
    const body = list.json<{
      items: { title: string; channelLabel: string }[];
      total: number;
      byChannel: Record<string, number>;
    }>();
    expect(body.total).toBe(3);
    expect(body.byChannel).toEqual({ portal: 1, gazette: 1, newMedia: 1 });
    expect(body.items.map((i) => i.title)).toEqual([
      '关于印发《2026年政务公开工作要点》的通知',
      '2026年部门预算公开',
      '寒假安全提示',
    ]);
    expect(body.items[0]?.channelLabel).toBe('门户网站');
    const log = await t.repos.audit.query({ action: 'proactive.import' });
    expect(log.items[0]?.detail).toMatchObject({ imported: 3, rejected: 2 });
  });

  it('imports 12,000 rows — more parameters than one INSERT may carry — in one transaction', async () => {
    const lines = ['标题,发布日期,发布渠道,类别'];
    for (let i = 1; i <= 12_000; i += 1)
      lines.push(
        `2025年第${i}号公告,2025-${String((i % 12) + 1).padStart(2, '0')}-15,门户网站,通知公告`,
      );
    const started = performance.now();
    const res = await clerkB.request(
      upload(t.org.governmentB.id, '大批量.csv', new TextEncoder().encode(lines.join('\n'))),
    );
    const ms = performance.now() - started;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 12_000, rejected: [] });
    const stored = await t.repos.proactiveItems.list({
      agencyId: t.org.governmentB.id,
      year: 2025,
    });
    expect(stored.total).toBe(12_000);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('takes the agencyId field after the file as well', async () => {
    const csv = '标题,发布日期,发布渠道\n字段在后,2026-05-06,其他\n';
    const res = await clerk.request(
      upload(t.org.bureauA.id, 'b.csv', new TextEncoder().encode(csv), false),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1, rejected: [] });
  });

  it('refuses a file that is not a register, a missing field, and a plain body — nothing imported', async () => {
    const before = await t.repos.proactiveItems.list({ agencyId: t.org.bureauA.id });
    const notRegister = await clerk.request(
      upload(t.org.bureauA.id, '年报.csv', new TextEncoder().encode('一、总体情况\n本年度……\n')),
    );
    expect(notRegister.statusCode).toBe(422);
    expect(err(notRegister).message).toContain('不是主动公开信息登记表');
    const noAgency = await clerk.request(upload(null, 'a.csv', new TextEncoder().encode(REGISTER)));
    expect(noAgency.statusCode).toBe(400);
    expect(err(noAgency).message).toContain('agencyId');
    const json = await clerk.request({
      method: 'POST',
      url: '/api/casework/proactive/import',
      payload: { agencyId: t.org.bureauA.id },
    });
    expect(json.statusCode).toBe(415);
    const after = await t.repos.proactiveItems.list({ agencyId: t.org.bureauA.id });
    expect(after.total).toBe(before.total);
  });

  it('refuses an import into another agency with 403, naming it', async () => {
    const res = await clerk.request(
      upload(t.org.governmentB.id, 'a.csv', new TextEncoder().encode(REGISTER)),
    );
    expect(res.statusCode).toBe(403);
    expect(err(res).message).toContain('测乙区人民政府');
  });

  it('adds one item for the clerk’s agency and refuses a future date and another agency', async () => {
    const item = {
      agencyId: t.org.bureauA.id,
      title: '单条登记',
      publishedOn: '2026-06-01',
      channel: 'newMedia',
      category: '工作动态',
    };
    const res = await clerk.request({
      method: 'POST',
      url: '/api/casework/proactive',
      payload: item,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      ...item,
      agencyId: String(t.org.bureauA.id),
      channelLabel: '政务新媒体',
    });
    const future = await clerk.request({
      method: 'POST',
      url: '/api/casework/proactive',
      payload: { ...item, publishedOn: '2027-01-05' },
    });
    expect(future.statusCode).toBe(400);
    expect(err(future).message).toContain('晚于今天');
    const other = await clerk.request({
      method: 'POST',
      url: '/api/casework/proactive',
      payload: { ...item, agencyId: t.org.governmentB.id },
    });
    expect(other.statusCode).toBe(403);
    const badDate = await clerk.request({
      method: 'POST',
      url: '/api/casework/proactive',
      payload: { ...item, publishedOn: '2026-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
  });

  it('shows a reviewer its subtree, answers another agency with 404, and refuses writes by role', async () => {
    const city = await reviewer.request({
      method: 'GET',
      url: '/api/casework/proactive?year=2026',
    });
    expect(city.json<{ total: number }>().total).toBeGreaterThanOrEqual(5);
    const b = await reviewerB.request({ method: 'GET', url: '/api/casework/proactive?year=2026' });
    expect(b.json<{ total: number }>().total).toBe(0);
    const outside = await reviewerB.request({
      method: 'GET',
      url: `/api/casework/proactive?agencyId=${t.org.bureauA.id}`,
    });
    expect(outside.statusCode).toBe(404);
    const clerkOutside = await clerkB.request({
      method: 'GET',
      url: `/api/casework/proactive?agencyId=${t.org.bureauA.id}`,
    });
    expect(clerkOutside.statusCode).toBe(404);
    const all = await admin.request({ method: 'GET', url: '/api/casework/proactive' });
    expect(all.statusCode).toBe(200);
    const payload = {
      agencyId: t.org.bureauA.id,
      title: 'x',
      publishedOn: '2026-01-05',
      channel: 'portal',
      category: '',
    };
    for (const caller of [reviewer, admin, auditor]) {
      const res = await caller.request({ method: 'POST', url: '/api/casework/proactive', payload });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (await auditor.request({ method: 'GET', url: '/api/casework/proactive' })).statusCode,
    ).toBe(403);
  });
});

const FIGURES = {
  regulations: { issued: 1, repealed: 0, inForce: 12 },
  normativeDocuments: { issued: 5, repealed: 2, inForce: 40 },
  licensingDecisions: 300,
  punishmentDecisions: 25,
  coercionDecisions: 3,
  feesWanYuan: 12.5,
};

describe('the Article 20 figures', () => {
  it('are null until entered, then saved, replaced and read back, with the change audited', async () => {
    const url = `/api/casework/article20?agencyId=${t.org.bureauA.id}&year=2026`;
    expect((await clerk.request({ method: 'GET', url })).json()).toEqual({
      agencyId: String(t.org.bureauA.id),
      year: 2026,
      figures: null,
    });
    const put = (figures: unknown, caller = clerk, agencyId = t.org.bureauA.id) =>
      caller.request({
        method: 'PUT',
        url: '/api/casework/article20',
        payload: { agencyId, year: 2026, figures },
      });
    expect((await put(FIGURES)).json()).toMatchObject({ figures: FIGURES });
    const changed = { ...FIGURES, licensingDecisions: 301 };
    expect((await put(changed)).statusCode).toBe(200);
    expect((await reviewer.request({ method: 'GET', url })).json()).toMatchObject({
      figures: changed,
    });
    const log = await t.repos.audit.query({ action: 'article20.put' });
    expect(log.items[0]?.detail).toMatchObject({ before: FIGURES, after: changed });

    const negative = await put({ ...FIGURES, coercionDecisions: -1 });
    expect(negative.statusCode).toBe(400);
    const fraction = await put({ ...FIGURES, licensingDecisions: 1.5 });
    expect(fraction.statusCode).toBe(400);
    expect((await put(FIGURES, clerk, t.org.governmentB.id)).statusCode).toBe(403);
    expect((await put(FIGURES, reviewer)).statusCode).toBe(403);
    expect((await reviewerB.request({ method: 'GET', url })).statusCode).toBe(404);
  });
});

describe('the 复议/诉讼 register', () => {
  let applicationId: number;
  let applicationB: number;

  beforeAll(async () => {
    const make = async (agencyId: number) =>
      (
        await t.repos.applications.create({
          agencyId,
          channel: 'inPerson',
          receipt: { submittedOn: '2026-03-02' },
          receivedOn: '2026-03-02',
          applicantType: 'naturalPerson',
          applicantName: '李四',
          identity: null,
          content: '某路段拓宽工程的立项批复',
          createdBy: null,
        })
      ).id;
    applicationId = await make(t.org.bureauA.id);
    applicationB = await make(t.org.governmentB.id);
  });

  it('registers a case linked to the agency’s own application and records its result', async () => {
    const res = await clerk.request({
      method: 'POST',
      url: '/api/casework/review-cases',
      payload: {
        agencyId: t.org.bureauA.id,
        kind: 'reconsideration',
        applicationId: String(applicationId),
        filedOn: '2026-05-10',
        result: 'pending',
        decidedOn: null,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<{ id: string }>();
    expect(created).toMatchObject({
      kind: 'reconsideration',
      kindLabel: '行政复议',
      applicationId: String(applicationId),
      applicationNumber: '〔2026〕第0001号',
      result: 'pending',
      resultLabel: '尚未审结',
      decidedOn: null,
    });
    const patched = await clerk.request({
      method: 'PATCH',
      url: `/api/casework/review-cases/${created.id}`,
      payload: { result: 'corrected', decidedOn: '2026-07-01' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      result: 'corrected',
      resultLabel: '结果纠正',
      decidedOn: '2026-07-01',
    });
    const list = await reviewer.request({
      method: 'GET',
      url: `/api/casework/review-cases?agencyId=${t.org.bureauA.id}&year=2026`,
    });
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([created.id]);
    const log = await t.repos.audit.query({ action: 'review-case.' });
    expect(log.items.map((e) => e.action)).toEqual(['review-case.decide', 'review-case.create']);
  });

  it('refuses a link to another agency’s application, an inconsistent result, and a decision before filing', async () => {
    const post = (payload: Record<string, unknown>) =>
      clerk.request({
        method: 'POST',
        url: '/api/casework/review-cases',
        payload: {
          agencyId: t.org.bureauA.id,
          kind: 'litigationDirect',
          applicationId: null,
          filedOn: '2026-05-10',
          result: 'pending',
          decidedOn: null,
          ...payload,
        },
      });
    const foreign = await post({ applicationId: String(applicationB) });
    expect(foreign.statusCode).toBe(400);
    expect(err(foreign).message).toContain('不属于该机关');
    const decidedWithoutDate = await post({ result: 'upheld' });
    expect(decidedWithoutDate.statusCode).toBe(400);
    expect(err(decidedWithoutDate).message).toBe('已审结的案件须填写审结日期。');
    const early = await post({ result: 'upheld', decidedOn: '2026-05-01' });
    expect(early.statusCode).toBe(400);
    expect(err(early).message).toContain('早于立案日期');
    const unlinked = await post({});
    expect(unlinked.statusCode).toBe(201);
    expect(unlinked.json()).toMatchObject({
      applicationId: null,
      applicationNumber: null,
      kindLabel: '未经复议直接起诉',
    });
  });

  it('hides another agency’s case from a clerk (404) and refuses writes by other roles', async () => {
    const created = await clerkB.request({
      method: 'POST',
      url: '/api/casework/review-cases',
      payload: {
        agencyId: t.org.governmentB.id,
        kind: 'litigationAfterReconsideration',
        applicationId: applicationB,
        filedOn: '2026-06-01',
        result: 'pending',
        decidedOn: null,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const patch = (caller: Caller) =>
      caller.request({
        method: 'PATCH',
        url: `/api/casework/review-cases/${id}`,
        payload: { result: 'upheld', decidedOn: '2026-08-01' },
      });
    expect((await patch(clerk)).statusCode).toBe(404);
    expect((await patch(reviewer)).statusCode).toBe(403);
    expect((await patch(admin)).statusCode).toBe(403);
    const cross = await clerk.request({
      method: 'POST',
      url: '/api/casework/review-cases',
      payload: {
        agencyId: t.org.governmentB.id,
        kind: 'reconsideration',
        applicationId: null,
        filedOn: '2026-06-01',
      },
    });
    expect(cross.statusCode).toBe(403);
    const listA = await clerk.request({ method: 'GET', url: '/api/casework/review-cases' });
    expect(
      listA
        .json<{ items: { agencyId: string }[] }>()
        .items.every((i) => i.agencyId === String(t.org.bureauA.id)),
    ).toBe(true);
    expect(
      (await auditor.request({ method: 'GET', url: '/api/casework/review-cases' })).statusCode,
    ).toBe(403);
  });
});
