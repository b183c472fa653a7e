import { XxgkError } from '@xxgk/model';
import type { FeeBand } from './bands.js';
import { perPageFee, type PerPageInput } from './per-page.js';
import { perPieceFee, type PerPieceInput } from './per-piece.js';

/** What to charge one application by: exactly one of the two methods. */
export interface FeeInput {
  /** 按件计收. */
  perPiece?: PerPieceInput;
  /** 按量计收. */
  perPage?: PerPageInput;
}

/** The 信息处理费 of one application. */
export interface FeeResult {
  method: 'perPiece' | 'perPage';
  /** 元. 0 means no fee may be charged. */
  amount: number;
  bands: FeeBand[];
  /** How the amount was reached, band by band, in Chinese. */
  explanation: string;
}

/**
 * The 信息处理费 of one application, by 按件 (the applicant's monthly count) or 按量 (its pages).
 * An agency chooses one method per application and may never charge both, so an input giving
 * both — or neither — is refused with `calendar.invalid-input`.
 * @see 条例第四十二条
 * @see 国办函〔2020〕109号 第三条、第四条、第五条
 */
export function calculateFee(input: FeeInput): FeeResult {
  const hasPiece = input.perPiece !== undefined;
  const hasPage = input.perPage !== undefined;
  if (hasPiece && hasPage)
    throw new XxgkError(
      'calendar.invalid-input',
      '同一申请只能选择按件或按量一种方式计收信息处理费，不得同时按两种方式计收（国办函〔2020〕109号第三条）。',
    );
  if (input.perPiece) return { method: 'perPiece', ...perPieceFee(input.perPiece) };
  if (input.perPage) return { method: 'perPage', ...perPageFee(input.perPage) };
  throw new XxgkError(
    'calendar.invalid-input',
    '请选择计收方式：按件（本月累计件数）或按量（页数），二者择一（国办函〔2020〕109号第三条）。',
  );
}
