import { FORMAT_2021 } from '@xxgk/model';

/**
 * How a case ended: exactly one result row of table 三 in the 2021 format (予以公开 …
 * 其他处理·其他). A split disclosure is `partiallyGranted` only.
 * @see 条例第三十六条（答复的情形）
 * @see 国办公开办函〔2021〕30号 附件 表三
 */
export type Outcome = string & { readonly __outcome?: never };

/** Every outcome key, in table order, read from the format data. */
export const OUTCOMES: readonly string[] = FORMAT_2021.applicationRows
  .filter((r) => r.result)
  .map((r) => r.key);

/** True if `key` is a result row of table 三 (2021). */
export function isOutcome(key: unknown): key is Outcome {
  return typeof key === 'string' && OUTCOMES.includes(key);
}

/** Chinese label of an outcome (`三（三）1.属于国家秘密`). */
export function outcomeLabel(outcome: Outcome): string {
  return FORMAT_2021.applicationRows.find((r) => r.key === outcome)?.fullLabel ?? outcome;
}

/** 撤回 counts as 其他处理·其他. */
export const WITHDRAWN_OUTCOME: Outcome = 'otherHandling.other';
/** Fee not paid by the pay-by date: deemed withdrawn. @see 国办函〔2020〕109号 */
export const UNPAID_FEE_OUTCOME: Outcome = 'otherHandling.unpaidFee';
/** No 补正 by the date the notice set: deemed abandoned. @see 条例第三十条 */
export const NO_CORRECTION_OUTCOME: Outcome = 'otherHandling.noCorrection';
