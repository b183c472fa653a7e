import {
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER_NOTE,
  FORMAT_IDS,
  getFormat,
  labelKey,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
} from '@xxgk/model';

let built: ReadonlySet<string> | undefined;
/** Twice the longest key, plus room: a longer line cannot fold to a label (it is narrative). */
let longest = 0;
/** The first characters of the keys: a line opening with another is no label (most are not). */
const firsts = new Set<string>();

/**
 * The keys ({@link labelKey}) of every text the national tables print, in either format:
 * captions, column headers, row and group labels (三、本年度办理结果, （三）不予公开), applicant
 * columns, table 四's blocks and results. Built once, on first use.
 */
function tableLabelKeys(): ReadonlySet<string> {
  if (built) return built;
  const texts: string[] = ['信息内容', '申请人情况', '法人或其他组织', '行政诉讼'];
  texts.push(APPLICATIONS_HEADER_NOTE);
  for (const id of FORMAT_IDS) {
    const def = getFormat(id);
    for (const table of def.proactive) {
      texts.push(table.caption);
      for (const f of table.fields) texts.push(f.label, ...f.variants);
      for (const r of table.rows) texts.push(r.label, ...r.variants);
    }
    for (const g of def.applicationGroups) texts.push(g.label, ...g.variants);
    for (const r of def.applicationRows) texts.push(r.label, r.fullLabel, ...r.variants);
  }
  for (const c of APPLICANT_COLUMNS) texts.push(c.label);
  for (const b of REVIEW_BLOCKS) texts.push(b.label);
  for (const f of REVIEW_FIELDS) texts.push(f.label);
  built = new Set(texts.map(labelKey).filter((k) => k !== ''));
  for (const key of built) {
    longest = Math.max(longest, 2 * key.length + 8);
    firsts.add(key.charAt(0));
  }
  // Keys write brackets half-width; a line not yet folded may open with a full-width one.
  if (firsts.has('(')) firsts.add('（');
  return built;
}

/**
 * True when a line is, whole, a text the national tables print (a header, a row or group
 * label): a table cell printed on its own line, not narrative.
 */
export function isTableLabel(line: string): boolean {
  const keys = tableLabelKeys();
  // Spaced-out labels (申 请 人 情 况) are at most about twice their key's length.
  if (line.length > longest) return false;
  const first = line.trimStart().charAt(0);
  return firsts.has(first) && keys.has(labelKey(line));
}
