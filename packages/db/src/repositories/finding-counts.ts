import { SEVERITIES, type Severity } from '@xxgk/model';
import { count, inArray } from 'drizzle-orm';
import type { Database } from '../database.js';
import { findings } from '../schema/index.js';

/** Findings of each severity on one version. */
export type SeverityTally = Record<Severity, number>;

/**
 * Counts of findings by severity for many versions in one query: the list shows errors,
 * warnings and advice per report, and the report row keeps only the first two.
 */
export class FindingCountsRepository {
  constructor(private readonly db: Database) {}

  /** Version id → counts; versions without findings get zeros. */
  async forVersions(versionIds: readonly number[]): Promise<Map<number, SeverityTally>> {
    const result = new Map<number, SeverityTally>();
    const ids = [...new Set(versionIds)];
    for (const id of ids) result.set(id, { error: 0, warning: 0, info: 0 });
    if (ids.length === 0) return result;
    const rows = await this.db
      .select({ versionId: findings.reportVersionId, severity: findings.severity, n: count() })
      .from(findings)
      .where(inArray(findings.reportVersionId, ids))
      .groupBy(findings.reportVersionId, findings.severity);
    for (const row of rows) {
      const tally = result.get(row.versionId);
      if (tally && SEVERITIES.includes(row.severity)) tally[row.severity] = row.n;
    }
    return result;
  }
}
