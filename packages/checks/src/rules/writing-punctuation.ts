import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import type { Rule } from '../types.js';
import { matchesAt } from './writing/anchored.js';
import { narrativeScan } from './writing/narrative-scan.js';

/**
 * Two or more sentence marks in a row (folded: ，→, ；→; ：→: ！→! ？→?). Sticky: tried only
 * where the writing rules' shared pass saw a mark followed by another (`markPairs`), which is
 * where every match starts.
 */
const RUN = /[,。、;!?](?:[ \t]*[,。、;!?])+|:(?:[ \t]*[,。、;:])+|[,。、;][ \t]*:(?!\/)/uy;

/**
 * Punctuation marks doubled or stacked (，， 。。 、、 ，。 ：：) — an editing slip a reviewer reading
 * on paper will notice at once.
 * @see docs/domain.md §1.9（文字严谨）
 */
export const writingPunctuation: Rule = {
  id: 'writing.punctuation',
  severity: 'warning',
  title: '重复的标点',
  description: '连续出现两个句读标点（如“，，”“。。”“、、”“，。”）。',
  see: ['GB/T 15834—2011 标点符号用法'],
  examples: [
    {
      name: 'a doubled full stop is found on its line',
      input: { text: '一、总体情况\n无因信息公开申请而被提起行政复议和行政诉讼情况。。' },
      expect: [{ severity: 'warning', line: 2, message: ['。。'] }],
    },
    {
      name: 'a comma before a full stop is found',
      input: { text: '积极推进政务公开，。' },
      expect: [{ severity: 'warning', message: ['，。'] }],
    },
    {
      name: 'a doubled colon after a label is found',
      input: { text: '一、总体情况\n联系方式：：0533-3586373。' },
      expect: [{ severity: 'warning', line: 2, message: ['：：'] }],
    },
    {
      name: 'ellipses, URLs and times pass',
      input: { text: '详见http://www.example.gov.cn/，会议于9:30召开……各项工作。' },
      expect: [],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    for (const { p, start, end } of matchesAt(view, RUN, narrativeScan(view).markPairs)) {
      const raw = p.raw.slice(start, end);
      findings.push(
        textFinding(
          view,
          p,
          { start, end },
          {
            rule: 'writing.punctuation',
            severity: 'warning',
            message: `标点重复：“${raw}”`,
          },
        ),
      );
    }
    return findings;
  },
};
