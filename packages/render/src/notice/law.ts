/** Short and full names of the acts the notices cite. */
export const REGULATION = '《中华人民共和国政府信息公开条例》';
/** @see 国办函〔2020〕109号 */
export const FEE_MEASURES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

/**
 * The remedies sentence every decision ends with: 60 days for 行政复议 (行政复议法第二十条) and
 * six months for 行政诉讼 (行政诉讼法第四十六条), both from receipt of the notice.
 */
export const REMEDIES =
  '如不服本答复，可以在收到本告知书之日起60日内依法申请行政复议，或者在6个月内依法提起行政诉讼。';

/** `根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项` */
export function citing(articles: readonly string[]): string {
  return `根据${REGULATION}${articles.join('、')}的规定`;
}

/** `2025-01-20` → `2025年1月20日`, as dates are printed in official documents. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** An amount in 元 as printed: whole yuan without decimals, otherwise two decimals. */
export function yuan(amount: number): string {
  return Number.isInteger(amount) ? `${amount}元` : `${amount.toFixed(2)}元`;
}

/**
 * A clerk's free text as paragraphs of its own, one per non-blank line (a reasons field is
 * typed in a multi-line box; Word would print a bare line break inside a run as a space), or
 * nothing when blank.
 */
export function detailsParagraph(details: string | undefined): string[] {
  return (details ?? '')
    .split(/\r\n?|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
