import { TRADITIONAL_TO_SIMPLIFIED } from './traditional.js';

/**
 * CJK Radicals Supplement code points that PDF printers (Chromium) emit for ordinary
 * ideographs; NFKC does not fold these (it does fold the Kangxi block U+2F00–2FD5).
 */
const RADICAL_SUPPLEMENT: ReadonlyMap<string, string> = new Map([
  ['⺠', '民'],
  ['⻅', '见'],
  ['⻥', '鱼'],
  ['⻔', '门'],
  ['⻓', '长'],
  ['⻬', '齐'],
  ['⻛', '风'],
  ['⻢', '马'],
  ['⻋', '车'],
  ['⻆', '角'],
  ['⻜', '飞'],
  ['⻝', '食'],
  ['⻚', '页'],
  ['⻉', '贝'],
  ['⻈', '讠'],
  ['⺟', '母'],
  ['⺓', '幺'],
  ['⻩', '黄'],
  ['⻣', '骨'],
  ['⻤', '鬼'],
  ['⻨', '麦'],
  ['⻰', '龙'],
  ['⻳', '龟'],
]);

const FOLD_RE = /[\u2e80-\u2ef3\u3400-\u9fff\uf900-\ufaff]/gu;

/**
 * The UTF-16 code units `foldText` may change after NFKC (radical supplements, Traditional
 * characters), as a table: one array read per character tells whether a text needs the table
 * lookups at all, where the ideograph pattern would stop at every Chinese character.
 */
const BEYOND_NFKC = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0x2e80; c <= 0x2ef3; c++) table[c] = 1;
  for (const ch of TRADITIONAL_TO_SIMPLIFIED.keys()) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * True when `foldText` would change some character of this (already NFKC) text beyond what
 * NFKC did: a radical supplement or a Traditional character is present.
 */
export function foldsBeyondNfkc(nfkc: string): boolean {
  for (let i = 0; i < nfkc.length; i++) if (BEYOND_NFKC[nfkc.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Folds document text to the characters the model's labels are written in: NFKC (full-width
 * ASCII and brackets to half-width, Kangxi radicals to ideographs), CJK radical supplements,
 * and Traditional to Simplified characters. Keeps everything else, including line breaks.
 */
export function foldText(text: string): string {
  const nfkc = text.normalize('NFKC');
  // Most report text is Simplified: nothing beyond NFKC to do, so skip the per-ideograph pass.
  if (!foldsBeyondNfkc(nfkc)) return nfkc;
  return nfkc.replace(
    FOLD_RE,
    (ch) => RADICAL_SUPPLEMENT.get(ch) ?? TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch,
  );
}

/**
 * The comparison key of a label: folded (see {@link foldText}), with every kind of white
 * space, quote mark and separator removed, `1、`/`1．`/`1,` unified to `1.`, brackets made
 * half-width, and 其它 written as 其他 (reports print 3.其它, 法人或其它组织 often enough that
 * every reader of the national tables' labels — the report reader, the PDF layout, the
 * checker — takes them as the same word). Two texts name the same row or column when their
 * keys are equal.
 */
export function labelKey(text: string): string {
  const key = foldText(text)
    .replace(/[\s\u00a0\u3000|｜:;：；"'“”‘’「」『』〝〞]/gu, '')
    .replace(/^(\d{1,2})[、.,，．]/u, '$1.')
    .replace(/([)）])(\d{1,2})[、.,，．]/gu, '$1$2.')
    .replace(/[（]/gu, '(')
    .replace(/[）]/gu, ')')
    .replace(/[、，,。.]+$/u, '');
  return key.includes('其它') ? key.replaceAll('其它', '其他') : key;
}
