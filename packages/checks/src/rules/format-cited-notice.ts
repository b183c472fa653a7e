import type { FormatId } from '@xxgk/model';
import { excerptOf } from '../text/excerpt.js';
import type { Rule } from '../types.js';
import { allMatches } from '../text/all-matches.js';

const NOTICE = /国办公开办函\s*[〔[(（【]\s*(2019|2021)\s*[〕\])）】]\s*(60|30)\s*号/gu;

/**
 * The text cites the notice of one format edition while the tables follow the other, e.g. a
 * preamble that says it was compiled under 国办公开办函〔2019〕60号 above 2021-format tables.
 * @see 国办公开办函〔2021〕30号; 国办公开办函〔2019〕60号
 */
export const formatCitedNotice: Rule = {
  id: 'format.cited-notice',
  severity: 'info',
  title: '引用的格式文件',
  description:
    '正文引用的年度报告格式文件（国办公开办函〔2019〕60号或〔2021〕30号）与表格实际采用的格式不一致时提示，通常是沿用了旧报告的开头。',
  see: ['国办公开办函〔2021〕30号', '国办公开办函〔2019〕60号'],
  examples: [
    {
      name: 'a 2021-format report citing the 2019 notice gets advice on that line',
      input: { text: '标题\n本报告依据国办公开办函〔2019〕60号要求编制。' },
      expect: [{ severity: 'info', line: 2, message: ['〔2019〕60号', '2021年版'] }],
    },
    {
      name: 'a 2021-format report citing the 2021 notice passes',
      input: { text: '本报告依据国办公开办函〔2021〕30号要求编制。' },
      expect: [],
    },
    {
      name: 'a report citing both notices is not advised',
      input: { text: '格式由国办公开办函〔2019〕60号试行，后经国办公开办函〔2021〕30号修订。' },
      expect: [],
    },
  ],
  run({ text, format }) {
    // Nearly no report cites the notice: one search of the whole text instead of one per line.
    if (!text?.foldedText.includes('公开办函')) return [];
    const cites: { id: FormatId; line: number; excerpt: string; raw: string }[] = [];
    for (const p of text.paragraphs) {
      if (!p.folded.includes('公开办函')) continue;
      for (const m of allMatches(NOTICE, p.folded)) {
        const id: FormatId = m[1] === '2019' ? '2019' : '2021';
        if ((id === '2019') !== (m[2] === '60')) continue;
        const start = m.index ?? 0;
        cites.push({
          id,
          line: p.line,
          excerpt: excerptOf(p.raw, start, start + m[0].length),
          raw: p.raw.slice(start, start + m[0].length),
        });
      }
    }
    if (cites.length === 0 || cites.some((c) => c.id === format.id)) return [];
    const first = cites[0];
    if (!first) return [];
    return [
      {
        rule: 'format.cited-notice',
        severity: 'info',
        message: `正文引用了${first.raw}（${first.id === '2019' ? '2019年试行格式' : '2021年版格式'}），但表格采用${format.id === '2021' ? '2021年版' : '2019年试行'}格式；请更正引用`,
        cells: [],
        ...(text.synthetic ? {} : { line: first.line }),
        excerpt: first.excerpt,
      },
    ];
  },
};
