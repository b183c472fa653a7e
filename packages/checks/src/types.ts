import type {
  CellValue,
  FormatDef,
  FormatId,
  Finding,
  Heading,
  Report,
  Severity,
} from '@xxgk/model';
import type { AgencyKind } from './agency-kind.js';
import type { FoundPeriod } from './text/period.js';
import type { TextView } from './text/text-view.js';

/** What the checker reads: one report, optionally its text, outline and last year's report. */
export interface CheckInput {
  report: Report;
  /** The document as plain text (ParsedDocument.text); line numbers in findings refer to it. */
  text?: string;
  /** Section headings found (ParsedDocument.outline). */
  outline?: Heading[];
  /** Last year's report of the same agency (xxgk check --previous). */
  previous?: Report;
  /**
   * The caller knows `previous` is this body's own report (the server looks it up by agency
   * id), so its name is not compared: an agency renamed between years stays itself.
   */
  previousSameAgency?: boolean;
}

/**
 * Everything a rule may look at, computed once per check: the report, its format definition,
 * the text split into paragraphs by section (when there is text) and the kind of agency.
 */
export interface CheckContext {
  readonly input: CheckInput;
  readonly report: Report;
  readonly format: FormatDef;
  readonly previous: Report | undefined;
  /**
   * `previous` is clearly another body's report: both name an agency and the names differ
   * beyond short and long forms, and the caller did not vouch for it (`previousSameAgency`).
   */
  readonly previousIsOtherAgency: boolean;
  /** The narrative as paragraphs with their sections; null when no text was given. */
  readonly text: TextView | null;
  /** What kind of body issued the report, inferred from its name. */
  readonly agencyKind: AgencyKind;
  /** The 统计期限 as stated in the text (or recorded by the reader), if found. */
  readonly period: FoundPeriod | null;
}

/** One rule of the checker: a pure function from the context to findings, plus its docs. */
export interface Rule {
  /** Stable dotted id, e.g. `applications.balance`; never renamed. */
  readonly id: string;
  /** Default severity (a rule may emit a milder one for less certain cases). */
  readonly severity: Severity;
  /** Chinese title, shown in lists of rules. */
  readonly title: string;
  /** Chinese description of what is checked and why. */
  readonly description: string;
  /** Where the rule comes from: articles of the Regulation, the format notice, the domain notes. */
  readonly see: readonly string[];
  /** Worked examples, run by one generic test for every rule. */
  readonly examples: readonly RuleExample[];
  run(ctx: CheckContext): Finding[];
}

/** A worked example: an input built on a clean report, and the findings the rule must give. */
export interface RuleExample {
  /** What the example shows, as a sentence. */
  readonly name: string;
  readonly input: ExampleInput;
  /** The findings of this rule, in the order the rule emits them ([] = no finding). */
  readonly expect: readonly ExpectedFinding[];
}

/** A partial report described as data; see `buildExampleInput`. */
export interface ExampleInput {
  /** Table format of the base report (default `2021`). */
  readonly format?: FormatId;
  /** Metadata overrides: year, agency, title, publishedOn, period, titleYear, sections. */
  readonly report?: Partial<Omit<Report, 'proactive' | 'applications' | 'review' | 'notes'>>;
  /** Cell path → value, applied to the clean all-zero base. */
  readonly cells?: Readonly<Record<string, CellValue>>;
  /** Paths of rows (`applications.carriedForward`) or whole sections (`review`) to delete. */
  readonly remove?: readonly string[];
  /** Raw cell texts (the report's `notes`). */
  readonly notes?: Readonly<Record<string, string>>;
  /** Document text; lines are numbered from 1. */
  readonly text?: string;
  /** Last year's report, built the same way on its own clean base (year − 1). */
  readonly previous?: Omit<ExampleInput, 'previous' | 'text' | 'previousSameAgency'>;
  /** The caller vouches that `previous` is this body's report (CheckInput.previousSameAgency). */
  readonly previousSameAgency?: boolean;
}

/** What one expected finding must match; fields left out are not compared. */
export interface ExpectedFinding {
  readonly severity?: Severity;
  /** The exact set of cell paths (order ignored). */
  readonly cells?: readonly string[];
  readonly line?: number;
  /** Substrings the message must contain (numbers, labels). */
  readonly message?: readonly string[];
}
