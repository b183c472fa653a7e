import { XxgkError, type Finding, type Report } from '@xxgk/model';
import { and, desc, eq, getTableColumns, isNull, max } from 'drizzle-orm';
import type { Database } from '../database.js';
import { guarded } from '../db-errors.js';
import {
  reports,
  reportVersions,
  users,
  type ReportRow,
  type ReportStatus,
  type ReportVersion,
} from '../schema/index.js';
import { countSeverities, insertFindings } from './findings.js';
import { insertSourceFile, type NewSourceFile } from './source-files.js';
import { omit } from './omit.js';

/** What a new version carries. */
export interface NewVersion {
  report: Report;
  /** Why the version exists (导入、更正理由…). Required: every change must say why. */
  reason: string;
  /** Null for the system itself. */
  createdBy: number | null;
  /** The checks' findings on this version; the list counts come from them. */
  findings?: readonly Finding[];
  /** The original file, for an import. */
  source?: NewSourceFile;
  /**
   * The report's status after this version. Default: unchanged, except that a published report
   * becomes a draft again (its published version stays in the history, frozen).
   */
  status?: ReportStatus;
}

/** A version in the history list, without the report JSON. */
export type VersionSummary = Omit<ReportVersion, 'report'> & {
  createdByName: string | null;
};

const summaryColumns = omit(getTableColumns(reportVersions), 'report');

/**
 * Writes the next version of a report whose row the caller has locked, and points the report
 * at it. Shared by report creation (version 1) and {@link VersionsRepository.append}.
 */
export async function writeVersion(
  tx: Database,
  report: ReportRow,
  input: NewVersion,
): Promise<ReportVersion> {
  if (!input.reason.trim())
    throw new XxgkError('usage', '保存新版本必须填写理由（如“导入”或更正的原因）。');
  const [last] = await tx
    .select({ number: max(reportVersions.number) })
    .from(reportVersions)
    .where(eq(reportVersions.reportId, report.id));
  const [version] = await tx
    .insert(reportVersions)
    .values({
      reportId: report.id,
      number: (last?.number ?? 0) + 1,
      report: input.report,
      createdBy: input.createdBy,
      reason: input.reason.trim(),
    })
    .returning();
  if (input.source) await insertSourceFile(tx, version!.id, input.source);
  const found = input.findings ?? [];
  await insertFindings(tx, version!.id, found);
  const status = input.status ?? (report.status === 'published' ? 'draft' : report.status);
  await tx
    .update(reports)
    .set({
      currentVersionId: version!.id,
      format: input.report.format,
      title: input.report.title,
      publishedOn: input.report.publishedOn,
      status,
      ...countSeverities(found),
      updatedAt: new Date(),
    })
    .where(eq(reports.id, report.id));
  return version!;
}

/** The report row, locked until the transaction ends so that versions are numbered in turn. */
export async function lockReport(tx: Database, reportId: number): Promise<ReportRow> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, reportId)).for('update');
  if (!row) throw new XxgkError('input.not-found', `年报（编号 ${reportId}）不存在。`);
  return row;
}

/** Report versions: append-only history, published versions frozen. */
export class VersionsRepository {
  constructor(private readonly db: Database) {}

  /** Saves a change as the report's next version and makes it current; one transaction. */
  async append(reportId: number, input: NewVersion): Promise<ReportVersion> {
    return this.db.transaction(async (tx) =>
      writeVersion(tx, await lockReport(tx, reportId), input),
    );
  }

  /** A version with its report JSON, or null. */
  async get(versionId: number): Promise<ReportVersion | null> {
    const [row] = await this.db
      .select()
      .from(reportVersions)
      .where(eq(reportVersions.id, versionId));
    return row ?? null;
  }

  /** A report's version by its number (1, 2, …), or null. */
  async getByNumber(reportId: number, number: number): Promise<ReportVersion | null> {
    const [row] = await this.db
      .select()
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.number, number)));
    return row ?? null;
  }

  /** The version a report currently shows, or null if the report is unknown. */
  async current(reportId: number): Promise<ReportVersion | null> {
    const [row] = await this.db
      .select({ version: reportVersions })
      .from(reports)
      .innerJoin(reportVersions, eq(reportVersions.id, reports.currentVersionId))
      .where(eq(reports.id, reportId));
    return row?.version ?? null;
  }

  /** Every version of a report, newest first, with who made it. */
  async history(reportId: number): Promise<VersionSummary[]> {
    const rows = await this.db
      .select({ version: summaryColumns, createdByName: users.displayName })
      .from(reportVersions)
      .leftJoin(users, eq(users.id, reportVersions.createdBy))
      .where(eq(reportVersions.reportId, reportId))
      .orderBy(desc(reportVersions.number));
    return rows.map((r) => ({ ...r.version, createdByName: r.createdByName }));
  }

  /** The published versions of a report, oldest first. */
  async published(reportId: number): Promise<VersionSummary[]> {
    return (await this.history(reportId)).filter((v) => v.publishedAt !== null).reverse();
  }

  /**
   * Freezes a version as published. Publishing a version twice is `record.immutable`: the
   * repository says so before the trigger would.
   */
  async markPublished(
    versionId: number,
    by: number,
    now: Date = new Date(),
  ): Promise<ReportVersion> {
    const existing = await this.get(versionId);
    if (!existing) throw new XxgkError('input.not-found', `年报版本（编号 ${versionId}）不存在。`);
    if (existing.publishedAt)
      throw new XxgkError(
        'record.immutable',
        `年报 ${existing.reportId} 的第 ${existing.number} 版已于 ${existing.publishedAt.toISOString()} 发布，不可再改。`,
      );
    const [row] = await guarded(() =>
      this.db
        .update(reportVersions)
        .set({ publishedAt: now, publishedBy: by })
        .where(and(eq(reportVersions.id, versionId), isNull(reportVersions.publishedAt)))
        .returning(),
    );
    if (!row)
      throw new XxgkError(
        'record.immutable',
        `年报 ${existing.reportId} 的第 ${existing.number} 版已发布。`,
      );
    return row;
  }
}
