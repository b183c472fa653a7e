import type { ParsedDocument } from '@xxgk/model';
import { desc, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../database.js';
import { reportVersions, sourceFiles, sourceTexts, type SourceText } from '../schema/index.js';
import { omit } from './omit.js';
import type { SourceFileInfo } from './source-files.js';

/** A report's latest original file (without bytes) and what the reader made of it. */
export interface ReportSource {
  file: SourceFileInfo;
  /** Null when the file was stored without its reading (e.g. by an older version). */
  text: SourceText | null;
}

const fileColumns = omit(getTableColumns(sourceFiles), 'bytes');

/** The readings of original files: text, provenance, outline, problems. */
export class SourceTextsRepository {
  constructor(private readonly db: Database) {}

  /** Keeps what the reader made of a stored file (replacing an earlier reading). */
  async put(
    sourceFileId: number,
    doc: Pick<ParsedDocument, 'source' | 'text' | 'provenance' | 'outline' | 'problems'>,
  ): Promise<SourceText> {
    const values = {
      kind: doc.source,
      text: doc.text,
      provenance: doc.provenance,
      outline: doc.outline,
      problems: doc.problems,
    };
    const [row] = await this.db
      .insert(sourceTexts)
      .values({ sourceFileId, ...values })
      .onConflictDoUpdate({ target: sourceTexts.sourceFileId, set: values })
      .returning();
    return row!;
  }

  /** The reading of one stored file, or null. */
  async get(sourceFileId: number): Promise<SourceText | null> {
    const [row] = await this.db
      .select()
      .from(sourceTexts)
      .where(eq(sourceTexts.sourceFileId, sourceFileId));
    return row ?? null;
  }

  /**
   * The newest original file of any version of a report, and its reading; null when the report
   * was never imported (entered by hand).
   */
  async latestForReport(reportId: number): Promise<ReportSource | null> {
    const [row] = await this.db
      .select({ file: fileColumns, text: sourceTexts })
      .from(sourceFiles)
      .innerJoin(reportVersions, eq(reportVersions.id, sourceFiles.reportVersionId))
      .leftJoin(sourceTexts, eq(sourceTexts.sourceFileId, sourceFiles.id))
      .where(eq(reportVersions.reportId, reportId))
      .orderBy(desc(sourceFiles.id))
      .limit(1);
    return row ? { file: row.file, text: row.text } : null;
  }
}
