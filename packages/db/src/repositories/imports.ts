import { randomBytes } from 'node:crypto';
import type { Finding, ParsedDocument } from '@xxgk/model';
import { XxgkError } from '@xxgk/model';
import { and, asc, eq, getTableColumns, lte } from 'drizzle-orm';
import type { Database } from '../database.js';
import {
  imports,
  SOURCE_FILE_MAX_BYTES,
  type ImportError,
  type ImportRow,
  type ImportStatus,
} from '../schema/index.js';
import { omit } from './omit.js';
import { sha256Hex } from './source-files.js';

/** A file to stage: its bytes and what reading it gave. */
export interface NewImport {
  userId: number;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  status: ImportStatus;
  parsed?: ParsedDocument | null;
  findings?: readonly Finding[];
  error?: ImportError | null;
  /** How long the staged file waits for confirmation, in milliseconds. */
  ttlMs: number;
  now?: Date;
}

/** A staged import without its bytes. */
export type ImportInfo = Omit<ImportRow, 'bytes'>;

const infoColumns = omit(getTableColumns(imports), 'bytes');

/** Uploaded files waiting to be confirmed as reports (or discarded). */
export class ImportsRepository {
  constructor(private readonly db: Database) {}

  /** Stages a file; the id is random and the hash is computed here. */
  async create(input: NewImport): Promise<ImportInfo> {
    if (input.bytes.byteLength > SOURCE_FILE_MAX_BYTES)
      throw new XxgkError(
        'input.too-large',
        `文件“${input.fileName}”超过原始文件 ${SOURCE_FILE_MAX_BYTES / 1024 / 1024} MB 的上限。`,
      );
    const fileName = input.fileName.trim() || '未命名文件';
    const now = input.now ?? new Date();
    const [row] = await this.db
      .insert(imports)
      .values({
        id: randomBytes(16).toString('base64url'),
        userId: input.userId,
        fileName,
        mediaType: input.mediaType || 'application/octet-stream',
        size: input.bytes.byteLength,
        sha256: sha256Hex(input.bytes),
        bytes: input.bytes,
        status: input.status,
        parsed: input.parsed ?? null,
        findings: [...(input.findings ?? [])],
        error: input.error ?? null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.ttlMs),
      })
      .returning(infoColumns);
    return row!;
  }

  /** A staged import with its bytes, or null (also when it has expired at `now`). */
  async get(id: string, now: Date = new Date()): Promise<ImportRow | null> {
    const [row] = await this.db.select().from(imports).where(eq(imports.id, id));
    if (!row || row.expiresAt <= now) return null;
    return row;
  }

  /** The unexpired imports a user staged, oldest first, without bytes. */
  async listForUser(userId: number, now: Date = new Date()): Promise<ImportInfo[]> {
    const rows = await this.db
      .select(infoColumns)
      .from(imports)
      .where(eq(imports.userId, userId))
      .orderBy(asc(imports.createdAt), asc(imports.id));
    return rows.filter((r) => r.expiresAt > now);
  }

  /** Staged imports of this user with exactly these bytes (a file dropped twice in one batch). */
  async findDuplicates(userId: number, bytes: Uint8Array): Promise<ImportInfo[]> {
    return this.db
      .select(infoColumns)
      .from(imports)
      .where(and(eq(imports.userId, userId), eq(imports.sha256, sha256Hex(bytes))))
      .orderBy(asc(imports.createdAt));
  }

  /** Removes a staged import; true if there was one. */
  async delete(id: string): Promise<boolean> {
    const rows = await this.db
      .delete(imports)
      .where(eq(imports.id, id))
      .returning({ id: imports.id });
    return rows.length > 0;
  }

  /** Removes imports past their time; returns how many. */
  async deleteExpired(now: Date = new Date()): Promise<number> {
    const rows = await this.db
      .delete(imports)
      .where(lte(imports.expiresAt, now))
      .returning({ id: imports.id });
    return rows.length;
  }
}
