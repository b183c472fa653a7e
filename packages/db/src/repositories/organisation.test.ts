import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../open.js';
import {
  createSampleOrganisation,
  FAKE_PHC,
  testBackends,
  uniqueRegionCode,
  rejection,
} from '../testing/index.js';
import { createRepositories, type Repositories } from './index.js';
import { SessionsRepository } from './sessions.js';
import { UsersRepository } from './users.js';

describe.each(testBackends())('regions, agencies and accounts on $name', (backend) => {
  let handle: DatabaseHandle;
  let repos: Repositories;
  beforeAll(async () => {
    handle = await backend.open();
    repos = createRepositories(handle.db);
  }, 60_000);
  afterAll(async () => handle?.close());

  describe('regions', () => {
    it('form a tree whose subtree holds a region and everything below it', async () => {
      const org = await createSampleOrganisation(repos, '树');
      const town = await repos.regions.create({
        code: `${org.districtA.code}001`,
        name: '树甲区某街道',
        level: 'township',
        parentId: org.districtA.id,
      });
      const subtree = await repos.regions.subtree(org.city.id);
      expect(subtree.map((r) => r.name).sort()).toEqual(
        ['树市', '树甲区', '树乙区', '树甲区某街道'].sort(),
      );
      expect((await repos.regions.subtree(org.districtB.id)).map((r) => r.id)).toEqual([
        org.districtB.id,
      ]);
      expect(await repos.regions.isWithin(town.id, org.city.id)).toBe(true);
      expect(await repos.regions.isWithin(town.id, org.districtB.id)).toBe(false);
      const tree = (await repos.regions.tree()).find((n) => n.id === org.city.id);
      expect(tree?.children.map((c) => c.name).sort()).toEqual(['树乙区', '树甲区']);
      expect(tree?.children.find((c) => c.id === org.districtA.id)?.children[0]?.id).toBe(town.id);
    });

    it('refuse a duplicate code, a child no deeper than its parent, and an unknown parent', async () => {
      const org = await createSampleOrganisation(repos, '拒');
      const dup = await rejection(
        repos.regions.create({ code: org.city.code, name: '重复', level: 'prefecture' }),
      );
      expect(dup.code).toBe('record.conflict');
      expect(dup.message).toBe(`行政区划代码 ${org.city.code} 已存在。`);
      const flat = await rejection(
        repos.regions.create({
          code: uniqueRegionCode(),
          name: '平级',
          level: 'prefecture',
          parentId: org.city.id,
        }),
      );
      expect(flat.code).toBe('usage');
      const orphan = await rejection(
        repos.regions.create({
          code: uniqueRegionCode(),
          name: '孤',
          level: 'county',
          parentId: 999_999,
        }),
      );
      expect(orphan.code).toBe('input.not-found');
    });
  });

  describe('agencies', () => {
    it('are listed by region subtree with their region names', async () => {
      const org = await createSampleOrganisation(repos, '列');
      const inCity = await repos.agencies.list({ regionId: org.city.id });
      expect(inCity.map((a) => a.name).sort()).toEqual(
        ['列市人民政府', '列市教育局', '列甲区人民政府', '列甲区教育局', '列乙区人民政府'].sort(),
      );
      const inA = await repos.agencies.list({ regionId: org.districtA.id });
      expect(inA.map((a) => a.name).sort()).toEqual(['列甲区人民政府', '列甲区教育局']);
      expect(inA.every((a) => a.regionName === '列甲区')).toBe(true);
      const governments = await repos.agencies.list({ regionId: org.city.id, kind: 'government' });
      expect(governments).toHaveLength(3);
      const under = await repos.agencies.list({ parentAgencyId: org.governmentA.id });
      expect(under.map((a) => a.id)).toEqual([org.bureauA.id]);
    });

    it('need an existing region, and a user an existing agency or region', async () => {
      const err = await rejection(
        repos.agencies.create({ name: '无处机关', kind: 'other', regionId: 987_654 }),
      );
      expect([err.code, err.message]).toEqual([
        'input.not-found',
        '行政区划（编号 987654）不存在。',
      ]);
      const clerk = await rejection(
        repos.users.create({
          username: 'nowhere-clerk',
          displayName: '无',
          passwordHash: FAKE_PHC,
          role: 'clerk',
          agencyId: 987_654,
        }),
      );
      expect([clerk.code, clerk.message]).toEqual([
        'input.not-found',
        '机关（编号 987654）不存在。',
      ]);
      const reviewer = await rejection(
        repos.users.create({
          username: 'nowhere-reviewer',
          displayName: '无',
          passwordHash: FAKE_PHC,
          role: 'reviewer',
          regionId: 987_654,
        }),
      );
      expect(reviewer.code).toBe('input.not-found');
    });

    it('are unique by name within a region and found by that name', async () => {
      const org = await createSampleOrganisation(repos, '名');
      const err = await rejection(
        repos.agencies.create({ name: ' 名市教育局 ', kind: 'department', regionId: org.city.id }),
      );
      expect(err.code).toBe('record.conflict');
      expect(err.message).toContain('名市教育局');
      // The same name in another region is a different agency.
      await repos.agencies.create({
        name: '名市教育局',
        kind: 'department',
        regionId: org.districtB.id,
      });
      expect((await repos.agencies.findByName(org.city.id, '名市教育局'))?.id).toBe(
        org.cityBureau.id,
      );
      const renamed = await repos.agencies.update(org.cityBureau.id, { name: '名市教育体育局' });
      expect(renamed.name).toBe('名市教育体育局');
    });
  });

  describe('users', () => {
    it('are stored with a normalised username and never return the hash except to login', async () => {
      const org = await createSampleOrganisation(repos, '用');
      const created = await repos.users.create({
        username: 'ＺｈａｎｇＳａｎ',
        displayName: '张三',
        passwordHash: FAKE_PHC,
        role: 'clerk',
        agencyId: org.bureauA.id,
      });
      expect(created.username).toBe('zhangsan');
      expect('passwordHash' in created).toBe(false);
      expect(created.failedLogins).toBe(0);
      expect(created.passwordChangedAt).toBeInstanceOf(Date);
      const forLogin = await repos.users.findByUsername(' ZhangSan ');
      expect(forLogin?.passwordHash).toBe(FAKE_PHC);
      expect('passwordHash' in ((await repos.users.get(created.id)) ?? {})).toBe(false);
      const dup = await rejection(
        repos.users.create({
          username: 'zhangsan',
          displayName: '另一个张三',
          passwordHash: FAKE_PHC,
          role: 'auditor',
        }),
      );
      expect(dup.code).toBe('record.conflict');
    });

    it('need the scope of their role, checked by the repository and by the database', async () => {
      const org = await createSampleOrganisation(repos, '域');
      const base = { displayName: '某人', passwordHash: FAKE_PHC };
      expect(
        (await rejection(repos.users.create({ ...base, username: 'clerk-x', role: 'clerk' }))).code,
      ).toBe('usage');
      expect(
        (await rejection(repos.users.create({ ...base, username: 'rev-x', role: 'reviewer' })))
          .code,
      ).toBe('usage');
      expect(
        (
          await rejection(
            repos.users.create({
              ...base,
              username: 'plain',
              role: 'admin',
              passwordHash: 'secret',
            }),
          )
        ).message,
      ).toContain('PHC');
      const reviewer = await repos.users.create({
        ...base,
        username: 'reviewer-yu',
        role: 'reviewer',
        regionId: org.city.id,
      });
      // Turning a reviewer into a clerk without an agency breaks a database check.
      const err = await rejection(repos.users.update(reviewer.id, { role: 'clerk' }));
      expect(err.code).toBe('usage');
      expect(err.message).toContain('填报员须属于一个机关');
    });

    it('lock after the allowed number of failures and unlock again', async () => {
      const user = await repos.users.create({
        username: 'lockme',
        displayName: '锁',
        passwordHash: FAKE_PHC,
        role: 'auditor',
      });
      const policy = { maxFailures: 3, lockMs: 15 * 60_000 };
      const now = new Date('2025-01-20T08:00:00Z');
      expect(await repos.users.recordFailedLogin(user.id, policy, now)).toEqual({
        failedLogins: 1,
        lockedUntil: null,
      });
      await repos.users.recordFailedLogin(user.id, policy, now);
      const third = await repos.users.recordFailedLogin(user.id, policy, now);
      expect(third.lockedUntil?.toISOString()).toBe('2025-01-20T08:15:00.000Z');
      const stored = await repos.users.findByUsername('lockme');
      expect(UsersRepository.isLocked(stored!, now)).toBe(true);
      expect(UsersRepository.isLocked(stored!, new Date('2025-01-20T08:15:01Z'))).toBe(false);
      await repos.users.unlock(user.id);
      const unlocked = await repos.users.get(user.id);
      expect(unlocked?.lockedUntil).toBeNull();
      expect(unlocked?.failedLogins).toBe(0);
    });

    it('count concurrent failures without losing any', async () => {
      const user = await repos.users.create({
        username: 'racer',
        displayName: '并发',
        passwordHash: FAKE_PHC,
        role: 'auditor',
      });
      const policy = { maxFailures: 100, lockMs: 60_000 };
      await Promise.all(
        Array.from({ length: 8 }, () => repos.users.recordFailedLogin(user.id, policy)),
      );
      expect((await repos.users.get(user.id))?.failedLogins).toBe(8);
    });

    it('reset failures on a successful login and record password changes', async () => {
      const user = await repos.users.create({
        username: 'okuser',
        displayName: '成功',
        passwordHash: FAKE_PHC,
        role: 'auditor',
      });
      await repos.users.recordFailedLogin(user.id, { maxFailures: 5, lockMs: 1000 });
      const at = new Date('2025-02-01T01:02:03.456Z');
      await repos.users.recordSuccessfulLogin(user.id, at);
      const after = await repos.users.get(user.id);
      expect(after?.failedLogins).toBe(0);
      expect(after?.lastLoginAt?.toISOString()).toBe(at.toISOString());
      const changed = await repos.users.setPassword(user.id, `${FAKE_PHC}x`, at);
      expect(changed.passwordChangedAt.toISOString()).toBe(at.toISOString());
      expect((await repos.users.findByUsername('okuser'))?.passwordHash).toBe(`${FAKE_PHC}x`);
    });

    it('are listed by role with paging', async () => {
      for (const n of [1, 2, 3])
        await repos.users.create({
          username: `audit-page-${n}`,
          displayName: `审计${n}`,
          passwordHash: FAKE_PHC,
          role: 'auditor',
        });
      const page = await repos.users.list({ role: 'auditor', page: 1, pageSize: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThanOrEqual(3);
      expect(page.items.every((u) => u.role === 'auditor')).toBe(true);
      expect(page.items.every((u) => !('passwordHash' in u))).toBe(true);
    });
  });

  describe('sessions', () => {
    async function user(name: string) {
      return repos.users.create({
        username: name,
        displayName: name,
        passwordHash: FAKE_PHC,
        role: 'auditor',
      });
    }

    it('keep only hashes of their tokens and find the user by the cookie token', async () => {
      const u = await user('sess-a');
      const now = new Date('2025-01-10T00:00:00Z');
      const created = await repos.sessions.create({
        userId: u.id,
        ttlMs: 8 * 3600_000,
        ip: '127.0.0.1',
        userAgent: 'test',
        now,
      });
      expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/u);
      expect(created.session.idHash).not.toContain(created.token);
      expect(created.session.csrfTokenHash).toMatch(/^[0-9a-f]{64}$/u);
      const found = await repos.sessions.find(created.token, { idleMs: 30 * 60_000, now });
      expect(found?.user.id).toBe(u.id);
      expect(found && 'passwordHash' in found.user).toBe(false);
      expect(found?.session.ip).toBe('127.0.0.1');
      expect(SessionsRepository.verifyCsrf(found!.session, created.csrfToken)).toBe(true);
      expect(SessionsRepository.verifyCsrf(found!.session, created.token)).toBe(false);
      expect(await repos.sessions.find('not-a-token', { idleMs: 60_000, now })).toBeNull();
    });

    it('end after the idle timeout, at their absolute end, or when the user is disabled', async () => {
      const u = await user('sess-b');
      const now = new Date('2025-01-10T00:00:00Z');
      const idleMs = 30 * 60_000;
      const { token } = await repos.sessions.create({ userId: u.id, ttlMs: 3600_000, now });
      const later = (ms: number) => new Date(now.getTime() + ms);
      expect(
        await repos.sessions.find(token, { idleMs, now: later(idleMs - 1000) }),
      ).not.toBeNull();
      expect(await repos.sessions.find(token, { idleMs, now: later(idleMs) })).toBeNull();
      await repos.sessions.touch(token, later(25 * 60_000));
      expect(await repos.sessions.find(token, { idleMs, now: later(50 * 60_000) })).not.toBeNull();
      await repos.sessions.touch(token, later(59 * 60_000));
      expect(await repos.sessions.find(token, { idleMs, now: later(60 * 60_000) })).toBeNull();
      const second = await repos.sessions.create({ userId: u.id, ttlMs: 3600_000, now });
      await repos.users.setDisabled(u.id, true);
      expect(await repos.sessions.find(second.token, { idleMs, now })).toBeNull();
    });

    it('are ended on logout, for a whole user, and when expired', async () => {
      const u = await user('sess-c');
      const now = new Date('2025-01-10T00:00:00Z');
      const a = await repos.sessions.create({ userId: u.id, ttlMs: 3600_000, now });
      const b = await repos.sessions.create({ userId: u.id, ttlMs: 3600_000, now });
      const c = await repos.sessions.create({ userId: u.id, ttlMs: 3600_000, now });
      await repos.sessions.delete(a.token);
      expect(await repos.sessions.find(a.token, { idleMs: 3600_000, now })).toBeNull();
      expect(await repos.sessions.deleteForUser(u.id, c.token)).toBe(1);
      expect(await repos.sessions.find(b.token, { idleMs: 3600_000, now })).toBeNull();
      expect((await repos.sessions.listForUser(u.id)).map((s) => s.idHash)).toEqual([
        c.session.idHash,
      ]);
      const removed = await repos.sessions.deleteExpired({
        idleMs: 60_000,
        now: new Date(now.getTime() + 2 * 3600_000),
      });
      expect(removed).toBeGreaterThanOrEqual(1);
      expect(await repos.sessions.listForUser(u.id)).toEqual([]);
    });
  });
});
