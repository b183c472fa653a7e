import { createHash } from 'node:crypto';
import { XxgkError } from '@xxgk/model';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../database.js';
import {
  agencies,
  reports,
  reportVersions,
  SOURCE_FILE_MAX_BYTES,
  sourceFiles,
  type SourceFile,
} from '../schema/index.js';
import { omit } from './omit.js';

/** An original file to keep with a version. */
export interface NewSourceFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** A source file without its bytes, for lists. */
export type SourceFileInfo = Omit<SourceFile, 'bytes'>;

/** A stored file with the same bytes as a new upload, and the report it belongs to. */
export interface DuplicateSource extends SourceFileInfo {
  reportId: number;
  versionNumber: number;
  agencyName: string;
  year: number;
}

const infoColumns = omit(getTableColumns(sourceFiles), 'bytes');

/** Hex SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const megabytes = (n: number): string => (n / 1024 / 1024).toFixed(1);

/** Checks the size limit and stores a file for a version; the hash is computed here. */
export async function insertSourceFile(
  db: Database,
  versionId: number,
  file: NewSourceFile,
): Promise<SourceFileInfo> {
  if (file.bytes.byteLength > SOURCE_FILE_MAX_BYTES)
    throw new XxgkError(
      'input.too-large',
      `文件“${file.fileName}”大小为 ${megabytes(file.bytes.byteLength)} MB，超过原始文件 ${megabytes(SOURCE_FILE_MAX_BYTES)} MB 的上限。`,
    );
  const fileName = file.fileName.trim();
  if (!fileName) throw new XxgkError('usage', '原始文件名不能为空。');
  const [row] = await db
    .insert(sourceFiles)
    .values({
      reportVersionId: versionId,
      fileName,
      mediaType: file.mediaType || 'application/octet-stream',
      size: file.bytes.byteLength,
      sha256: sha256Hex(file.bytes),
      bytes: file.bytes,
    })
    .returning(infoColumns);
  return row!;
}

/** The original files reports were imported from. */
export class SourceFilesRepository {
  constructor(private readonly db: Database) {}

  /**
   * Keeps an original file with a version that is not yet published (a published version is
   * frozen, its sources included): `record.immutable` otherwise.
   */
  async add(versionId: number, file: NewSourceFile): Promise<SourceFileInfo> {
    const [version] = await this.db
      .select({ publishedAt: reportVersions.publishedAt, number: reportVersions.number })
      .from(reportVersions)
      .where(eq(reportVersions.id, versionId));
    if (!version) throw new XxgkError('input.not-found', `年报版本（编号 ${versionId}）不存在。`);
    if (version.publishedAt)
      throw new XxgkError(
        'record.immutable',
        `第 ${version.number} 版已发布，不能再附加原始文件。`,
      );
    return insertSourceFile(this.db, versionId, file);
  }

  /** A file with its bytes, or null. */
  async get(id: number): Promise<SourceFile | null> {
    const [row] = await this.db.select().from(sourceFiles).where(eq(sourceFiles.id, id));
    return row ?? null;
  }

  /** The files of a version, without bytes. */
  async listForVersion(versionId: number): Promise<SourceFileInfo[]> {
    return this.db
      .select(infoColumns)
      .from(sourceFiles)
      .where(eq(sourceFiles.reportVersionId, versionId))
      .orderBy(asc(sourceFiles.id));
  }

  /** The files of every version of a report, without bytes, oldest first. */
  async listForReport(reportId: number): Promise<SourceFileInfo[]> {
    return this.db
      .select(infoColumns)
      .from(sourceFiles)
      .innerJoin(reportVersions, eq(reportVersions.id, sourceFiles.reportVersionId))
      .where(eq(reportVersions.reportId, reportId))
      .orderBy(asc(sourceFiles.id));
  }

  /** Files already stored with exactly these bytes: how the import notices a duplicate. */
  async findDuplicates(bytes: Uint8Array): Promise<DuplicateSource[]> {
    const rows = await this.db
      .select({
        file: infoColumns,
        reportId: reports.id,
        versionNumber: reportVersions.number,
        agencyName: agencies.name,
        year: reports.year,
      })
      .from(sourceFiles)
      .innerJoin(reportVersions, eq(reportVersions.id, sourceFiles.reportVersionId))
      .innerJoin(reports, eq(reports.id, reportVersions.reportId))
      .innerJoin(agencies, eq(agencies.id, reports.agencyId))
      .where(eq(sourceFiles.sha256, sha256Hex(bytes)))
      .orderBy(asc(sourceFiles.id));
    return rows.map(({ file, ...rest }) => ({ ...file, ...rest }));
  }
}
