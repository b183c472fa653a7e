import type { Rule } from '../types.js';
import { applicationsBalance } from './applications-balance.js';
import { applicationsRowTotal } from './applications-row-total.js';
import { applicationsTotalProcessed } from './applications-total-processed.js';
import { applicationsValues } from './applications-values.js';
import { cellsBlank } from './cells-blank.js';
import { formatCitedNotice } from './format-cited-notice.js';
import { formatEdition } from './format-edition.js';
import { previousCarriedOver } from './previous-carried-over.js';
import { previousInForce } from './previous-in-force.js';
import { proactiveRegulationsAuthority } from './proactive-regulations-authority.js';
import { proactiveValues } from './proactive-values.js';
import { reviewBlockTotal } from './review-block-total.js';
import { reviewValues } from './review-values.js';

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
  previousCarriedOver,
  previousInForce,
];
