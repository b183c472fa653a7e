/** Bytes looked at to recognise HTML. */
const HEAD_BYTES = 2048;

const HTML_START =
  /^(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body|meta|title|table|p|div|span|h[1-6]|br|link|style|script|!--)[\s>/]/iu;
const HTML_ANYWHERE = /<(?:html|body|table)[\s>]/iu;
const ANY_TAG = /<[a-z!/][^>]*>/iu;
const HTML_NAME = /\.(?:html?|xhtml|shtml)$/iu;

/**
 * True when the bytes are an HTML page: they open with markup (a doctype, `<html>`, Word's
 * `<html xmlns:o=…>`, or a fragment starting with `<table>`, `<p>`, `<div>`…), or an `.htm(l)`
 * file holds at least one tag. A text file merely mentioning `<table>` further down is not
 * HTML; a `.html` name on tagless text is not either, as reading it as HTML would run its
 * lines together.
 */
export function sniffHtml(bytes: Uint8Array, fileName?: string): boolean {
  // Every pattern below needs a `<`: without one in the bytes the head is read from (one
  // native search), a text document is settled before its head is copied and searched.
  if (bytes.subarray(0, 3 + 2 * HEAD_BYTES).indexOf(0x3c) < 0) return false;
  const head = asciiHead(bytes).trimStart();
  if (HTML_START.test(head)) return true;
  const byName = fileName !== undefined && HTML_NAME.test(fileName);
  if (byName) return ANY_TAG.test(head);
  return HTML_ANYWHERE.test(head) && head.includes('</');
}

/**
 * The first bytes as ASCII, whatever the encoding: markup is ASCII in UTF-8 and GB18030, and
 * in UTF-16 every other byte.
 */
function asciiHead(bytes: Uint8Array): string {
  let start = 0;
  let step = 1;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [start, step] = [2, 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [start, step] = [3, 2];
  else if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0) step = 2;
  else if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0) [start, step] = [1, 2];
  const end = Math.min(bytes.length, start + HEAD_BYTES * step);
  // One byte per character is what latin1 decoding is: a native copy instead of 2,048 joins.
  if (step === 1 && start < end)
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
  let s = '';
  for (let i = start; i < end; i += step) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}
