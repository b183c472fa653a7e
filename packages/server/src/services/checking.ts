import type { ReportListItem } from '@xxgk/db';
import { check, type CheckInput } from '@xxgk/checks';
import type { Finding, Report } from '@xxgk/model';
import type { AppContext } from '../context.js';

/** The current version's report of an agency's report for a year, or undefined. */
export async function reportOfYear(
  ctx: AppContext,
  agencyId: number,
  year: number,
): Promise<Report | undefined> {
  const row = await ctx.repos.reports.findByAgencyYear(agencyId, year);
  if (!row) return undefined;
  return (await ctx.repos.versions.current(row.id))?.report;
}

const sameSections = (a: Report, b: Report): boolean =>
  JSON.stringify(a.sections ?? {}) === JSON.stringify(b.sections ?? {});

/**
 * What the checks read for a stored report's new content: last year's report of the same
 * agency (carry-over, 现行有效件数), and the original document's text while the narrative is
 * still the one read from it — once a section is corrected, the document no longer speaks
 * for the report and the checks read the corrected sections instead.
 */
export async function checkInputFor(
  ctx: AppContext,
  row: Pick<ReportListItem, 'id' | 'agencyId' | 'year'>,
  report: Report,
): Promise<CheckInput> {
  const input: CheckInput = { report };
  const previous = await reportOfYear(ctx, row.agencyId, row.year - 1);
  if (previous) {
    input.previous = previous;
    // Looked up by agency id: this body's own report, even if it was renamed since.
    input.previousSameAgency = true;
  }
  const source = await ctx.work.sourceTexts.latestForReport(row.id);
  if (source?.text) {
    const imported = await ctx.repos.versions.get(source.file.reportVersionId);
    if (imported && sameSections(imported.report, report)) {
      input.text = source.text.text;
      input.outline = source.text.outline;
    }
  }
  return input;
}

/** Runs the checks on a stored report's new content (see {@link checkInputFor}). */
export async function checkStored(
  ctx: AppContext,
  row: Pick<ReportListItem, 'id' | 'agencyId' | 'year'>,
  report: Report,
): Promise<Finding[]> {
  return check(await checkInputFor(ctx, row, report));
}
