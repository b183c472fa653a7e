import type { Finding, Provenance, Severity } from '@xxgk/model';
import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import {
  agencies,
  regions,
  reports,
  reportVersions,
  users,
  type ReportVersion,
} from '../schema/index.js';
import { regionSubtreeIds } from './regions.js';
import type { ReportListItem } from './reports.js';

/** The newest original file of a report (without its bytes) and its provenance. */
export interface PageSource {
  id: number;
  fileName: string;
  mediaType: string;
  size: number;
  reportVersionId: number;
  /** Null when the file was stored without its reading. */
  provenance: Record<string, Provenance> | null;
}

/** The latest return comment on a report. */
export interface PageComment {
  comment: string;
  authorName: string | null;
  createdAt: Date;
}

/** Everything the report page shows about one version, read in one round trip. */
export interface ReportPage {
  version: ReportVersion;
  createdByName: string | null;
  findings: Finding[];
  source: PageSource | null;
  returnComment: PageComment | null;
}

/** A report's current page, and whether it lies in the region asked about (else null). */
export interface CurrentPage {
  row: ReportListItem;
  page: ReportPage;
  withinRegion: boolean | null;
}

interface FindingJson {
  rule: string;
  severity: Severity;
  message: string;
  cells: string[];
  line: number | null;
  excerpt: string | null;
}

interface CommentJson {
  comment: string;
  authorName: string | null;
  createdAt: string;
}

// The parts of the page beside the version row, as correlated subqueries returning JSON.
const findingsJson = () => sql<FindingJson[]>`coalesce((
  select json_agg(json_build_object('rule', f.rule, 'severity', f.severity,
    'message', f.message, 'cells', f.cells, 'line', f.line, 'excerpt', f.excerpt)
    order by f.ordinal)
  from findings f where f.report_version_id = ${reportVersions.id}), '[]'::json)`;

const sourceJson = (reportId: SQL | number) => sql<PageSource | null>`(
  select json_build_object('id', sf.id, 'fileName', sf.file_name, 'mediaType', sf.media_type,
    'size', sf.size, 'reportVersionId', sf.report_version_id, 'provenance', st.provenance)
  from source_files sf
  join report_versions sv on sv.id = sf.report_version_id
  left join source_texts st on st.source_file_id = sf.id
  where sv.report_id = ${reportId}
  order by sf.id desc limit 1)`;

const commentJson = (reportId: SQL | number) => sql<CommentJson | null>`(
  select json_build_object('comment', rc.comment, 'authorName', cu.display_name,
    'createdAt', rc.created_at)
  from review_comments rc left join users cu on cu.id = rc.author_id
  where rc.report_id = ${reportId} and rc.action = 'return'
  order by rc.created_at desc, rc.id desc limit 1)`;

function toPage(row: {
  version: ReportVersion;
  createdByName: string | null;
  findings: FindingJson[];
  source: PageSource | null;
  comment: CommentJson | null;
}): ReportPage {
  return {
    version: row.version,
    createdByName: row.createdByName,
    findings: row.findings.map((f) => {
      const finding: Finding = {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        cells: f.cells ?? [],
      };
      if (f.line !== null) finding.line = f.line;
      if (f.excerpt !== null) finding.excerpt = f.excerpt;
      return finding;
    }),
    source: row.source,
    returnComment: row.comment
      ? {
          comment: row.comment.comment,
          authorName: row.comment.authorName,
          createdAt: new Date(row.comment.createdAt),
        }
      : null,
  };
}

/**
 * The report page in one query: a version with its author, its findings, the report's newest
 * original file with its provenance, and the latest return comment. The page is the most
 * requested read; on PGlite each statement costs its own planning, so one statement instead
 * of six keeps the page fast under load.
 */
export class ReportPagesRepository {
  constructor(private readonly db: Database) {}

  /** The page of a report's version, or null if the version is not that report's. */
  async load(reportId: number, versionId: number): Promise<ReportPage | null> {
    const [row] = await this.db
      .select({
        version: reportVersions,
        createdByName: users.displayName,
        findings: findingsJson(),
        source: sourceJson(reportId),
        comment: commentJson(reportId),
      })
      .from(reportVersions)
      .leftJoin(users, eq(users.id, reportVersions.createdBy))
      .where(sql`${reportVersions.id} = ${versionId} and ${reportVersions.reportId} = ${reportId}`);
    return row ? toPage(row) : null;
  }

  /**
   * A report as the list shows it together with the page of its current version, in one
   * query; null when there is no such report (or it has no version yet). With `withinRegion`,
   * the same query also says whether the report's region lies in that region's subtree (a
   * reviewer's scope), so the page and its scope check cost one round trip.
   */
  async loadCurrent(
    reportId: number,
    options: { withinRegion?: number } = {},
  ): Promise<CurrentPage | null> {
    const [row] = await this.db
      .select({
        report: getTableColumns(reports),
        agencyName: agencies.name,
        agencyKind: agencies.kind,
        regionId: agencies.regionId,
        regionName: regions.name,
        version: reportVersions,
        createdByName: users.displayName,
        findings: findingsJson(),
        source: sourceJson(sql`${reports.id}`),
        comment: commentJson(sql`${reports.id}`),
        withinRegion:
          options.withinRegion === undefined
            ? sql<boolean | null>`null::boolean`
            : sql<
                boolean | null
              >`${agencies.regionId} in ${regionSubtreeIds(options.withinRegion)}`,
      })
      .from(reports)
      .innerJoin(agencies, eq(agencies.id, reports.agencyId))
      .innerJoin(regions, eq(regions.id, agencies.regionId))
      .innerJoin(reportVersions, eq(reportVersions.id, reports.currentVersionId))
      .leftJoin(users, eq(users.id, reportVersions.createdBy))
      .where(eq(reports.id, reportId));
    if (!row) return null;
    return {
      row: {
        ...row.report,
        agencyName: row.agencyName,
        agencyKind: row.agencyKind,
        regionId: row.regionId,
        regionName: row.regionName,
        currentVersionNumber: row.version.number,
      },
      page: toPage(row),
      withinRegion: row.withinRegion,
    };
  }
}
