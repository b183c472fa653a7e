import { labelKey } from '@xxgk/model';

/**
 * Memoised {@link labelKey}. Folding (NFKC, Traditional → Simplified, punctuation) costs a few
 * microseconds per string, and the strings it is asked about are overwhelmingly the national
 * format's own labels, repeated in every report; a bounded cache turns them into one lookup.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * The comparison key of a cell text (see `labelKey` in the model, which also takes 其它 for
 * 其他), memoised.
 */
export function keyOf(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = labelKey(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, key);
  }
  return key;
}

const LEADING_ORDINALS =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\)|\d{1,2}\.)+/u;

/** A key without the ordinals printed before a row label: `(三)1.属于国家秘密` → `属于国家秘密`. */
export function withoutOrdinals(key: string): string {
  return key.replace(LEADING_ORDINALS, '');
}

/**
 * A key without the explanatory parentheses some reports print after a label, e.g.
 * `规章(设区的市、自治州人民政府应提供相关数据)` → `规章`. Only a balanced group that closes
 * the key is removed, repeatedly.
 */
export function withoutTrailingParens(key: string): string {
  let out = key;
  while (out.endsWith(')')) {
    let depth = 0;
    let open = -1;
    for (let i = out.length - 1; i >= 0; i -= 1) {
      const ch = out[i];
      if (ch === ')') depth += 1;
      else if (ch === '(') {
        depth -= 1;
        if (depth === 0) {
          open = i;
          break;
        }
      }
    }
    if (open <= 0) break;
    out = out.slice(0, open);
  }
  return out;
}
