import { emptyReport, type Report } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { sentenceKey, sentences, textRepetition } from './text-repetition.js';

const withOverview = (overview: string, problems?: string): Report => {
  const r = emptyReport('2021');
  r.sections.overview = overview;
  if (problems) r.sections.problems = problems;
  return r;
};

describe('narrative repetition', () => {
  it('splits sentences at Chinese stops and line breaks', () => {
    expect(sentences('第一句。第二句！第三句？\n第四句；第五句')).toEqual([
      '第一句。',
      '第二句！',
      '第三句？',
      '第四句；',
      '第五句',
    ]);
  });

  it('treats a sentence re-used with new numbers as the same sentence', () => {
    expect(sentenceKey('2023年共收到申请12件。')).toBe(sentenceKey('2024年共收到申请１５件'));
    expect(sentenceKey('2023年共收到申请12件。')).not.toBe(sentenceKey('2024年共办结申请15件。'));
  });

  it('measures the share of this year’s narrative found last year, by length', () => {
    const previous = withOverview(
      '我局高度重视政府信息公开工作，切实加强组织领导。2023年收到申请10件。',
    );
    const all = textRepetition(
      withOverview('我局高度重视政府信息公开工作，切实加强组织领导。2024年收到申请12件。'),
      previous,
    );
    expect(all.ratio).toBe(1);
    expect(all.repeatedSentences).toHaveLength(2);
    const none = textRepetition(
      withOverview('今年新建了依申请公开工作台账，并开展了专题培训。'),
      previous,
    );
    expect(none).toEqual({ ratio: 0, repeatedSentences: [] });
    const some = textRepetition(
      withOverview(
        '我局高度重视政府信息公开工作，切实加强组织领导。',
        '今年新建了依申请公开工作台账，并开展了专题培训。',
      ),
      previous,
    );
    expect(some.ratio).toBeGreaterThan(0.4);
    expect(some.ratio).toBeLessThan(0.6);
    expect(textRepetition(previous, null)).toEqual({ ratio: null, repeatedSentences: [] });
  });

  it('ignores fragments too short to be narrative', () => {
    expect(textRepetition(withOverview('无。'), withOverview('无。'))).toEqual({
      ratio: 0,
      repeatedSentences: [],
    });
  });
});
