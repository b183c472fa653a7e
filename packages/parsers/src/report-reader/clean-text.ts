/**
 * Artefacts of how a document was converted, never part of what was printed: Word bookmarks
 * kept by text converters (`[bookmark: _Hlk66973412]`) and the pinyin some mirror sites put
 * after characters (`根據(jù)`, `數(shù)據(jù)`).
 */
const BOOKMARK = /\[bookmark:[^\]]{0,200}\]/gu;
const PINYIN =
  /[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}[)）]/gu;

/** A cell's text without conversion artefacts, trimmed (incl. NBSP and ideographic spaces). */
export function cleanCellText(raw: string): string {
  if (raw.length < 4) return raw.trim();
  let text = raw;
  if (text.includes('[bookmark')) text = text.replace(BOOKMARK, '');
  if (text.includes('(') || text.includes('（')) text = text.replace(PINYIN, '');
  return text.trim();
}
