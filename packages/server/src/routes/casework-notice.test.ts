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
let replied: number;
let open: number;

/** The visible text of a DOCX body. */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1] ?? '').join('');
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-12-07T02:00:00Z');
  ({ clerk, clerkB, reviewer, reviewerB, admin, auditor } = await t.everyone());
  const make = async (content: string) =>
    (
      await t.repos.applications.create({
        agencyId: t.org.bureauA.id,
        channel: 'post',
        receipt: { signedForOn: '2025-09-26' },
        receivedOn: '2025-09-26',
        applicantType: 'naturalPerson',
        applicantName: '张三',
        identity: null,
        content,
        createdBy: null,
      })
    ).id;
  replied = await make('2024年某某学校新建教学楼的立项批复');
  open = await make('某某学校2025年招生计划');
  await t.repos.applications.appendEvent(
    replied,
    { type: 'replied', date: '2025-10-20', outcome: 'withheld.processInformation' },
    { recordedBy: t.users.clerk },
  );
}, 60_000);
afterAll(async () => t?.close());

describe('the 告知书 download', () => {
  it('is a DOCX filled from the case, citing the article of its outcome, with a Chinese file name', async () => {
    const res = await clerk.request({
      method: 'GET',
      url: `/api/casework/applications/${replied}/notice`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('〔2025〕第0001号政府信息公开申请答复告知书.docx')}`,
    );
    const text = docxText(res.rawPayload);
    expect(text).toContain('〔2025〕第0001号');
    expect(text).toContain('张三：');
    expect(text).toContain('本机关于2025年9月26日收到您提出的政府信息公开申请');
    expect(text).toContain('2024年某某学校新建教学楼的立项批复');
    expect(text).toContain('第十六条第二款');
    expect(text).toContain('过程性信息');
    expect(text).toContain(
      '如不服本答复，可以在收到本告知书之日起60日内依法申请行政复议，或者在6个月内依法提起行政诉讼。',
    );
    expect(text).toContain(t.org.bureauA.name);
    expect(text).toContain('2025年10月20日');
  });

  it('states a withdrawal with its date, and cites Art. 30 when no 补正 came by the date set', async () => {
    const withdrawn = (
      await t.repos.applications.create({
        agencyId: t.org.bureauA.id,
        channel: 'email',
        receipt: { confirmedOn: '2025-11-03' },
        receivedOn: '2025-11-03',
        applicantType: 'commercial',
        applicantName: '某某科技有限公司',
        identity: null,
        content: '某项目环评批复',
        createdBy: null,
      })
    ).id;
    await t.repos.applications.appendEvent(
      withdrawn,
      { type: 'withdrawn', date: '2025-11-05' },
      { recordedBy: t.users.clerk },
    );
    const res = await clerk.request({
      method: 'GET',
      url: `/api/casework/applications/${withdrawn}/notice`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = docxText(res.rawPayload);
    expect(text).toContain('政府信息公开申请办理结果告知书');
    expect(text).toContain('您已于2025年11月5日撤回该政府信息公开申请');

    const lapsed = (
      await t.repos.applications.create({
        agencyId: t.org.bureauA.id,
        channel: 'inPerson',
        receipt: { submittedOn: '2025-11-03' },
        receivedOn: '2025-11-03',
        applicantType: 'naturalPerson',
        applicantName: '赵六',
        identity: null,
        content: '那个文件',
        createdBy: null,
      })
    ).id;
    await t.repos.applications.appendEvent(
      lapsed,
      { type: 'supplementRequested', date: '2025-11-05', respondBy: '2025-11-20' },
      { recordedBy: t.users.clerk },
    );
    const notice = await clerk.request({
      method: 'GET',
      url: `/api/casework/applications/${lapsed}/notice`,
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const lapsedText = docxText(notice.rawPayload);
    expect(lapsedText).toContain('政府信息公开申请终止处理告知书');
    expect(lapsedText).toContain('本机关已于2025年11月5日向您发出补正通知书');
    expect(lapsedText).toContain('第三十条');
  });

  it('is refused with 409 while the case is not replied', async () => {
    const res = await clerk.request({
      method: 'GET',
      url: `/api/casework/applications/${open}/notice`,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('尚未答复');
  });

  it('is readable by the reviewer of the region and the administrator, and 404 outside the scope', async () => {
    const url = `/api/casework/applications/${replied}/notice`;
    expect((await reviewer.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await clerkB.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await reviewerB.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await auditor.request({ method: 'GET', url })).statusCode).toBe(403);
    expect(
      (await clerk.request({ method: 'GET', url: '/api/casework/applications/999999/notice' }))
        .statusCode,
    ).toBe(404);
  });
});
