import { allCellPaths, getFormat, REVIEW_BLOCKS, REVIEW_FIELDS, type Report } from '@xxgk/model';

/** Top-level keys in the order of the contract (shared/spec/report-json.md); additions follow. */
const TOP_LEVEL = [
  'format',
  'year',
  'agency',
  'title',
  'publishedOn',
  'proactive',
  'applications',
  'review',
  'sections',
  'notes',
] as const;

const SECTION_KEYS = ['overview', 'problems', 'other'] as const;

/**
 * A copy of `value` whose own keys come in `order` first (those present), then the rest in
 * their original order: nothing is dropped, unknown keys included.
 */
function ordered<T>(
  value: Record<string, T> | undefined,
  order: readonly string[],
  map: (v: T, key: string) => unknown = (v) => v,
): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of order) if (Object.hasOwn(value, key)) out[key] = map(value[key] as T, key);
  for (const key of Object.keys(value))
    if (!Object.hasOwn(out, key)) out[key] = map(value[key] as T, key);
  return out;
}

/** The report with every object's keys in contract and table order. */
export function orderReport(report: Report): Record<string, unknown> {
  const def = getFormat(report.format);
  const proactiveRows = def.proactive.flatMap((t) => t.rows.map((r) => r.key));
  const proactiveFields = new Map(
    def.proactive.flatMap((t) => t.rows.map((r) => [r.key, t.fields.map((f) => f.key)] as const)),
  );
  const reviewFields = REVIEW_FIELDS.map((f) => f.key);
  const parts: Record<string, unknown> = {
    ...report,
    proactive: ordered(report.proactive, proactiveRows, (row, key) =>
      ordered(row, proactiveFields.get(key) ?? []),
    ),
    applications: ordered(
      report.applications,
      def.applicationRows.map((r) => r.key),
      (row) => ordered(row as Record<string, unknown>, def.applicantColumns),
    ),
    review: ordered(
      report.review as Record<string, unknown>,
      REVIEW_BLOCKS.map((b) => b.key),
      (block) => ordered(block as Record<string, unknown>, reviewFields),
    ),
    sections: ordered(report.sections as Record<string, unknown>, SECTION_KEYS),
    notes: ordered(report.notes, allCellPaths(report.format)),
  };
  return ordered(parts, TOP_LEVEL) ?? {};
}

/**
 * The report as the contract's JSON (shared/spec/report-json.md): keys in contract order
 * (format, year, agency, title, publishedOn, proactive, applications, review, sections, notes,
 * then additions such as titleYear and period), rows and cells in table order, 2-space indent.
 * Absent rows stay absent and blank cells stay null. No trailing newline.
 */
export function renderJson(report: Report): string {
  return JSON.stringify(orderReport(report), null, 2);
}
