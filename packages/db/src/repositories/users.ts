import { XxgkError } from '@xxgk/model';
import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import {
  brokeForeignKey,
  sqlState,
  SQLSTATE_CHECK_VIOLATION,
  SQLSTATE_UNIQUE_VIOLATION,
} from '../db-errors.js';
import { users, type Role, type User } from '../schema/index.js';
import { normalizePage, type Page, type PageRequest } from './paging.js';
import { omit } from './omit.js';

/** A user without the password hash: what may leave the server. */
export type PublicUser = Omit<User, 'passwordHash'>;

/** What creating a user needs. */
export interface NewUser {
  username: string;
  displayName: string;
  /** A PHC string made by the server's password hasher. */
  passwordHash: string;
  role: Role;
  agencyId?: number | null;
  regionId?: number | null;
}

/** The lockout policy applied by {@link UsersRepository.recordFailedLogin}. */
export interface LockoutPolicy {
  /** Failures in a row that lock the account. */
  maxFailures: number;
  /** How long the lock lasts, in milliseconds. */
  lockMs: number;
}

/** The account's state after a failed login. */
export interface FailedLoginResult {
  failedLogins: number;
  /** Set when this failure locked the account (or it was already locked). */
  lockedUntil: Date | null;
}

const SCOPE_MESSAGE =
  '角色与范围不符：填报员须属于一个机关，审核员须指定行政区划，且二者不能同时指定。';

const PHC = /^\$[a-z0-9-]+\$[^\s]+$/u;
const USERNAME = /^[\p{L}\p{N}._@-]{2,64}$/u;

/**
 * The form a username is stored and looked up in: NFKC (so full-width letters typed with a
 * Chinese input method match), trimmed, lower case.
 */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

const publicColumns = omit(getTableColumns(users), 'passwordHash');

/** Local accounts, their lockout state and password dates. */
export class UsersRepository {
  constructor(private readonly db: Database) {}

  /** Adds an account. A taken username is `record.conflict`; a malformed one `usage`. */
  async create(input: NewUser): Promise<PublicUser> {
    const username = normalizeUsername(input.username);
    if (!USERNAME.test(username))
      throw new XxgkError(
        'usage',
        `用户名“${input.username}”无效：须为 2–64 个字母、数字或 . _ @ - 字符。`,
      );
    if (!PHC.test(input.passwordHash))
      throw new XxgkError('usage', '密码哈希须为 PHC 格式（如 $argon2id$…），不能保存明文密码。');
    const displayName = input.displayName.trim();
    if (!displayName) throw new XxgkError('usage', '显示名称不能为空。');
    if (input.role === 'clerk' && input.agencyId == null)
      throw new XxgkError('usage', '填报员必须属于一个机关。');
    if (input.role === 'reviewer' && input.regionId == null)
      throw new XxgkError('usage', '审核员必须指定负责的行政区划。');
    try {
      const [row] = await this.db
        .insert(users)
        .values({
          username,
          displayName,
          passwordHash: input.passwordHash,
          role: input.role,
          agencyId: input.agencyId ?? null,
          regionId: input.regionId ?? null,
        })
        .returning(publicColumns);
      return row!;
    } catch (e) {
      if (sqlState(e) === SQLSTATE_UNIQUE_VIOLATION)
        throw new XxgkError('record.conflict', `用户名“${username}”已被使用。`, { cause: e });
      if (brokeForeignKey(e, 'users_agency_id_agencies_id_fk'))
        throw new XxgkError('input.not-found', `机关（编号 ${input.agencyId}）不存在。`, {
          cause: e,
        });
      if (brokeForeignKey(e, 'users_region_id_regions_id_fk'))
        throw new XxgkError('input.not-found', `行政区划（编号 ${input.regionId}）不存在。`, {
          cause: e,
        });
      if (sqlState(e) === SQLSTATE_CHECK_VIOLATION)
        throw new XxgkError('usage', SCOPE_MESSAGE, { cause: e });
      throw e;
    }
  }

  /** The account with this id (without the hash), or null. */
  async get(id: number): Promise<PublicUser | null> {
    const [row] = await this.db.select(publicColumns).from(users).where(eq(users.id, id));
    return row ?? null;
  }

