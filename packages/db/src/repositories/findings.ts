import type { Finding } from '@xxgk/model';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../database.js';
import { findings, reports, reportVersions, type FindingRow } from '../schema/index.js';

/** How many findings of each severity that count in the list. */
export interface SeverityCounts {
  errorCount: number;
  warningCount: number;
}

/** Counts the errors and warnings among findings. */
export function countSeverities(list: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  let errorCount = 0;
  let warningCount = 0;
  for (const f of list) {
    if (f.severity === 'error') errorCount += 1;
    else if (f.severity === 'warning') warningCount += 1;
  }
  return { errorCount, warningCount };
}

/** A stored finding back in the model's shape. */
export function toFinding(row: FindingRow): Finding {
  const finding: Finding = {
    rule: row.rule,
    severity: row.severity,
    message: row.message,
    cells: row.cells,
  };
  if (row.line !== null) finding.line = row.line;
  if (row.excerpt !== null) finding.excerpt = row.excerpt;
  return finding;
}

/** Stores findings for a version in the given order (no delete: see FindingsRepository.replace). */
export async function insertFindings(
  db: Database,
  versionId: number,
  list: readonly Finding[],
): Promise<void> {
  if (list.length === 0) return;
  await db.insert(findings).values(
    list.map((f, ordinal) => ({
      reportVersionId: versionId,
      ordinal,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cells: [...f.cells],
      line: f.line ?? null,
      excerpt: f.excerpt ?? null,
    })),
  );
}

/** What the checks found on each version. */
export class FindingsRepository {
  constructor(private readonly db: Database) {}

  /** The findings of a version, in the order the checker gave them. */
  async list(versionId: number): Promise<Finding[]> {
    const rows = await this.db
      .select()
      .from(findings)
      .where(eq(findings.reportVersionId, versionId))
      .orderBy(asc(findings.ordinal));
    return rows.map(toFinding);
  }

  /**
   * Replaces a version's findings with a new run of the checks, and when that version is its
   * report's current one, the report's error and warning counts with them: one transaction.
   */
  async replace(versionId: number, list: readonly Finding[]): Promise<SeverityCounts> {
    const counts = countSeverities(list);
    await this.db.transaction(async (tx) => {
      await tx.delete(findings).where(eq(findings.reportVersionId, versionId));
      await insertFindings(tx, versionId, list);
      const [version] = await tx
        .select({ reportId: reportVersions.reportId })
        .from(reportVersions)
        .where(eq(reportVersions.id, versionId));
      if (!version) return;
      await tx
        .update(reports)
        .set(counts)
        .where(and(eq(reports.id, version.reportId), eq(reports.currentVersionId, versionId)));
    });
    return counts;
  }
}
