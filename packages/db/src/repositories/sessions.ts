import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, getTableColumns, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { sessions, users, type Session } from '../schema/index.js';
import { inetOrNull } from './inet.js';
import type { PublicUser } from './users.js';
import { omit } from './omit.js';

/** Hex SHA-256 of a token: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh 256-bit random token, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What opening a session needs. */
export interface NewSession {
  userId: number;
  /** Absolute lifetime in milliseconds. */
  ttlMs: number;
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}

/** A new session: the two tokens exist only here, the database keeps their hashes. */
export interface CreatedSession {
  /** Goes into the httpOnly cookie. */
  token: string;
  /** Goes to the page, which sends it back in a header on every change. */
  csrfToken: string;
  session: Session;
}

/** A live session and its user. */
export interface ActiveSession {
  session: Session;
  user: PublicUser;
}

const userColumns = omit(getTableColumns(users), 'passwordHash');

/** Login sessions kept in the database (so they survive restarts and can be revoked). */
export class SessionsRepository {
  constructor(private readonly db: Database) {}

  /** Opens a session for a user and returns its tokens. */
  async create(input: NewSession): Promise<CreatedSession> {
    const now = input.now ?? new Date();
    const token = newToken();
    const csrfToken = newToken();
    const [session] = await this.db
      .insert(sessions)
      .values({
        idHash: hashToken(token),
        userId: input.userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + input.ttlMs),
        csrfTokenHash: hashToken(csrfToken),
        ip: inetOrNull(input.ip),
        userAgent: input.userAgent ?? null,
      })
      .returning();
    return { token, csrfToken, session: session! };
  }

  /**
   * The session a cookie token names and its user, or null when there is none, it has expired,
   * it has been idle longer than `idleMs`, or the user is disabled.
   */
  async find(
    token: string,
    options: { idleMs: number; now?: Date },
  ): Promise<ActiveSession | null> {
    const now = options.now ?? new Date();
    const [row] = await this.db
      .select({ session: sessions, user: userColumns })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.idHash, hashToken(token)));
    if (!row) return null;
    const { session, user } = row;
    if (user.disabled) return null;
    if (session.expiresAt <= now) return null;
    if (session.lastSeenAt.getTime() + options.idleMs <= now.getTime()) return null;
    return { session, user };
  }

  /** Marks the session as used now, which restarts its idle timer. */
  async touch(token: string, now: Date = new Date()): Promise<void> {
    await this.db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(eq(sessions.idHash, hashToken(token)));
  }

  /** True if `csrfToken` is the one issued with this session (constant-time comparison). */
  static verifyCsrf(session: Pick<Session, 'csrfTokenHash'>, csrfToken: string): boolean {
    const expected = Buffer.from(session.csrfTokenHash, 'hex');
    const given = Buffer.from(hashToken(csrfToken), 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** Ends one session (logout). */
  async delete(token: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
  }

  /**
   * Ends every session of a user (password changed, account disabled), except optionally the
   * one making the change. Returns how many were ended.
   */
  async deleteForUser(userId: number, exceptToken?: string): Promise<number> {
    const rows = await this.db
      .delete(sessions)
      .where(
        exceptToken === undefined
          ? eq(sessions.userId, userId)
          : and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${hashToken(exceptToken)}`),
      )
      .returning({ idHash: sessions.idHash });
    return rows.length;
  }

  /** Removes sessions past their end or idle too long; returns how many. */
  async deleteExpired(options: { idleMs: number; now?: Date }): Promise<number> {
    const now = options.now ?? new Date();
    const idleSince = new Date(now.getTime() - options.idleMs);
    const rows = await this.db
      .delete(sessions)
      .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)))
      .returning({ idHash: sessions.idHash });
    return rows.length;
  }

  /** The live sessions of a user, newest first (for a "my sessions" page). */
  async listForUser(userId: number): Promise<Session[]> {
    return this.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(sql`${sessions.lastSeenAt} desc`);
  }
}
