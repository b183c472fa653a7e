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
 * Folds document text to the characters the model's labels are written in: NFKC (full-width
 * ASCII and brackets to half-width, Kangxi radicals to ideographs), CJK radical supplements,
 * and Traditional to Simplified characters. Keeps everything else, including line breaks.
 */
export function foldText(text: string): string {
  const nfkc = text.normalize('NFKC');
  return nfkc.replace(
    FOLD_RE,
    (ch) => RADICAL_SUPPLEMENT.get(ch) ?? TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch,
  );
}

/**
 * The comparison key of a label: folded (see {@link foldText}), with every kind of white
 * space, quote mark and separator removed, `1、`/`1．`/`1,` unified to `1.`, and brackets made
 * half-width. Two texts name the same row or column when their keys are equal.
 */
export function labelKey(text: string): string {
  return foldText(text)
    .replace(/[\s\u00a0\u3000|｜:;：；"'“”‘’「」『』〝〞]/gu, '')
    .replace(/^(\d{1,2})[、.,，．]/u, '$1.')
    .replace(/([)）])(\d{1,2})[、.,，．]/gu, '$1$2.')
    .replace(/[（]/gu, '(')
    .replace(/[）]/gu, ')')
    .replace(/[、，,。.]+$/u, '');
}
