import { UsersRepository, type PublicUser, type Role } from '@xxgk/db';
import { XxgkError } from '@xxgk/model';
import type { Actor } from '../auth/actor.js';
import {
  assertPasswordPolicy,
  hashPassword,
  verifyDummy,
  verifyPassword,
} from '../auth/passwords.js';
import { csrfTokenFor } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { audit } from './audit.js';
import { presentMe, presentUser } from './presenters.js';

/**
 * One message for every failed login — unknown user, wrong password, locked or disabled
 * account — so that the answer never tells whether an account exists.
 * @see OWASP ASVS V2.2 / GB/T 22239-2019 8.1.4.1
 */
export function loginFailedMessage(ctx: AppContext): string {
  const { maxFailures, lockMs } = ctx.config.lockout;
  return `用户名或密码错误，或账号已停用、已锁定。连续 ${maxFailures} 次密码错误后账号将锁定 ${Math.round(lockMs / 60_000)} 分钟。`;
}

/** A successful login: the session token for the cookie and what the page needs. */
export interface LoginResult {
  token: string;
  body: { user: ReturnType<typeof presentMe>; csrfToken: string };
}

/**
 * Checks a username and password. Counts failures and locks the account after too many;
 * every attempt, failed or not, goes to the audit log with the address it came from.
 */
export async function login(
  ctx: AppContext,
  input: { username: string; password: string; ip: string | null; userAgent: string | null },
): Promise<LoginResult> {
  const { repos } = ctx;
  const now = ctx.now();
  const user = await repos.users.findByUsername(input.username);
  const fail = async (reason: string, actor: PublicUser | null): Promise<never> => {
    await repos.audit.append({
      actorId: actor?.id ?? null,
      actorName: actor?.username ?? null,
      action: 'auth.login-failed',
      entity: 'user',
      entityId: actor?.id ?? null,
      detail: { username: input.username.slice(0, 64), reason },
      ip: input.ip,
    });
    throw new ApiError('auth.login-failed', loginFailedMessage(ctx));
  };
  if (!user) {
    await verifyDummy(input.password);
    return fail('unknown-user', null);
  }
  const matches = await verifyPassword(user.passwordHash, input.password);
  if (user.disabled) return fail('disabled', user);
  if (UsersRepository.isLocked(user, now)) return fail('locked', user);
  if (!matches) {
    const result = await repos.users.recordFailedLogin(user.id, ctx.config.lockout, now);
    if (result.lockedUntil)
      await repos.audit.append({
        actorId: null,
        actorName: null,
        action: 'user.locked',
        entity: 'user',
        entityId: user.id,
        detail: { username: user.username, until: result.lockedUntil.toISOString() },
        ip: input.ip,
      });
    return fail('wrong-password', user);
  }
  await repos.users.recordSuccessfulLogin(user.id, now);
  const created = await repos.sessions.create({
    userId: user.id,
    ttlMs: ctx.config.sessionAbsoluteMs,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    now,
  });
  await repos.audit.append({
    actorId: user.id,
    actorName: user.username,
    action: 'auth.login',
    entity: 'user',
    entityId: user.id,
    ip: input.ip,
  });
  return {
    token: created.token,
    body: { user: presentMe(user), csrfToken: csrfTokenFor(created.token) },
  };
}

/** Ends the session (the cookie is cleared by the route). */
export async function logout(ctx: AppContext, actor: Actor, token: string): Promise<void> {
  await ctx.repos.sessions.delete(token);
  await audit(ctx.repos, actor, 'auth.logout', 'user', actor.id);
}

/** The logged-in user and the session's CSRF token. */
export async function me(ctx: AppContext, actor: Actor, token: string) {
  const user = await ctx.repos.users.get(actor.id);
  if (!user) throw new ApiError('auth.unauthenticated', '请先登录：账号不存在。');
  return { user: presentMe(user), csrfToken: csrfTokenFor(token) };
}

