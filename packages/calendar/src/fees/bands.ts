import { XxgkError } from '@xxgk/model';

/** A band of a progressive (超额累进) tariff that an amount falls into. */
export interface FeeBand {
  /** First and last unit (件 or 页) of this application in the band, 1-based. */
  from: number;
  to: number;
  /** Units charged in this band. */
  count: number;
  /** 元 per unit. */
  rate: number;
  /** count × rate, in 元. */
  subtotal: number;
}

/**
 * Splits units `first`…`last` into the tariff's bands; `bandOf(k)` gives the band of unit k
 * (its first unit, last unit and rate).
 */
export function splitIntoBands(
  first: number,
  last: number,
  bandOf: (k: number) => { start: number; end: number; rate: number },
): FeeBand[] {
  const bands: FeeBand[] = [];
  let k = first;
  while (k <= last) {
    const band = bandOf(k);
    const to = Math.min(band.end, last);
    const count = to - k + 1;
    bands.push({ from: k, to, count, rate: band.rate, subtotal: count * band.rate });
    k = to + 1;
  }
  return bands;
}

/** `第31至40件10件×200元/件=2000元` or `第1至10件免费`. */
export function describeBand(band: FeeBand, unit: '件' | '页'): string {
  const range =
    band.from === band.to ? `第${band.from}${unit}` : `第${band.from}至${band.to}${unit}`;
  if (band.rate === 0) return `${range}免费`;
  return `${range}${band.count}${unit}×${band.rate}元/${unit}=${band.subtotal}元`;
}

/** Checks a count given by a person: an integer at least `min`, or `calendar.invalid-input`. */
export function requireWhole(value: unknown, what: string, min: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
  throw new XxgkError(
    'calendar.invalid-input',
    `${what}应为不小于${min}的整数，收到的是${String(value)}。`,
  );
}
