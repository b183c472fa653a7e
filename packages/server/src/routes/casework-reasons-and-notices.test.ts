import { strFromU8, unzipSync } from 'fflate';
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
  t = await createTestApp({ label: '理' });
  // Monday 2025-12-15, 10:00 in China.
  t.clock.now = new Date('2025-12-15T02:00:00Z');
  ({ clerk, clerkB, reviewer, reviewerB, admin, auditor } = await t.everyone());
}, 60_000);
afterAll(async () => t?.close());

type Json = Record<string, unknown>;
const err = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; message: string } }>().error;

interface EventView {
  seq: number;
  type: string;
  outcome?: string;
  details?: string;
  correction?: string;
  consultee?: string;
  noticeKind?: string;
}
interface Detail {
  id: string;
  events: EventView[];
  allowedEvents: string[];
  closedOn: string | null;
  reasonsRequired: { outcome: string; label: string }[];
}

/** The visible text of a DOCX body, runs joined. */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1] ?? '').join('');
}

async function register(content: string, receivedOn = '2025-09-26'): Promise<Detail> {
  const res = await clerk.request({
    method: 'POST',
    url: '/api/casework/applications',
    payload: {
      agencyId: t.org.bureauA.id,
      channel: 'inPerson',
      receipt: { submittedOn: receivedOn },
      applicant: { type: 'naturalPerson', name: '李四' },
      content,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

const record = (id: string, payload: Json, caller: Caller = clerk) =>
  caller.request({ method: 'POST', url: `/api/casework/applications/${id}/events`, payload });

async function recorded(id: string, payload: Json): Promise<Detail> {
  const res = await record(id, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

const get = (caller: Caller, url: string) => caller.request({ method: 'GET', url });

const REASONS =
  '一、您申请的文件第3至5页含有第三方的个人信息，经征求意见，第三方不同意公开。\n二、第7页为本机关内部讨论记录。';

describe('the reasons of a reply', () => {
  it('are asked for by the case page for 部分公开, 不予公开 and 其他处理·其他, with the field’s name', async () => {
    const app = await register('某路段改造工程的批复文件');
    expect(app.reasonsRequired).toContainEqual({
      outcome: 'partiallyGranted',
      label: '不予公开部分的理由',
    });
    expect(app.reasonsRequired).toContainEqual({
      outcome: 'withheld.stateSecret',
      label: '不予公开的理由',
    });
    expect(app.reasonsRequired).toContainEqual({
      outcome: 'otherHandling.other',
      label: '办理情况',
    });
    expect(app.reasonsRequired.map((r) => r.outcome)).not.toContain('granted');
  });

  it('missing from a 部分公开 or 不予公开 reply are refused with 400 and nothing is recorded', async () => {
    const app = await register('某学校的招生计划与录取名单');
    const partly = await record(app.id, {
      type: 'replied',
      date: '2025-10-20',
      outcome: 'partiallyGranted',
    });
    expect(partly.statusCode, partly.body).toBe(400);
    expect(err(partly)).toEqual({
      code: 'usage',
      message:
        '答复结果为“部分公开”时，须写明不予公开部分的理由（条例第三十六条第（三）项、第三十七条），理由将印在告知书上。',
    });
    const withheld = await record(app.id, {
      type: 'replied',
      date: '2025-10-20',
      outcome: 'withheld.processInformation',
      details: ' \u3000\n ',
    });
    expect(withheld.statusCode).toBe(400);
    expect(err(withheld).message).toBe(
      '答复结果为“不予公开·属于四类过程性信息”时，须说明不予公开的理由（条例第三十六条第（三）项），理由将印在告知书上。',
    );
    const other = await record(app.id, {
      type: 'replied',
      date: '2025-10-20',
      outcome: 'otherHandling.other',
    });
    expect(other.statusCode).toBe(400);
    expect(err(other).message).toContain('须写明办理情况');
    const tooLong = await record(app.id, {
      type: 'replied',
      date: '2025-10-20',
      outcome: 'granted',
      details: '理'.repeat(4001),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(err(tooLong).message).toContain('最多 4000 字');
    const after = await get(clerk, `/api/casework/applications/${app.id}`);
    expect(after.json<Detail>().events).toEqual([]);
    expect(after.json<Detail>().allowedEvents).toContain('replied');
  });

  it('are refused with 403 from a reviewer before they are judged, and with 404 from another agency’s clerk', async () => {
    const app = await register('某项目的环评批复');
    const payload = { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted' };
    expect((await record(app.id, payload, reviewer)).statusCode).toBe(403);
    expect((await record(app.id, payload, admin)).statusCode).toBe(403);
    expect((await record(app.id, payload, clerkB)).statusCode).toBe(404);
  });

  it('given, are stored tidied, shown on the timeline and printed in the 告知书 instead of the blank', async () => {
    const app = await register('2024年某某地块土地征收批复文件');
    const saved = await recorded(app.id, {
      type: 'replied',
      date: '2025-10-20',
      outcome: 'partiallyGranted',
      details: `  ${REASONS.replace('\n', '\r\n\r\n')}  `,
    });
    expect(saved.events.at(-1)).toMatchObject({
      type: 'replied',
      outcome: 'partiallyGranted',
      details: REASONS.replace('\n', '\n\n'),
    });
    const res = await get(clerk, `/api/casework/applications/${app.id}/notice`);
    expect(res.statusCode, res.body).toBe(200);
    const text = docxText(res.rawPayload);
    expect(text).toContain('第三十七条');
    expect(text).toContain('第三方不同意公开。');
    expect(text).toContain('二、第7页为本机关内部讨论记录。');
    expect(text).not.toContain('（不予公开部分的理由）');
    const xml = strFromU8(unzipSync(new Uint8Array(res.rawPayload))['word/document.xml']!);
    // Each line typed is a paragraph of its own.
    expect(xml).toMatch(/第三方不同意公开。<\/w:t><\/w:r><\/w:p>/u);
  });

  it('account for a 其他处理·其他 reply in its notice, and stay optional on a 予以公开 reply', async () => {
    const other = await register('某街道办事处2024年工作总结');
    await recorded(other.id, {
      type: 'replied',
      date: '2025-10-21',
      outcome: 'otherHandling.other',
      details: '您于2025年10月20日来电表示已通过其他途径获取该信息，本机关终止办理。',
    });
    const text = docxText(
      (await get(clerk, `/api/casework/applications/${other.id}/notice`)).rawPayload,
    );
    expect(text).toContain('告知如下：您于2025年10月20日来电表示已通过其他途径获取该信息');
    expect(text).not.toContain('（请填写办理情况');

    const granted = await register('某公园改造工程的招标公告');
    const saved = await recorded(granted.id, {
      type: 'replied',
      date: '2025-10-21',
      outcome: 'granted',
    });
    expect(saved.events.at(-1)).not.toHaveProperty('details');
  });

  it('absent from a reply recorded before they were asked for leave the notice’s marked blank', async () => {
    const app = await register('某河道整治工程验收报告');
    // As migration 0007 found it: a 部分公开 reply with no reasons in its event.
    await t.repos.applications.appendEvent(
      Number(app.id),
      { type: 'replied', date: '2025-10-20', outcome: 'partiallyGranted' },
      { recordedBy: t.users.clerk },
    );
    const res = await get(clerk, `/api/casework/applications/${app.id}/notice`);
    expect(res.statusCode).toBe(200);
    expect(docxText(res.rawPayload)).toContain('（不予公开部分的理由）');
  });
});

describe('the notices sent during a case', () => {
  let steps: Detail;
  let consultations: EventView[];

  beforeAll(async () => {
    // Received Friday 2025-09-26: due 2025-10-30 (across the National Day week).
    const app = await register('某产业园区规划环评报告全文');
    await recorded(app.id, { type: 'extensionApproved', date: '2025-10-09' });
    await recorded(app.id, { type: 'consultationStarted', date: '2025-10-10' });
    await recorded(app.id, { type: 'consultationEnded', date: '2025-10-14' });
    await recorded(app.id, {
      type: 'consultationStarted',
      date: '2025-10-20',
      consultee: '  某某化工有限公司 ',
    });
    await recorded(app.id, { type: 'consultationEnded', date: '2025-10-22' });
    steps = await recorded(app.id, {
      type: 'feeNoticeIssued',
      date: '2025-10-24',
      fee: { method: 'perVolume', amountYuan: 60, pages: 150 },
    });
    consultations = steps.events.filter((e) => e.type === 'consultationStarted');
  });

  it('keep on the timeline whom a consultation asked, and leave it out when not given', () => {
    expect(consultations.map((e) => e.consultee)).toEqual([undefined, '某某化工有限公司']);
  });

  const url = (id: string, kind: string, query = '') =>
    `/api/casework/applications/${id}/notices/${kind}${query}`;

  it('name on the timeline the notice each step sent', () => {
    expect(steps.events.map((e) => [e.type, e.noticeKind])).toEqual([
      ['extensionApproved', 'extension'],
      ['consultationStarted', 'consultation'],
      ['consultationEnded', undefined],
      ['consultationStarted', 'consultation'],
      ['consultationEnded', undefined],
      ['feeNoticeIssued', 'feeNotice'],
    ]);
  });

  it('give the 补正通知书 with the period the clerk set', async () => {
    const app = await register('那个文件', '2025-11-03');
    const asked = await recorded(app.id, {
      type: 'supplementRequested',
      date: '2025-11-05',
      respondBy: '2025-11-20',
      correction: '“那个文件”未写明文件名称、文号或制作机关',
    });
    expect(asked.events.at(-1)).toMatchObject({
      correction: '“那个文件”未写明文件名称、文号或制作机关',
    });
    const res = await get(clerk, url(app.id, 'supplementRequest'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('政府信息公开申请补正通知书.docx'),
    );
    const text = docxText(res.rawPayload);
    expect(text).toContain('政府信息公开申请补正通知书');
    expect(text).toContain('李四：');
    expect(text).toContain(
      '经审查，您的申请内容不明确：“那个文件”未写明文件名称、文号或制作机关。',
    );
    expect(text).toContain('请您于2025年11月20日前对申请内容作出补正');
    expect(text).toContain('第三十条');
    expect(text).toContain('2025年11月5日');
  });

  it('give the 延期答复告知书 with the reply date the extension set that day', async () => {
    const res = await get(clerk, url(steps.id, 'extension'));
    expect(res.statusCode, res.body).toBe(200);
    const text = docxText(res.rawPayload);
    expect(text).toContain('政府信息公开申请延期答复告知书');
    // 2025-10-30 plus 20 working days (no holiday in November): 2025-11-27. The later
    // consultations and fee notice move the due date again, but not what this notice said.
    expect(text).toContain('本机关将于2025年11月27日前作出答复');
    expect(text).toContain('第三十三条第二款');
    expect(text).toContain('2025年10月9日');
  });

  it('give the 征求意见函 of the consultation asked for, the latest by default', async () => {
    const first = await get(clerk, url(steps.id, 'consultation', `?seq=${consultations[0]!.seq}`));
    expect(first.statusCode, first.body).toBe(200);
    const firstText = docxText(first.rawPayload);
    expect(firstText).toContain('政府信息公开征求第三方意见函');
    expect(firstText).toContain('15个工作日');
    expect(firstText).toContain('2025年10月10日');
    // No one was named on the first: the letter addresses “第三方”.
    expect(firstText).toContain('第三方：');
    const latest = docxText((await get(clerk, url(steps.id, 'consultation'))).rawPayload);
    expect(latest).toContain('某某化工有限公司：');
    expect(latest).toContain('2025年10月20日');
    expect(latest).not.toContain('2025年10月10日');
  });

  it('give the 收费通知书 with the amount, the pages and the pay-by date', async () => {
    const res = await get(clerk, url(steps.id, 'feeNotice'));
    expect(res.statusCode, res.body).toBe(200);
    const text = docxText(res.rawPayload);
    expect(text).toContain('政府信息公开信息处理费收费通知书');
    expect(text).toContain('共150页，超出免费页数，本机关按量计收信息处理费60元');
    // 20 working days after Friday 2025-10-24: 2025-11-21.
    expect(text).toContain('（即2025年11月21日前）');
  });

  it('are refused with 409 for a step the case never took, 404 for a record of another kind, 400 for an unknown kind', async () => {
    const none = await get(clerk, url(steps.id, 'supplementRequest'));
    expect(none.statusCode).toBe(409);
    expect(err(none).message).toMatch(/没有“告知补正”的办理记录，不能生成补正通知书。$/u);
    const otherKind = await get(clerk, url(steps.id, 'extension', `?seq=${consultations[0]!.seq}`));
    expect(otherKind.statusCode).toBe(404);
    expect(err(otherKind).message).toContain('不是“延长答复期限”');
    const noSuchSeq = await get(clerk, url(steps.id, 'consultation', '?seq=99'));
    expect(noSuchSeq.statusCode).toBe(404);
    const bogus = await get(clerk, url(steps.id, 'reply'));
    expect(bogus.statusCode).toBe(400);
    expect(err(bogus).message).toContain('文书种类应为');
  });

  it('are readable by the reviewer of the region and the administrator, 404 outside the scope, 403 for the auditor', async () => {
    const u = url(steps.id, 'feeNotice');
    expect((await get(reviewer, u)).statusCode).toBe(200);
    expect((await get(admin, u)).statusCode).toBe(200);
    expect((await get(clerkB, u)).statusCode).toBe(404);
    expect((await get(reviewerB, u)).statusCode).toBe(404);
    expect((await get(auditor, u)).statusCode).toBe(403);
    expect((await get(t.anonymous, u)).statusCode).toBe(401);
    expect((await get(clerk, url('999999', 'feeNotice'))).statusCode).toBe(404);
  });
});
