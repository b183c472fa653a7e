import type { Rule } from '../types.js';
import { applicationsBalance } from './applications-balance.js';
import { applicationsRowTotal } from './applications-row-total.js';
import { applicationsTotalProcessed } from './applications-total-processed.js';
import { applicationsValues } from './applications-values.js';
import { cellsBlank } from './cells-blank.js';
import { formatCitedNotice } from './format-cited-notice.js';
import { formatEdition } from './format-edition.js';
import { previousAgency } from './previous-agency.js';
import { previousCarriedOver } from './previous-carried-over.js';
import { previousInForce } from './previous-in-force.js';
import { proactiveRegulationsAuthority } from './proactive-regulations-authority.js';
import { proactiveValues } from './proactive-values.js';
import { reviewBlockTotal } from './review-block-total.js';
import { reviewValues } from './review-values.js';
import { statutoryFee } from './statutory-fee.js';
import { statutoryPeriod } from './statutory-period.js';
import { statutoryProblems } from './statutory-problems.js';
import { statutoryPublication } from './statutory-publication.js';
import { statutorySections } from './statutory-sections.js';
import { statutoryTables } from './statutory-tables.js';
import { statutoryTitleYear } from './statutory-title-year.js';
import { writingBrackets } from './writing-brackets.js';
import { writingDate } from './writing-date.js';
import { writingDuplicate } from './writing-duplicate.js';
import { writingIntroParts } from './writing-intro-parts.js';
import { writingMeasureWord } from './writing-measure-word.js';
import { writingNumbering } from './writing-numbering.js';
import { writingPhone } from './writing-phone.js';
import { writingPunctuation } from './writing-punctuation.js';
import { textApplications } from './text-applications.js';
import { textProactive } from './text-proactive.js';
import { textReview } from './text-review.js';

/**
 * Every rule of the checker, in the order the documentation lists them: tables, format, across
 * years, text against tables, statutory requirements, writing. Ids are stable.
 */
export const RULES: readonly Rule[] = [
  applicationsBalance,
  applicationsTotalProcessed,
  applicationsRowTotal,
  applicationsValues,
  reviewBlockTotal,
  reviewValues,
  proactiveValues,
  proactiveRegulationsAuthority,
  cellsBlank,
  formatEdition,
  formatCitedNotice,
  previousAgency,
  previousCarriedOver,
  previousInForce,
  textApplications,
  textReview,
  textProactive,
  statutoryPeriod,
  statutoryTitleYear,
  statutorySections,
  statutoryTables,
  statutoryProblems,
  statutoryFee,
  statutoryPublication,
  writingDuplicate,
  writingPunctuation,
  writingDate,
  writingNumbering,
  writingMeasureWord,
  writingIntroParts,
  writingPhone,
  writingBrackets,
];
