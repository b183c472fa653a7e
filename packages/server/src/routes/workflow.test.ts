import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, storeReport, type Caller, type TestApp } from '../testing/test-app.js';

let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.as(t.users.clerk);
  reviewer = await t.as(t.users.reviewer);
}, 60_000);
afterAll(async () => t?.close());

const post = (caller: Caller, id: number, step: string, payload?: Record<string, unknown>) =>
  caller.request({
    method: 'POST',
    url: `/api/reports/${id}/${step}`,
    ...(payload ? { payload } : {}),
  });
const page = async (caller: Caller, id: number) =>
  (await caller.request({ method: 'GET', url: `/api/reports/${id}` })).json<{
    status: string;
    reviewComment: string | null;
    reviewCommentBy: { displayName: string } | null;
    permissions: Record<string, boolean>;
    currentVersion: number;
  }>();

describe('审核: submit, return with comments, publish', () => {
  it('takes a report from draft through return and resubmission to published, each step audited', async () => {
    const { id } = await storeReport(t, t.org.bureauA.id, 2024);
    const submitted = await post(clerk, id, 'submit');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ id, status: 'submitted' });
    expect((await page(reviewer, id)).permissions).toMatchObject({ review: true, publish: true });
    expect((await page(clerk, id)).permissions).toMatchObject({ edit: false, submit: false });

    const editWhileSubmitted = await clerk.request({
      method: 'POST',
      url: `/api/reports/${id}/corrections`,
      payload: { cells: [{ path: 'applications.received.total', value: 1 }], reason: '补充' },
    });
    expect(editWhileSubmitted.statusCode).toBe(409);
    expect(editWhileSubmitted.json<{ error: { message: string } }>().error.message).toContain(
      '已提交审核',
    );

    const noComment = await post(reviewer, id, 'return', { comment: ' ' });
    expect(noComment.statusCode).toBe(400);
    const returned = await post(reviewer, id, 'return', {
      comment: '表三第二项与上年结转不一致，请核对。',
    });
    expect(returned.json()).toMatchObject({ status: 'returned' });
    const clerkView = await page(clerk, id);
    expect(clerkView.reviewComment).toBe('表三第二项与上年结转不一致，请核对。');
    expect(clerkView.reviewCommentBy?.displayName).toBe('reviewer（测试）');
    expect(clerkView.permissions).toMatchObject({ edit: true, submit: true });

    const fix = await clerk.request({
      method: 'POST',
      url: `/api/reports/${id}/corrections`,
      payload: {
        cells: [{ path: 'applications.carriedOver.total', value: 0 }],
        reason: '按审核意见核对',
      },
    });
    expect(fix.statusCode).toBe(201);
    expect((await page(clerk, id)).status).toBe('returned');
    expect((await post(clerk, id, 'submit')).json()).toMatchObject({ status: 'submitted' });
    const published = await post(reviewer, id, 'publish');
    expect(published.json()).toMatchObject({ status: 'published', publishedVersion: 2 });

    const actions = (await t.repos.audit.query({ entity: 'report', entityId: id })).items
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual([
      'report.submit',
      'report.return',
      'report.correct',
      'report.submit',
      'report.publish',
    ]);
    const returnEntry = (await t.repos.audit.query({ action: 'report.return', entityId: id }))
      .items[0];
    expect(returnEntry).toMatchObject({
      actorId: t.users.reviewer,
      detail: { comment: '表三第二项与上年结转不一致，请核对。' },
    });
  });

  it('refuses steps from the wrong status, naming the current one', async () => {
    const { id } = await storeReport(t, t.org.bureauA.id, 2023);
    const publishDraft = await post(reviewer, id, 'publish');
    expect(publishDraft.statusCode).toBe(409);
    expect(publishDraft.json<{ error: { message: string } }>().error.message).toContain(
      '当前状态为“草稿”',
    );
    expect((await post(reviewer, id, 'return', { comment: '退回' })).statusCode).toBe(409);
    await post(clerk, id, 'submit');
    expect((await post(clerk, id, 'submit')).statusCode).toBe(409);
  });

  it('keeps a published version frozen: a later correction is a new draft version', async () => {
    const { id } = await storeReport(t, t.org.bureauA.id, 2022);
    await post(clerk, id, 'submit');
    await post(reviewer, id, 'publish');
    const correction = await clerk.request({
      method: 'POST',
      url: `/api/reports/${id}/corrections`,
      payload: {
        cells: [{ path: 'applications.received.total', value: 7 }],
        reason: '发布后发现录入错误',
      },
    });
    expect(correction.statusCode).toBe(201);
    const after = await page(clerk, id);
    expect(after).toMatchObject({ status: 'draft', currentVersion: 2 });
    const versions = (
      await clerk.request({ method: 'GET', url: `/api/reports/${id}/versions` })
    ).json<{ number: number; publishedAt: string | null }[]>();
    expect(versions.find((v) => v.number === 1)?.publishedAt).not.toBeNull();
    expect(versions.find((v) => v.number === 2)?.publishedAt).toBeNull();
    const v1 = await t.repos.versions.getByNumber(id, 1);
    await expect(t.repos.versions.markPublished(v1!.id, t.users.reviewer)).rejects.toMatchObject({
      code: 'record.immutable',
    });
  });

  it('lets only the reviewer of the region review, and only the agency’s clerk submit', async () => {
    const { id } = await storeReport(t, t.org.bureauA.id, 2021);
    const reviewerB = await t.as(t.users.reviewerB);
    expect((await post(await t.as(t.users.clerkB), id, 'submit')).statusCode).toBe(404);
    expect((await post(reviewer, id, 'submit')).statusCode).toBe(403);
    await post(clerk, id, 'submit');
    expect((await post(reviewerB, id, 'publish')).statusCode).toBe(404);
    expect((await post(reviewerB, id, 'return', { comment: 'x' })).statusCode).toBe(404);
    expect((await post(clerk, id, 'publish')).statusCode).toBe(403);
    expect((await post(await t.as(t.users.admin), id, 'publish')).statusCode).toBe(403);
  });
});
