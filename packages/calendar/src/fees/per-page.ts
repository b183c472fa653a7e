import { describeBand, requireWhole, splitIntoBands, type FeeBand } from './bands.js';

/** Pages per application that are free. @see 国办函〔2020〕109号 第五条 */
export const PER_PAGE_FREE = 30;

/**
 * The band of the k-th page of one application: up to 30 free, 31–100 at 10 元/页, 101–200 at
 * 20 元/页, 201 and up at 40 元/页.
 * @see 国办函〔2020〕109号 第五条
 */
export function perPageBand(k: number): { start: number; end: number; rate: number } {
  if (k <= PER_PAGE_FREE) return { start: 1, end: PER_PAGE_FREE, rate: 0 };
  if (k <= 100) return { start: 31, end: 100, rate: 10 };
  if (k <= 200) return { start: 101, end: 200, rate: 20 };
  return { start: 201, end: Number.POSITIVE_INFINITY, rate: 40 };
}

/** 按量 input. */
export interface PerPageInput {
  /** Pages provided for this application. */
  pages: number;
}

/** The 按量 fee of one application, band by band, with its explanation. */
export function perPageFee(input: PerPageInput): {
  amount: number;
  bands: FeeBand[];
  explanation: string;
} {
  const pages = requireWhole(input.pages, '页数', 0);
  const bands = splitIntoBands(1, pages, perPageBand);
  const amount = bands.reduce((sum, b) => sum + b.subtotal, 0);
  const parts = bands.length ? bands.map((b) => describeBand(b, '页')).join('；') : '无页数';
  return {
    amount,
    bands,
    explanation: `按量计收（国办函〔2020〕109号第五条，按每件申请的页数计算）：共${pages}页；${parts}；合计${amount}元。`,
  };
}
