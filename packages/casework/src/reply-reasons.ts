import { outcomeLabel, type Outcome } from './outcome.js';

/**
 * The reasons (理由) or account of handling (办理情况) a clerk writes on a reply, printed in the
 * 告知书 as their own paragraph(s). Longer texts belong in an attachment, not the notice.
 */
export const REPLY_DETAILS_MAX_LENGTH = 4000;

/** `三（三）1.属于国家秘密` → `属于国家秘密`: the row's own words, for messages. */
function rowName(outcome: Outcome): string {
  return outcomeLabel(outcome).replace(/^三（[一二三四五六]）(\d+\.)?/u, '');
}

/** Why a reply's outcome needs the clerk's own words, and what the form asks for. */
export interface ReasonsRequirement {
  /** What the field is called for this outcome (e.g. 不予公开部分的理由). */
  label: string;
  /** The Chinese refusal when the field is left blank, citing the rule. */
  missing: string;
}

/**
 * Outcomes whose reply must state reasons:
 * - 部分公开 and every row of 不予公开: a refusal, whole or in part, tells the applicant why
 *   (条例第三十六条第（三）项; 第三十七条 for the part withheld). The 不予公开 templates name the
 *   statutory ground, but not the facts that bring this information under it — those are the
 *   clerk's, and the notice without them would state a category, not a reason;
 * - 其他处理·其他: no article names the case, so the notice says only what the clerk writes
 *   (its template otherwise prints a marked blank).
 * Every other outcome's template is complete without it; reasons stay optional there.
 * @see 条例第三十六条、第三十七条
 */
export function reasonsRequirement(outcome: Outcome): ReasonsRequirement | null {
  if (outcome === 'partiallyGranted')
    return {
      label: '不予公开部分的理由',
      missing: `答复结果为“部分公开”时，须写明不予公开部分的理由（条例第三十六条第（三）项、第三十七条），理由将印在告知书上。`,
    };
  if (outcome.startsWith('withheld.'))
    return {
      label: '不予公开的理由',
      missing: `答复结果为“不予公开·${rowName(outcome)}”时，须说明不予公开的理由（条例第三十六条第（三）项），理由将印在告知书上。`,
    };
  if (outcome === 'otherHandling.other')
    return {
      label: '办理情况',
      missing: `答复结果为“其他处理·其他”时，须写明办理情况（条例第三十六条），它将印在告知书上。`,
    };
  return null;
}

/** Every outcome that needs reasons, in table order (for forms that mark the field required). */
export function outcomesRequiringReasons(outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((o) => reasonsRequirement(o) !== null);
}

/**
 * The clerk's text as stored: trimmed (also of full-width spaces), line endings made `\n`,
 * runs of blank lines collapsed, and `undefined` when nothing is left.
 */
export function normalizeReplyDetails(details: string | null | undefined): string | undefined {
  const text = (details ?? '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/**
 * Why a reply with this outcome and these details may not be recorded, in Chinese, or null
 * when it may: reasons missing where {@link reasonsRequirement} asks for them, or too long.
 */
export function replyDetailsProblem(
  outcome: Outcome,
  details: string | null | undefined,
): string | null {
  const text = normalizeReplyDetails(details);
  if (text !== undefined && text.length > REPLY_DETAILS_MAX_LENGTH)
    return `答复的理由或说明最多 ${REPLY_DETAILS_MAX_LENGTH} 字（现为 ${text.length} 字）；更长的说明请作为告知书的附件。`;
  if (text === undefined) return reasonsRequirement(outcome)?.missing ?? null;
  return null;
}