/**
 * Changes one's own password: the current one must be right, the new one must meet the
 * policy and differ from the current one. Every other session of the user ends.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  token: string,
  input: { current: string; next: string },
): Promise<void> {
  const user = await ctx.repos.users.findByUsername(actor.username);
  if (!user || !(await verifyPassword(user.passwordHash, input.current)))
    throw new XxgkError('usage', '当前密码不正确，密码未修改。');
  if (input.current === input.next) throw new XxgkError('usage', '新密码不能与当前密码相同。');
  assertPasswordPolicy(input.next, user.username);
  const phc = await hashPassword(input.next);
  await ctx.repos.transaction(async (tx) => {
    await tx.users.setPassword(user.id, phc, ctx.now());
    await tx.sessions.deleteForUser(user.id, token);
    await audit(tx, actor, 'user.password-change', 'user', user.id);
  });
}

/** What creating an account needs. */
export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  agencyId?: number | null | undefined;
  regionId?: number | null | undefined;
  password: string;
}

/** The scope fields a role keeps: a clerk an agency, a reviewer a region, others neither. */
function scopeFor(
  role: Role,
  agencyId: number | null | undefined,
  regionId: number | null | undefined,
): { agencyId: number | null; regionId: number | null } {
  if (role === 'clerk') {
    if (agencyId == null) throw new XxgkError('usage', '填报员必须指定所属机关（agencyId）。');
    return { agencyId, regionId: null };
  }
  if (role === 'reviewer') {
    if (regionId == null)
      throw new XxgkError('usage', '审核员必须指定负责的行政区划（regionId）。');
    return { agencyId: null, regionId };
  }
  return { agencyId: null, regionId: null };
}

async function assertScopeExists(
  ctx: AppContext,
  scope: { agencyId: number | null; regionId: number | null },
): Promise<void> {
  if (scope.agencyId !== null && !(await ctx.repos.agencies.get(scope.agencyId)))
    throw new XxgkError('input.not-found', `机关（编号 ${scope.agencyId}）不存在。`);
  if (scope.regionId !== null && !(await ctx.repos.regions.get(scope.regionId)))
    throw new XxgkError('input.not-found', `行政区划（编号 ${scope.regionId}）不存在。`);
}

/**
 * What the administrator tried to do to an auditor's account that separation of duties forbids:
 * each would let it sign in as an auditor (or silence one) and so read or obscure the audit log.
 */
type AuditorRefusal = 'create' | 'grant-role' | 'update' | 'password-reset';

const AUDITOR_REFUSALS: Readonly<Record<AuditorRefusal, string>> = {
  create:
    '系统管理员不能创建审计员账号：审计员账号只在系统初始化时设立，以免管理员掌握审计员口令、查看或掩盖审计日志。',
  'grant-role': '系统管理员不能把账号设为审计员：否则管理员可借该账号查看审计日志，违反三员分立。',
  update:
    '系统管理员不能修改、停用审计员账号或变更其角色（只能解除锁定）；审计员账号由审计员本人维护。',
  'password-reset':
    '系统管理员不能重置审计员的密码（只能解除锁定）；审计员忘记密码须按系统初始化程序重新设立。',
};

/**
 * Refuses an administrator's change to an auditor account with a 403, and records the attempt
 * in the audit log outside any transaction, so the refusal itself is never rolled back.
 * @see GB/T 22239-2019 8.1.4.2 访问控制（权限分离：系统管理员、审计管理员）
 */
async function refuseAuditorChange(
  ctx: AppContext,
  actor: Actor,
  attempt: AuditorRefusal,
  target: { id: number | null; username: string },
): Promise<never> {
  await audit(ctx.repos, actor, 'user.auditor-change-refused', 'user', target.id, {
    attempt,
    username: target.username,
  });
  throw new ApiError('auth.forbidden', AUDITOR_REFUSALS[attempt]);
}

/**
 * Creates an account (administrator). Never an auditor: whoever sets an account's first
 * password can sign in with it, and the administrator must not be able to read the audit log.
 */
export async function createAccount(ctx: AppContext, actor: Actor, input: NewAccount) {
  if (input.role === 'auditor')
    await refuseAuditorChange(ctx, actor, 'create', { id: null, username: input.username });
  assertPasswordPolicy(input.password, input.username);
  const scope = scopeFor(input.role, input.agencyId, input.regionId);
  await assertScopeExists(ctx, scope);
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.repos.transaction(async (tx) => {
    const created = await tx.users.create({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash,
      ...scope,
    });
    await audit(tx, actor, 'user.create', 'user', created.id, {
      username: created.username,
      role: created.role,
      ...scope,
    });
    return created;
  });
  return presentUser(user, ctx.now());
}

