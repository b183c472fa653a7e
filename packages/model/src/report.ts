import type { ApplicantColumnKey } from './applicant-columns.js';
import type { FormatId } from './formats/types.js';
import type { ReviewBlockKey, ReviewFieldKey } from './review.js';

/** A numeric cell: a number, or null when blank / a dash / "/" / "无" / not a number. */
export type CellValue = number | null;

/** A row of table 三: cells keyed by applicant column; a column the document cut off is absent. */
export type ApplicationRowValues = Partial<Record<ApplicantColumnKey, CellValue>>;

/** A block of table 四. */
export type ReviewBlockValues = Partial<Record<ReviewFieldKey, CellValue>>;

/** Free text of the narrative sections. */
export interface ReportSections {
  /** 一、总体情况 */
  overview?: string;
  /** 五、存在的主要问题及改进情况 */
  problems?: string;
  /** 六、其他需要报告的事项 */
  other?: string;
}

/** The statistical period (统计期限) as stated in the document. */
export interface ReportPeriod {
  /** The sentence or phrase as printed. */
  text: string;
  /** Start date as printed, ISO when well-formed, else null. */
  start: string | null;
  /** End date as printed, ISO when well-formed, else null. */
  end: string | null;
  /** Year the period names, when it names one. */
  year: number | null;
}

/**
 * The report interchange value (see shared/spec/report-json.md, a public contract).
 * Fields after `notes` are additions allowed by the contract ("add fields, never rename").
 */
export interface Report {
  format: FormatId;
  /** Reporting year = the 统计期限 year (falls back to the title year), null if not stated. */
  year: number | null;
  agency: string | null;
  title: string | null;
  /** ISO date if the document states it, else null. */
  publishedOn: string | null;
  /** Section 二: row key → field key → value. */
  proactive: Record<string, Record<string, CellValue>>;
  /** Section 三: row key (may contain a dot, e.g. `withheld.stateSecret`) → column → value. */
  applications: Record<string, ApplicationRowValues>;
  /** Section 四. */
  review: Partial<Record<ReviewBlockKey, ReviewBlockValues>>;
  sections: ReportSections;
  /** Raw cell text wherever a cell was not a plain number, keyed by cell path. */
  notes: Record<string, string>;
  /** Year named in the title, when the title names one (may disagree with `year`). */
  titleYear?: number | null;
  /** The 统计期限 as printed, when found. */
  period?: ReportPeriod | null;
}

/** The three table sections of a report. */
export type TableSection = 'proactive' | 'applications' | 'review';
