/**
 * @xxgk/checks — the checker: pure rules from a report (and its text) to findings.
 *
 * - `check(input)`: every rule's findings, errors first.
 * - `RULES`: the registry, each rule with its id, severity, Chinese title and description,
 *   sources and worked examples (for docs, the UI and the CLI).
 */
export { check, sortFindings, INTERNAL_RULE } from './check.js';
export { RULES } from './rules/index.js';
export type {
  CheckInput,
  Rule,
  RuleExample,
  ExampleInput,
  ExpectedFinding,
  CheckContext,
} from './types.js';
export { buildExampleInput, zeroReport } from './examples.js';
export {
  agencyKind,
  mayMakeRegulations,
  publicationDeadline,
  AGENCY_KIND_LABELS,
  type AgencyKind,
} from './agency-kind.js';
export { locateHeadings, type LocatedHeading } from './text/headings.js';
export type { TextView, Paragraph } from './text/text-view.js';
export type { FoundPeriod } from './text/period.js';
