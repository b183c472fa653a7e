import type { CaseEventInput, CaseEventType, FeeInfo } from '../api/casework.js';

/** What the event form collects. */
export interface EventValues {
  type: CaseEventType;
  date: string;
  respondBy?: string;
  outcome?: string;
  feeMethod?: FeeInfo['method'];
  amountYuan?: number;
  pages?: number;
}

/** The request body from the form values, with only the fields the event type uses. */
export function eventInput(v: EventValues): CaseEventInput {
  switch (v.type) {
    case 'supplementRequested':
      return { type: v.type, date: v.date, respondBy: v.respondBy ?? '' };
    case 'feeNoticeIssued': {
      const method = v.feeMethod ?? 'perItem';
      const fee: FeeInfo = { method, amountYuan: v.amountYuan ?? 0 };
      if (method === 'perVolume' && v.pages !== undefined) fee.pages = v.pages;
      return { type: v.type, date: v.date, fee };
    }
    case 'replied':
      return { type: v.type, date: v.date, outcome: v.outcome ?? '' };
    default:
      return { type: v.type, date: v.date };
  }
}
