import { describeBand, requireWhole, splitIntoBands, type FeeBand } from './bands.js';

/** Applications per applicant per calendar month that are free. @see 国办函〔2020〕109号 第四条 */
export const PER_PIECE_FREE = 10;

/**
 * The band of the k-th application of one applicant in one calendar month: 1–10 free, 11–30 at
 * 100 元/件, then the rate rises by 100 元/件 for each further band of 10 (31–40 at 200, 41–50 at
 * 300 …). The 办法 raises the rate by 100 元/件 for each further 10 applications above 30; that
 * 31–40 then cost 200 元/件, 41–50 300 元/件 and so on is xxgk's reading (domain.md §4.4).
 * @see 国办函〔2020〕109号 第四条
 */
export function perPieceBand(k: number): { start: number; end: number; rate: number } {
  if (k <= PER_PIECE_FREE) return { start: 1, end: PER_PIECE_FREE, rate: 0 };
  if (k <= 30) return { start: 11, end: 30, rate: 100 };
  const step = Math.floor((k - 31) / 10);
  return { start: 31 + 10 * step, end: 40 + 10 * step, rate: 200 + 100 * step };
}

/** 按件 input: where this application falls in the applicant's month. */
export interface PerPieceInput {
  /** Applications (件) already counted for this applicant earlier in the same calendar month. */
  previousThisMonth?: number;
  /** 件 this application counts for (more than one if split under 一事一申请). */
  pieces: number;
}

/** The 按件 fee of one application, band by band, with its explanation. */
export function perPieceFee(input: PerPieceInput): {
  amount: number;
  bands: FeeBand[];
  explanation: string;
} {
  const previous = requireWhole(input.previousThisMonth ?? 0, '本月此前已计件数', 0);
  const pieces = requireWhole(input.pieces, '本申请计件数', 1);
  const first = previous + 1;
  const last = previous + pieces;
  const bands = splitIntoBands(first, last, perPieceBand);
  const amount = bands.reduce((sum, b) => sum + b.subtotal, 0);
  const position =
    previous === 0
      ? `该申请人本自然月内第${first === last ? first : `${first}至${last}`}件`
      : `该申请人本自然月此前已有${previous}件，本申请计为第${first === last ? first : `${first}至${last}`}件`;
  const explanation = `按件计收（国办函〔2020〕109号第四条，同一申请人一个自然月内累计）：${position}；${bands
    .map((b) => describeBand(b, '件'))
    .join('；')}；合计${amount}元。`;
  return { amount, bands, explanation };
}
