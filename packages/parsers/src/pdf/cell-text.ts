import { isKnownLabel, isKnownLabelStart } from './known-labels.js';

/**
 * What a table cell's text looks like: a number (or a blank marker such as "-", "/", "无")
 * goes in a value column; anything else is a label or a header.
 */
const VALUE_RE =
  /^(?:[-+－]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|[-+－]?\d+(?:\.\d+)?%?|[-—–－―─/／\\＼*×]{1,3}|无|空)$/u;

/** True for the text of a value cell: a number, or a mark printed for a blank. */
export function isValueText(text: string): boolean {
  return VALUE_RE.test(text.trim());
}

/** Numbering that opens an item: `1.`, `2、`, `（三）`, `四、`, `①`. */
const LIST_MARKER =
  /^(?:\d{1,2}\s*[.、．,，)）]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])/u;

/** True when the text opens with item numbering, i.e. starts a new item rather than continuing. */
export function startsItem(text: string): boolean {
  return LIST_MARKER.test(text.trim());
}

/** Numbering that opens the first item of a list: `1.`, `（一）`, `一、`, `①`. */
const FIRST_MARKER = /^(?:0?1\s*[.、．,，)）]|[（(]\s*[一1]\s*[)）]|一\s*[、.．]|①)/u;

/** True when the text opens a list's first item (a new list starts there). */
export function startsFirstItem(text: string): boolean {
  return FIRST_MARKER.test(text.trim());
}

/**
 * Whether `lower` continues `upper` as one wrapped cell: yes when together they form (the
 * start of) a label of the national tables, no when `upper` is already a whole label or
 * `lower` opens a new item; otherwise the layout must decide ('maybe').
 */
export function continues(upper: string, lower: string): 'yes' | 'no' | 'maybe' {
  if (isKnownLabelStart(upper + lower)) return 'yes';
  if (isKnownLabel(upper)) return 'no';
  if (startsItem(lower)) return 'no';
  return 'maybe';
}