  /**
   * The account with this username, including the password hash: for the login route only,
   * which must verify the password and then drop the hash.
   */
  async findByUsername(username: string): Promise<User | null> {
    const [row] = await this.db
      .select()
      .from(users)
      .where(eq(users.username, normalizeUsername(username)));
    return row ?? null;
  }

  /** Accounts, by username, optionally of one role or scope. */
  async list(
    filter: { role?: Role; agencyId?: number; regionId?: number } & PageRequest = {},
  ): Promise<Page<PublicUser>> {
    const { page, pageSize, offset } = normalizePage(filter);
    const where: SQL[] = [];
    if (filter.role) where.push(eq(users.role, filter.role));
    if (filter.agencyId !== undefined) where.push(eq(users.agencyId, filter.agencyId));
    if (filter.regionId !== undefined) where.push(eq(users.regionId, filter.regionId));
    const condition = and(...where);
    const [items, [counted]] = await Promise.all([
      this.db
        .select(publicColumns)
        .from(users)
        .where(condition)
        .orderBy(asc(users.username))
        .limit(pageSize)
        .offset(offset),
      this.db
        .select({ total: sql<number>`count(*)`.mapWith(Number) })
        .from(users)
        .where(condition),
    ]);
    return { items, total: counted?.total ?? 0, page, pageSize };
  }

  /**
   * Counts a failed login in one statement (no lost updates when two attempts race). The
   * failure that reaches `maxFailures` locks the account for `lockMs` and restarts the count.
   * @see GB/T 22239-2019 8.1.4.1 b) 登录失败处理
   */
  async recordFailedLogin(
    id: number,
    policy: LockoutPolicy,
    now: Date = new Date(),
  ): Promise<FailedLoginResult> {
    const until = new Date(now.getTime() + policy.lockMs);
    const reached = sql`${users.failedLogins} + 1 >= ${policy.maxFailures}`;
    const [row] = await this.db
      .update(users)
      .set({
        failedLogins: sql`case when ${reached} then 0 else ${users.failedLogins} + 1 end`,
        lockedUntil: sql`case when ${reached} then ${until.toISOString()}::timestamptz else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, id))
      .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
    if (!row) throw new XxgkError('input.not-found', `用户（编号 ${id}）不存在。`);
    const lockedUntil = row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
    return { failedLogins: row.failedLogins, lockedUntil };
  }

  /** True if the account is locked at `now`. */
  static isLocked(user: Pick<User, 'lockedUntil'>, now: Date = new Date()): boolean {
    return user.lockedUntil !== null && user.lockedUntil > now;
  }

  /** Clears the failure count after a successful login and notes when it happened. */
  async recordSuccessfulLogin(id: number, now: Date = new Date()): Promise<void> {
    await this.db
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, id));
  }

  /** Lifts a lock (an administrator's action). */
  async unlock(id: number): Promise<PublicUser> {
    return this.patch(id, { failedLogins: 0, lockedUntil: null });
  }

  /** Stores a new password hash and notes when it changed (password-age policy). */
  async setPassword(id: number, passwordHash: string, now: Date = new Date()): Promise<PublicUser> {
    if (!PHC.test(passwordHash))
      throw new XxgkError('usage', '密码哈希须为 PHC 格式（如 $argon2id$…），不能保存明文密码。');
    return this.patch(id, { passwordHash, passwordChangedAt: now });
  }

  /** Disables or re-enables an account; a disabled account cannot log in or use a session. */
  async setDisabled(id: number, disabled: boolean): Promise<PublicUser> {
    return this.patch(id, { disabled });
  }

  /** Changes the display name, role or scope; the database rejects a role without its scope. */
  async update(
    id: number,
    change: Partial<Pick<User, 'displayName' | 'role' | 'agencyId' | 'regionId'>>,
  ): Promise<PublicUser> {
    return this.patch(id, change);
  }

  private async patch(id: number, values: Partial<User>): Promise<PublicUser> {
    let row: PublicUser | undefined;
    try {
      [row] = await this.db
        .update(users)
        .set(values)
        .where(eq(users.id, id))
        .returning(publicColumns);
    } catch (e) {
      if (sqlState(e) === SQLSTATE_CHECK_VIOLATION)
        throw new XxgkError('usage', SCOPE_MESSAGE, { cause: e });
      throw e;
    }
    if (!row) throw new XxgkError('input.not-found', `用户（编号 ${id}）不存在。`);
    return row;
  }
}
