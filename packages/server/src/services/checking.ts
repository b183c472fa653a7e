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

/**
 * Last year's report of an agency, as the checks take it: found by agency id, so it is this
 * body's own report even if the body was renamed since, and the checker is told so
 * (`previousSameAgency`) instead of comparing the two names. Empty when there is none.
 */
export async function lastYearInput(
  ctx: AppContext,
  agencyId: number,
  year: number,
): Promise<Pick<CheckInput, 'previous' | 'previousSameAgency'>> {
  const previous = await reportOfYear(ctx, agencyId, year - 1);
  return previous ? { previous, previousSameAgency: true } : {};
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
  const input: CheckInput = { report, ...(await lastYearInput(ctx, row.agencyId, row.year)) };
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
