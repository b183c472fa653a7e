/**
 * Characters XML 1.0 forbids: control codes other than tab and line breaks, the non-characters
 * U+FFFE/U+FFFF, and (matched code point by code point) unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/**
 * Text fit for a `w:t`: characters XML forbids are dropped (one would make Word refuse the whole
 * file, and a report never needs them), line breaks and tabs become a space.
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '').replace(/[\r\n\t]+/gu, ' ');
}
