import type { ReviewBlockKey } from '@xxgk/model';
import { isIsoDate, type IsoDate } from '@xxgk/calendar';
import { z } from 'zod';

/** Result of a 复议/诉讼 case, as table 四 counts it. */
export type ReviewResult = 'upheld' | 'corrected' | 'other' | 'pending';

/**
 * A 行政复议 or 行政诉讼 case about the agency's disclosure work, linked to the application it
 * concerns. `kind` is the block of table 四; `decidedOn` is null while pending.
 * @see 条例第五十一条、第五十条第（三）项
 */
export interface ReviewCase {
  id: string;
  agencyId: string;
  kind: ReviewBlockKey;
  applicationId: string | null;
  filedOn: IsoDate;
  result: ReviewResult;
  decidedOn: IsoDate | null;
}

/** Chinese label of each kind. */
export const REVIEW_KIND_LABELS: Readonly<Record<ReviewBlockKey, string>> = {
  reconsideration: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReconsideration: '复议后起诉',
};

const date = z.string().refine(isIsoDate, { message: '不是有效的日期（应写作 YYYY-MM-DD）' });

/** The zod schema of a register entry: a decided case needs its date, a pending one none. */
export const reviewCaseSchema = z
  .object({
    id: z.string().min(1),
    agencyId: z.string().min(1),
    kind: z.enum(['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']),
    applicationId: z.string().nullable(),
    filedOn: date,
    result: z.enum(['upheld', 'corrected', 'other', 'pending']),
    decidedOn: date.nullable(),
  })
  .refine((c) => (c.result === 'pending') === (c.decidedOn === null), {
    message: '已审结的案件须填写审结日期，尚未审结的案件不填',
  });

/**
 * The case's column in table 四 at the end of `date`: its result if decided by then, else
 * 尚未审结.
 */
export function resultOn(c: ReviewCase, date: IsoDate): ReviewResult {
  return c.decidedOn !== null && c.result !== 'pending' && c.decidedOn <= date
    ? c.result
    : 'pending';
}