/** Accounts, one page (administrator). */
export async function listAccounts(
  ctx: AppContext,
  query: { role?: Role | undefined; page?: number | undefined; pageSize?: number | undefined },
) {
  const page = await ctx.repos.users.list({
    ...(query.role ? { role: query.role } : {}),
    ...(query.page ? { page: query.page } : {}),
    ...(query.pageSize ? { pageSize: query.pageSize } : {}),
  });
  const now = ctx.now();
  return { items: page.items.map((u) => presentUser(u, now)), total: page.total };
}

/** What an administrator may change on an account. */
export interface AccountChange {
  displayName?: string | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
  agencyId?: number | null | undefined;
  regionId?: number | null | undefined;
}

/**
 * Changes an account (administrator). An administrator cannot disable or demote itself, so the
 * system is never left without one by mistake; disabling ends the account's sessions. It can
 * neither change an auditor's account (which could silence the audit) nor make anyone an
 * auditor (whose password it may know).
 */
export async function updateAccount(
  ctx: AppContext,
  actor: Actor,
  id: number,
  change: AccountChange,
) {
  const existing = await ctx.repos.users.get(id);
  if (!existing) throw new XxgkError('input.not-found', `用户（编号 ${id}）不存在。`);
  if (id === actor.id && (change.disabled === true || (change.role && change.role !== 'admin')))
    throw new XxgkError('usage', '不能停用自己的账号或取消自己的管理员角色。');
  if (existing.role === 'auditor') await refuseAuditorChange(ctx, actor, 'update', existing);
  if (change.role === 'auditor') await refuseAuditorChange(ctx, actor, 'grant-role', existing);
  const role = change.role ?? existing.role;
  const scopeTouched =
    change.role !== undefined || change.agencyId !== undefined || change.regionId !== undefined;
  const scope = scopeTouched
    ? scopeFor(
        role,
        change.agencyId !== undefined ? change.agencyId : existing.agencyId,
        change.regionId !== undefined ? change.regionId : existing.regionId,
      )
    : null;
  if (scope) await assertScopeExists(ctx, scope);
  const user = await ctx.repos.transaction(async (tx) => {
    let row = existing;
    if (change.displayName !== undefined || scope)
      row = await tx.users.update(id, {
        ...(change.displayName !== undefined ? { displayName: change.displayName.trim() } : {}),
        ...(scope ? { role, ...scope } : {}),
      });
    if (change.disabled !== undefined && change.disabled !== existing.disabled) {
      row = await tx.users.setDisabled(id, change.disabled);
      if (change.disabled) await tx.sessions.deleteForUser(id);
    }
    if (
      scope &&
      (role !== existing.role ||
        scope.agencyId !== existing.agencyId ||
        scope.regionId !== existing.regionId)
    )
      await tx.sessions.deleteForUser(id);
    await audit(tx, actor, 'user.update', 'user', id, { ...change });
    return row;
  });
  return presentUser(user, ctx.now());
}

/**
 * Lifts a lockout (administrator) — allowed for an auditor too: it restores the auditor's own
 * access without giving the administrator any.
 */
export async function unlockAccount(ctx: AppContext, actor: Actor, id: number) {
  const user = await ctx.repos.transaction(async (tx) => {
    const row = await tx.users.unlock(id);
    await audit(tx, actor, 'user.unlock', 'user', id, { username: row.username });
    return row;
  });
  return presentUser(user, ctx.now());
}

/**
 * Sets a new password for an account (administrator); its sessions end. Never an auditor's:
 * the administrator would then sign in as the auditor.
 */
export async function resetPassword(ctx: AppContext, actor: Actor, id: number, password: string) {
  const existing = await ctx.repos.users.get(id);
  if (!existing) throw new XxgkError('input.not-found', `用户（编号 ${id}）不存在。`);
  if (existing.role === 'auditor')
    await refuseAuditorChange(ctx, actor, 'password-reset', existing);
  assertPasswordPolicy(password, existing.username);
  const phc = await hashPassword(password);
  await ctx.repos.transaction(async (tx) => {
    await tx.users.setPassword(id, phc, ctx.now());
    await tx.sessions.deleteForUser(id);
    await audit(tx, actor, 'user.password-reset', 'user', id, { username: existing.username });
  });
}
