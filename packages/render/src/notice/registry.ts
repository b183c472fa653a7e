import { XxgkError } from '@xxgk/model';
import { CONSULTATION } from './templates/consultation.js';
import { EXTENSION } from './templates/extension.js';
import { FEE_NOTICE } from './templates/fee-notice.js';
import { GRANTED } from './templates/granted.js';
import { NOT_PROCESSED } from './templates/not-processed.js';
import { OTHER_HANDLING } from './templates/other-handling.js';
import { PARTIALLY_GRANTED } from './templates/partially-granted.js';
import { SUPPLEMENT_REQUEST } from './templates/supplement-request.js';
import { UNABLE_TO_PROVIDE } from './templates/unable-to-provide.js';
import { WITHHELD } from './templates/withheld.js';
import type { NoticeTemplate } from './types.js';

/** Notices sent while a case is open; their kinds are not outcomes. */
export type ProceduralNoticeKind = 'supplementRequest' | 'extension' | 'consultation' | 'feeNotice';

/**
 * Reply templates keyed by the table 三 result row they answer (the outcome keys of the 2021
 * format: `granted`, `withheld.stateSecret`, …, `otherHandling.other`).
 */
export const REPLY_TEMPLATES: ReadonlyMap<string, NoticeTemplate> = new Map(
  [
    GRANTED,
    PARTIALLY_GRANTED,
    ...WITHHELD,
    ...UNABLE_TO_PROVIDE,
    ...NOT_PROCESSED,
    ...OTHER_HANDLING,
  ].map((t) => [t.kind, t]),
);

/** Templates of the notices sent during a case (补正, 延期, 征求意见, 收费). */
export const PROCEDURAL_TEMPLATES: ReadonlyMap<ProceduralNoticeKind, NoticeTemplate> = new Map(
  [SUPPLEMENT_REQUEST, EXTENSION, CONSULTATION, FEE_NOTICE].map((t) => [
    t.kind as ProceduralNoticeKind,
    t,
  ]),
);

/**
 * The template for a notice kind: an outcome key (the reply) or a procedural kind.
 * @throws XxgkError `input.invalid` for an unknown kind.
 */
export function noticeTemplate(kind: string): NoticeTemplate {
  const template =
    REPLY_TEMPLATES.get(kind) ?? PROCEDURAL_TEMPLATES.get(kind as ProceduralNoticeKind);
  if (!template) throw new XxgkError('usage', `没有“${kind}”对应的告知书模板。`);
  return template;
}
