import { isXxgkError } from '@xxgk/model';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guarded } from '../db-errors.js';
import type { DatabaseHandle } from '../open.js';
import { testBackends } from '../testing/index.js';
import { AuditRepository } from './audit.js';
import { createRepositories, type Repositories } from './index.js';

async function driverFailure(
  run: () => Promise<unknown>,
): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (e) {
    const cause = (e as { cause?: { code: string; message: string } }).cause;
    if (cause) return { code: cause.code, message: cause.message };
    throw e;
  }
  throw new Error('expected the statement to fail');
}

describe('the audit repository', () => {
  it('offers append and query and nothing that could change or remove an entry', () => {
    const methods = Object.getOwnPropertyNames(AuditRepository.prototype).sort();
    expect(methods).toEqual(['append', 'constructor', 'query']);
  });
});

describe.each(testBackends())('the audit log on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
  }, 60_000);
  afterAll(async () => handle?.close());

  it('appends entries stamped by the database and returns them as stored', async () => {
    const before = new Date(Date.now() - 1000);
    const entry = await repos.audit.append({
      actorId: 7,
      actorName: 'reviewer',
      action: 'report.publish',
      entity: 'report',
      entityId: 42,
      detail: { version: 3, reason: '审核通过' },
      ip: '192.0.2.10',
    });
    expect(typeof entry.id).toBe('number');
    expect(entry).toMatchObject({
      actorId: 7,
      actorName: 'reviewer',
      action: 'report.publish',
      entity: 'report',
      entityId: '42',
      detail: { version: 3, reason: '审核通过' },
      ip: '192.0.2.10',
    });
    expect(entry.at.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(entry.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    const system = await repos.audit.append({
      actorId: null,
      actorName: null,
      action: 'system.start',
      entity: 'system',
    });
    expect(system).toMatchObject({ entityId: null, detail: {}, ip: null });
    const odd = await repos.audit.append({
      actorId: null,
      actorName: null,
      action: 'user.login-failed',
      entity: 'user',
      ip: 'unknown, 10.0.0.1',
    });
    expect(odd.ip).toBeNull();
    const zoned = await repos.audit.append({
      actorId: null,
      actorName: null,
      action: 'user.login',
      entity: 'user',
      ip: 'fe80::1%eth0',
    });
    expect(zoned.ip).toBe('fe80::1');
  });

  it('rejects UPDATE, DELETE and TRUNCATE from any code path', async () => {
    const entry = await repos.audit.append({
      actorId: 1,
      actorName: 'admin',
      action: 'user.create',
      entity: 'user',
      entityId: 5,
    });
    const update = await driverFailure(() =>
      handle.db.execute(sql`update audit_log set action = 'x' where id = ${entry.id}`),
    );
    expect(update).toEqual({
      code: 'XK002',
      message: '审计日志只能追加，不能修改或删除（拒绝的操作：UPDATE）。',
    });
    const del = await driverFailure(() =>
      handle.db.execute(sql`delete from audit_log where id = ${entry.id}`),
    );
    expect(del.message).toBe('审计日志只能追加，不能修改或删除（拒绝的操作：DELETE）。');
    const truncate = await driverFailure(() => handle.db.execute(sql`truncate audit_log`));
    expect(truncate.message).toBe('审计日志只能追加，不能修改或删除（拒绝的操作：TRUNCATE）。');
    // Through the typed-error translation the same refusal is record.immutable.
    try {
      await guarded(() => handle.db.execute(sql`delete from audit_log`));
      expect.unreachable();
    } catch (e) {
      expect(isXxgkError(e) && e.code).toBe('record.immutable');
    }
    const [{ n } = { n: -1 }] = await handle.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(sql`audit_log`)
      .where(sql`id = ${entry.id} and action = 'user.create'`);
    expect(n).toBe(1);
  });

  it('is queried by time, actor, action family and entity, newest first, in pages', async () => {
    const start = new Date(Date.now() - 1000);
    const tag = `q${Date.now()}`;
    for (let i = 0; i < 5; i += 1)
      await repos.audit.append({
        actorId: 100 + (i % 2),
        actorName: `u${i % 2}`,
        action: i < 3 ? `${tag}.edit` : `${tag}.view`,
        entity: 'report',
        entityId: i,
      });
    await repos.audit.append({
      actorId: 100,
      actorName: 'u0',
      action: `${tag}x.edit`,
      entity: 'user',
    });
    const family = await repos.audit.query({ action: `${tag}.`, from: start });
    expect(family.total).toBe(5);
    expect(family.items.map((e) => e.entityId)).toEqual(['4', '3', '2', '1', '0']);
    expect((await repos.audit.query({ action: `${tag}.edit` })).total).toBe(3);
    const byActor = await repos.audit.query({ actorId: 101, action: `${tag}.` });
    expect(byActor.items.map((e) => e.entityId)).toEqual(['3', '1']);
    const entity = await repos.audit.query({ entity: 'report', entityId: 2, action: `${tag}.` });
    expect(entity.items).toHaveLength(1);
    const page2 = await repos.audit.query({ action: `${tag}.`, page: 2, pageSize: 2 });
    expect([page2.total, page2.items.map((e) => e.entityId)]).toEqual([5, ['2', '1']]);
    expect((await repos.audit.query({ action: `${tag}.`, to: start })).total).toBe(0);
    // `_` in a prefix is a literal underscore, not a wildcard.
    expect((await repos.audit.query({ action: `${tag.slice(0, -1)}_.` })).total).toBe(0);
  });

  it('is written in the same transaction as the action it records', async () => {
    const tag = `tx${Date.now()}`;
    await expect(
      repos.transaction(async (tx) => {
        await tx.audit.append({ actorId: 1, actorName: 'a', action: `${tag}.x`, entity: 'e' });
        throw new Error('动作失败');
      }),
    ).rejects.toThrow('动作失败');
    expect((await repos.audit.query({ action: `${tag}.x` })).total).toBe(0);
    await repos.transaction(async (tx) => {
      await tx.audit.append({ actorId: 1, actorName: 'a', action: `${tag}.x`, entity: 'e' });
    });
    expect((await repos.audit.query({ action: `${tag}.x` })).total).toBe(1);
  });
});
