import { z } from 'zod';

/** How sure a finding is: `error` only for what is certainly wrong. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** Severity of a finding. */
export type Severity = (typeof SEVERITIES)[number];

/** zod schema of a finding, as printed by `xxgk check --json`. */
export const findingSchema = z.object({
  rule: z.string().min(1),
  severity: z.enum(SEVERITIES),
  message: z.string().min(1),
  cells: z.array(z.string()),
});

/** A problem the checker found, pointing at the cells involved (spec "Findings"). */
export interface Finding {
  /** Stable rule id, e.g. `applications.balance`. */
  rule: string;
  severity: Severity;
  /** Chinese message naming the numbers involved. */
  message: string;
  /** Cell paths involved (may be empty for document-level findings). */
  cells: string[];
  /** Where in the document text the finding is, when it is about text (1-based line). */
  line?: number;
  /** The text the finding quotes, when it is about text. */
  excerpt?: string;
}
