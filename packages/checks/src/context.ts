import { FORMAT_2021, FORMATS, type Report } from '@xxgk/model';
import { agencyFromTitle, agencyKind } from './agency-kind.js';
import { differentAgencies } from './agency-name.js';
import { findPeriod } from './text/period.js';
import { buildTextView, sectionsTextView } from './text/text-view.js';
import type { CheckContext, CheckInput } from './types.js';

/**
 * A report with every container present, so rules never trip over a JSON report that left a
 * section out (an absent section still means "not in the document": it stays empty).
 */
function normalize(report: Report): Report {
  // A plain copy, then the containers: the same own keys in the same order as
  // `{ ...report, proactive: …, … }`, without V8's slow path for a spread followed by fields
  // (a copy alone is fast; an own `__proto__` key stays a key, as with the spread).
  const out: Report = { ...report };
  out.proactive = report.proactive ?? {};
  out.applications = report.applications ?? {};
  out.review = report.review ?? {};
  out.sections = report.sections ?? {};
  out.notes = report.notes ?? {};
  return out;
}

/** Computes once what every rule reads: format definition, text view, kind of agency. */
export function buildContext(input: CheckInput): CheckContext {
  const report = normalize(input.report);
  const format = FORMATS[report.format] ?? FORMAT_2021;
  const text =
    input.text !== undefined && input.text.trim().length > 0
      ? buildTextView(input.text, input.outline)
      : sectionsTextView(report.sections);
  const previous = input.previous ? normalize(input.previous) : undefined;
  return {
    input,
    report,
    format,
    previous,
    previousIsOtherAgency:
      previous !== undefined &&
      input.previousSameAgency !== true &&
      differentAgencies(report.agency, previous.agency),
    text,
    agencyKind: agencyKind(report.agency ?? agencyFromTitle(report.title)),
    period: findPeriod(text, report),
  };
}
