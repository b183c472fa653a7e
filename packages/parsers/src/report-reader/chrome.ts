/**
 * Page chrome that web captures keep around a report: breadcrumbs, the metadata block
 * (索引号, 文号, 发布日期 …), font-size and print/share/close links. It is not part of the
 * report's text, though the metadata block is where the publication date is stated.
 */
const CHROME =
  /^(?:当前位置|當前位置|您当前所在位置|您當前所在位置|您的位置|您现在的位置|所在位置|首页\s*[>＞»]|>>|索引号|索引號|文号|文號|发文日期|發文日期|发布日期|發布日期|發佈日期|发布时间|發布時間|公开日期|公開日期|成文日期|发布机构|發布機構|发布单位|發布單位|来源[:：]|來源[:：]|信息来源|浏览次数|瀏覽次數|访问量|訪問量|点击数|字号|字號|字体|字體|【|分享到|打印|列印|关闭|關閉|收藏|返回顶部|扫一扫|关怀版|關懷版|无障碍|無障礙|•|·|标题[:：]|標題[:：])/u;

/** True when a line is page chrome rather than report text. */
export function isChrome(text: string): boolean {
  return text.length <= 120 && CHROME.test(text);
}

/** True when a line belongs to the chrome after a report (share, print, close links). */
export function isTrailingChrome(text: string): boolean {
  return /^(?:分享到|【?\s*打印|【?\s*列印|【?\s*关闭|【?\s*關閉|返回顶部|扫一扫|相关链接|上一篇|下一篇)/u.test(
    text,
  );
}
