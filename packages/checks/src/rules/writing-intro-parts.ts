import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { chineseNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';
import { paragraphMatches } from './writing/anchored.js';

/** Searched only in paragraphs that say 部分 or 方面, which every match ends with. */
const ANNOUNCE =
  /(?:由|包括|包含|分为|涵盖)(?<list>[^。;\n]{4,240}?)(?:等)?(?:共)?(?<n>[一二三四五六七八九十]|\d{1,2})[ \t]*(?:个)?(?:部分|方面)/gu;
/**
 * The count first, then the list after a colon (本报告共分六个部分：总体情况、…). Only 部分, and
 * only a list naming the report's own parts (总体情况 or 其他需要报告的事项): a list of work
 * done (三个方面：加强领导、…) has names {@link countParts} cannot split.
 */
const ANNOUNCE_FIRST =
  /(?:共分为?|共分成|分为|分成|包括|包含|共)(?:共)?(?<n>[一二三四五六七八九十]|\d{1,2})[ \t]*(?:个)?部分(?:内容)?[ \t]*:[ \t]*(?<list>[^。;\n]{4,240}?)(?=。|$)/gu;
/** Lists that name the report's parts. */
const REPORT_PARTS = /总体情况|其他需要报告/u;
/** A numbered list (一、总体情况 二、…): its 、 follow the numerals, not the names. */
const NUMBERED = /(?:^|[^一二三四五六七八九十\d])[一二三四五六七八九十\d]{1,2}[、.]/u;

/** Words a part's name ends with; a piece without one was split inside a name (复议、诉讼情况). */
const PART_END = /(?:情况|事项|措施|问题|概况|概述|内容|统计|数据|工作)$/u;

/** Counts the parts an introduction lists. */
export function countParts(list: string): number {
  const separator = /[,;]/u.test(list) ? /[,;]/u : /、/u;
  const pieces = list
    .split(separator)
    .map((x) => x.trim())
    .filter(Boolean);
  const last = pieces.pop();
  // The last part may be joined by 和/及/以及: “…及改进情况和其他需要报告的事项”.
  if (last !== undefined) pieces.push(...last.split(/(?:以及|和|及)(?=其他|其它)/u));
  let count = 0;
  let open = false;
  for (const piece of pieces) {
    if (!open) count++;
    open = !PART_END.test(piece);
  }
  return count;
}

/**
 * An introduction that announces a number of parts (本报告由…六个部分组成) and lists a different
 * number of them.
 * @see 条例第五十条; docs/domain.md §1.4
 */
export const writingIntroParts: Rule = {
  id: 'writing.intro-parts',
  severity: 'warning',
  title: '导语所述部分数',
  description:
    '导语说明报告由几个部分组成时，列出的部分数应与所说的数目一致（如说“六个部分”却列出七项）。',
  see: ['条例第五十条', '国办公开办函〔2021〕30号（六个部分）'],
  examples: [
    {
      name: 'an introduction announcing six parts and listing seven is found',
      input: {
        text: '标题\n本报告由总体情况、主动公开政府信息情况、依申请公开政府信息情况、行政复议情况、行政诉讼情况、存在的问题和改进情况、其他需要报告的事项六个部分组成。',
      },
      expect: [{ severity: 'warning', line: 2, message: ['六个部分', '7'] }],
    },
    {
      name: 'six parts listed with commas, one naming 复议、诉讼 together, pass',
      input: {
        text: '全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项6个部分。',
      },
      expect: [],
    },
    {
      name: 'an introduction that gives the count before a colon and lists five parts is found',
      input: {
        text: '标题\n本报告共分六个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项。',
      },
      expect: [{ severity: 'warning', line: 2, message: ['六个部分', '5'] }],
    },
    {
      name: 'a count before a colon passes with six parts, with numbered parts and with a list of work done',
      input: {
        text: '本报告共分六个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。\n报告包括六个部分：一、总体情况、二、主动公开、三、依申请公开、四、复议诉讼、五、问题、六、其他需要报告的事项。\n重点做好三个部分：加强组织领导、完善工作制度和强化监督保障。',
      },
      expect: [],
    },
    {
      name: 'six parts listed with 、 only pass',
      input: {
        text: '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项等六个部分。',
      },
      expect: [],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    const matches = [
      ...paragraphMatches(view, ANNOUNCE, ['部分', '方面']),
      ...paragraphMatches(view, ANNOUNCE_FIRST, ['部分']).filter(
        ({ match: m }) =>
          REPORT_PARTS.test(m.groups?.list ?? '') && !NUMBERED.test(m.groups?.list ?? ''),
      ),
    ].sort((a, b) => a.p.line - b.p.line || a.start - b.start);
    for (const { p, start, end, match: m } of matches) {
      const list = m.groups?.list ?? '';
      const nText = m.groups?.n ?? '';
      const announced = /\d/u.test(nText) ? Number(nText) : chineseNumber(nText);
      if (announced === null || !/[、,]/u.test(list)) continue;
      const listed = countParts(list);
      if (listed < 2 || listed === announced) continue;
      findings.push(
        textFinding(
          view,
          p,
          { start, end },
          {
            rule: 'writing.intro-parts',
            severity: 'warning',
            message: `导语称报告由“${nText}个部分”组成，但列出了${listed}项`,
          },
        ),
      );
    }
    return findings;
  },
};
