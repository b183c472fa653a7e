import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { narrativeAt, type NarrativeMatch, type TextView } from '../text/text-view.js';
import type { Rule } from '../types.js';
import { digitsBefore } from './writing/anchored.js';
import { narrativeScan } from './writing/narrative-scan.js';

/**
 * A counting verb, the object counted (Chinese characters only), then a bare number. Sticky:
 * tried only before the numbers that end a clause (see {@link bareCounts}).
 */
const BARE_COUNT =
  /(?:公开|发布|收到|受理|办理|办结|答复|制发|印发|出台|推送|更新|开展|召开|举办|组织|回复|处理|新增|转办|共计|累计|合计)(?<gap>[\u4e00-\u9fff“”]{0,10}?)(?<n>\d+)(?!,\d{3})(?=[ \t]*(?:[,。;、!?\n]|$))/uy;
/** First characters of the counting verbs of {@link BARE_COUNT}. */
const VERB_FIRST = new Set(
  Array.from('公发收受办答制印出推更开召举组回处新转共累合', (c) => c.charCodeAt(0)),
);
/** Most characters between the verb and the number ({@link BARE_COUNT}'s gap). */
const MAX_GAP = 10;
const isGapChar = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x201c || c === 0x201d;

/**
 * The matches a global search for {@link BARE_COUNT} gives, found from the other end: a match's
 * number ends a clause and is a whole run of digits after at most ten Chinese characters, so
 * the few numbers that end a clause (`clauseNumberEnds` of the writing rules' shared pass; most
 * numbers in a report are followed by their measure word) are the only places to look, and the
 * verb pattern is tried only where a verb starts before each, leftmost first, as the global
 * search would.
 */
function bareCounts(view: TextView): NarrativeMatch[] {
  const text = view.narrativeText;
  const found: NarrativeMatch[] = [];
  let next = 0;
  for (const last of narrativeScan(view).clauseNumberEnds) {
    const digits = digitsBefore(text, last + 1);
    let gap = digits;
    while (gap > 0 && digits - gap < MAX_GAP && isGapChar(text.charCodeAt(gap - 1))) gap--;
    for (let start = Math.max(next, gap - 2); start <= digits - 2; start++) {
      if (!VERB_FIRST.has(text.charCodeAt(start))) continue;
      BARE_COUNT.lastIndex = start;
      const match = BARE_COUNT.exec(text);
      if (!match) continue;
      next = start + match[0].length;
      const where = narrativeAt(view, start);
      if (where)
        found.push({ p: where.p, start: where.at, end: where.at + match[0].length, match });
      break;
    }
  }
  return found;
}
/** Words after which a bare number is a value, an identifier or a date, not a count. */
const NOT_A_COUNT =
  /[为是达至率占比号第年月日于到约近超余]|电话|热线|邮编|编码|代码|号码|传真|地址|信箱|网址|时间/u;

/**
 * A count written without its measure word (件, 条, 个…): “共收到和办理依申请公开2，” or
 * “公开政府信息46。” — the reader cannot tell what was counted.
 * @see docs/domain.md §1.9（文字严谨）
 */
export const writingMeasureWord: Rule = {
  id: 'writing.measure-word',
  severity: 'warning',
  title: '数字缺少量词',
  description: '计数的数字后缺少量词（如“共收到和办理依申请公开2，”应为“2件”）。',
  see: ['GB/T 15835—2011 出版物上数字用法'],
  examples: [
    {
      name: 'a count followed directly by a comma is found',
      input: {
        text: '标题\n2024年共收到和办理依申请公开2,无因政府信息公开引起的行政复议行政诉讼。',
      },
      expect: [{ severity: 'warning', line: 2, message: ['依申请公开2'] }],
    },
    {
      name: 'a count at the end of a sentence is found',
      input: { text: '全年主动公开政府信息46。' },
      expect: [{ severity: 'warning', message: ['46'] }],
    },
    {
      name: 'counts with measure words, rates, years, phone numbers and values pass',
      input: {
        text: '主动公开政府信息46条，答复率100%，于2024年公开，公开电话12345，公开数量为0，办理编号2024001，发布时间2025，累计公开1,234条。',
      },
      expect: [],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    for (const { p, start, end, match: m } of bareCounts(view)) {
      const gap = m.groups?.gap ?? '';
      const n = m.groups?.n ?? '';
      if (NOT_A_COUNT.test(gap)) continue;
      if (n.length === 4 && Number(n) >= 1990 && Number(n) <= 2100) continue;
      findings.push(
        textFinding(
          view,
          p,
          { start, end },
          {
            rule: 'writing.measure-word',
            severity: 'warning',
            message: `“${p.raw.slice(start, end)}”中的数字${n}后缺少量词（如“件”“条”）`,
          },
        ),
      );
    }
    return findings;
  },
};
