import { describe, expect, it } from 'vitest';
import { buildTextView, narrativeAt, narrativeMatches, sectionText } from './text-view.js';

const TEXT =
  '标题\n一、总体情况\n正文甲。\n二、主动公开政府信息情况\n0\n五、存在的主要问题及改进情况\n内容乙。';

describe('the text view', () => {
  it('assigns each line to its section and keeps tables out of the narrative', () => {
    const view = buildTextView(TEXT);
    expect(view.paragraphs.map((p) => p.section)).toEqual([
      null,
      'overview',
      'overview',
      'proactive',
      'proactive',
      'problems',
      'problems',
    ]);
    expect(view.narrative.map((p) => p.line)).toEqual([1, 2, 3, 6, 7]);
    expect(sectionText(view, 'problems')).toBe('内容乙。');
  });

  it('keeps one-cell-per-line table cells out of the narrative of a text without section headings', () => {
    const text = [
      '某局2023年政府信息公开工作年度报告',
      '2023年，我局共收到政府信息公开申请3件，均已按期答复。',
      '申请人情况',
      '自然人',
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
      '',
      '0',
      '5.要求行政机关确认或重新',
      '出具已获取信息',
      '0',
      '（一）予以公开①',
      '',
      '2',
      '',
      '0',
      '３',
      '',
      '联系电话：0533-3120680。',
    ].join('\n');
    const view = buildTextView(text);
    expect(view.paragraphs.every((p) => p.section === null)).toBe(true);
    expect(view.narrative.map((p) => p.raw).filter((r) => r !== '')).toEqual([
      '某局2023年政府信息公开工作年度报告',
      '2023年，我局共收到政府信息公开申请3件，均已按期答复。',
      '联系电话：0533-3120680。',
    ]);
  });

  it('joins the folded lines of every kind of text into foldedText', () => {
    const texts = [
      TEXT,
      '标题，全角（括号）\n一、总体情况\n正文。',
      '标题\r\n一、总体情况\r\n國家[bookmark: _Toc1]正文',
      '㈠标题\n一、总体情况',
    ];
    for (const text of texts) {
      const view = buildTextView(text);
      const lines = [...new Set(view.paragraphs.map((p) => p.line))].map((line) =>
        view.paragraphs
          .filter((p) => p.line === line)
          .map((p) => p.folded)
          .join(''),
      );
      expect(view.foldedText).toBe(lines.join('\n'));
      expect(view.foldedText).not.toContain('[bookmark');
    }
  });

  it('places matches of the joined narrative back in their paragraphs', () => {
    const view = buildTextView(TEXT);
    const found = [...narrativeMatches(view, /[甲乙]/gu)].map((m) => [m.p.line, m.start]);
    expect(found).toEqual([
      [3, 2],
      [7, 2],
    ]);
    expect(narrativeAt(view, 0)?.p.line).toBe(1);
  });

  it('completes a reader outline that missed a heading with the one found in the text', () => {
    const view = buildTextView(TEXT, [
      { key: 'overview', ordinal: '一', text: '总体情况', line: 2, standard: true },
      { key: 'proactive', ordinal: '二', text: '主动公开政府信息情况', line: 4, standard: true },
    ]);
    expect(view.headings.map((h) => [h.key, h.line])).toEqual([
      ['overview', 2],
      ['proactive', 4],
      ['problems', 6],
    ]);
    expect(view.paragraphs.find((p) => p.line === 7)?.section).toBe('problems');
  });
});
