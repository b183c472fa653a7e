import type { CaseEventInput, CaseEventType, FeeInfo, ReasonsRequired } from '../api/casework.js';

/** What the event form collects. */
export interface EventValues {
  type: CaseEventType;
  date: string;
  respondBy?: string;
  /** 补正: what is to be corrected. */
  correction?: string;
  /** 征求意见: whom the agency asks. */
  consultee?: string;
  outcome?: string;
  /** A reply's reasons or account of handling. */
  details?: string;
  feeMethod?: FeeInfo['method'];
  amountYuan?: number;
  pages?: number;
}

/** The request body from the form values, with only the fields the event type uses. */
export function eventInput(v: EventValues): CaseEventInput {
  switch (v.type) {
    case 'supplementRequested': {
      const correction = v.correction?.trim();
      return {
        type: v.type,
        date: v.date,
        respondBy: v.respondBy ?? '',
        ...(correction ? { correction } : {}),
      };
    }
    case 'consultationStarted': {
      const consultee = v.consultee?.trim();
      return { type: v.type, date: v.date, ...(consultee ? { consultee } : {}) };
    }
    case 'feeNoticeIssued': {
      const method = v.feeMethod ?? 'perItem';
      const fee: FeeInfo = { method, amountYuan: v.amountYuan ?? 0 };
      if (method === 'perVolume' && v.pages !== undefined) fee.pages = v.pages;
      return { type: v.type, date: v.date, fee };
    }
    case 'replied': {
      const details = v.details?.trim();
      return {
        type: v.type,
        date: v.date,
        outcome: v.outcome ?? '',
        ...(details ? { details } : {}),
      };
    }
    default:
      return { type: v.type, date: v.date };
  }
}

/** Longest reasons the server accepts (its REPLY_DETAILS_MAX_LENGTH). */
export const REPLY_DETAILS_MAX_LENGTH = 4000;

/**
 * The reasons field of the reply form for the outcome chosen: required, under the name the
 * server gives, for the outcomes that must state reasons (部分公开, 不予公开, 其他处理·其他);
 * optional otherwise.
 * @see 条例第三十六条第（三）项、第三十七条
 */
export function reasonsField(
  outcome: string | undefined,
  required: readonly ReasonsRequired[],
): { label: string; required: boolean } {
  const rule = required.find((r) => r.outcome === outcome);
  return rule
    ? { label: rule.label, required: true }
    : { label: '理由或说明（选填）', required: false };
}
