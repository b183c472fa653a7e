import { foldText } from '@xxgk/model';

/** White space, punctuation and symbols: no part of a body's name. */
const NOT_NAME = /[\s\p{P}\p{S}]/gu;

/** A name as compared: folded (full-width, Traditional), without spaces and punctuation. */
function comparable(name: string): string[] {
  return [...foldText(name).replace(NOT_NAME, '')];
}

/**
 * True when `short` is `long` with characters left out, in order — how Chinese short forms of
 * a body's name are made (淄博高新区管委会 of 淄博高新技术产业开发区管理委员会, 市政府 of
 * 市人民政府, 发改委 of 发展和改革委员会), and how a suffix is dropped (…人民政府 of
 * …人民政府办公室).
 */
function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j += 1) if (long[j] === short[i]) i += 1;
  return i === short.length;
}

/**
 * True only when two agency names clearly name different bodies: both are given and neither is
 * the other or a short form of it. Conservative on purpose — the same body is often named in
 * short and long forms, and a name that might be the same body is taken for it.
 */
export function differentAgencies(
  a: string | null | undefined,
  b: string | null | undefined,
): boolean {
  if (!a || !b) return false;
  const x = comparable(a);
  const y = comparable(b);
  if (x.length === 0 || y.length === 0) return false;
  return x.length <= y.length ? !abbreviates(x, y) : !abbreviates(y, x);
}
