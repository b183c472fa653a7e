import type { Finding } from '@xxgk/model';
import { textFinding } from '../text/finding.js';
import { hanCount } from '../text/sentences.js';
import { narrativeAt } from '../text/text-view.js';
import type { Rule } from '../types.js';
import { MIN_SENTENCE, narrativeScan } from './writing/narrative-scan.js';

/** Reduplications that are good Chinese. */
const ALLOWED = new Set(['研究研究', '讨论讨论', '学习学习', '商量商量', '的的确确', '是是非非']);

/**
 * Words, phrases or whole sentences written twice — the typical trace of copying and pasting
 * (“现将有关情况报告如下现将有关情况报告如下”, “部门财政财政预决算”).
 * @see docs/domain.md §1.9（怀化：内容雷同、敷衍塞责）
 */
export const writingDuplicate: Rule = {
  id: 'writing.duplicate',
  severity: 'warning',
  title: '重复的词句',
  description:
    '同一词语或句子紧接着重复出现（如“财政财政”“报告如下报告如下”），或同一长句在正文中出现两次。',
  see: ['国办公开办函〔2021〕30号（内容雷同、敷衍塞责须追责）', '条例第四十七条'],
  examples: [
    {
      name: 'a sentence pasted twice in a row is found with its line',
      input: { text: '一、总体情况\n扎实推进各项工作。现将有关情况报告如下现将有关情况报告如下。' },
      expect: [{ severity: 'warning', line: 2, message: ['现将有关情况报告如下'] }],
    },
    {
      name: 'a doubled word is found',
      input: { text: '其中部门财政财政预决算6条。' },
      expect: [{ severity: 'warning', message: ['财政'] }],
    },
    {
      name: 'the same long sentence in two places is found at the second',
      input: {
        text: '一、总体情况\n我局高度重视政府信息公开工作并指定专人负责。\n五、存在的主要问题及改进情况\n我局高度重视政府信息公开工作并指定专人负责。',
      },
      expect: [{ severity: 'warning', line: 4, message: ['第2行'] }],
    },
    {
      name: 'ordinary reduplication and separate repetitions pass',
      input: { text: '做到件件有回应、事事有落实，层层压实责任。公开、公开再公开。' },
      expect: [],
    },
  ],
  run({ text: view }) {
    if (!view) return [];
    const findings: Finding[] = [];
    const text = view.narrativeText;
    const scan = narrativeScan(view);
    const runs = scan.runs.map((r) => ({
      start: r.start,
      end: r.start + 2 * r.unit,
      unit: text.slice(r.start, r.start + r.unit),
    }));
    for (const start of scan.doubled)
      runs.push({ start, end: start + 2, unit: text.slice(start, start + 1) });
    for (const r of runs) {
      const doubled = text.slice(r.start, r.end);
      if (ALLOWED.has(doubled) || ALLOWED.has(text.slice(r.start, r.start + 4))) continue;
      const where = narrativeAt(view, r.start);
      if (!where) continue;
      const span = { start: where.at, end: where.at + doubled.length };
      findings.push(
        textFinding(view, where.p, span, {
          rule: 'writing.duplicate',
          severity: 'warning',
          message: `“${r.unit}”连续重复出现（“${where.p.raw.slice(span.start, span.end)}”）`,
        }),
      );
    }
    const seen = new Map<string, number>();
    // Only finished sentences: a title or signature line repeated is not a pasted sentence.
    for (const sentence of scan.sentences) {
      const key = text.slice(sentence.start, sentence.end).trim();
      if (key.length < MIN_SENTENCE || hanCount(key) < MIN_SENTENCE) continue;
      const where = narrativeAt(view, sentence.start);
      if (!where) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, where.p.line);
        continue;
      }
      findings.push(
        textFinding(
          view,
          where.p,
          { start: where.at, end: where.at + sentence.end - sentence.start },
          {
            rule: 'writing.duplicate',
            severity: 'warning',
            message: `与${view.synthetic ? '前文' : `第${first}行`}的句子完全相同：“${key.slice(0, 30)}”`,
          },
        ),
      );
    }
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return findings;
  },
};
