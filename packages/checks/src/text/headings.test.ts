import { describe, expect, it } from 'vitest';
import { locateHeadings, placeHeadings } from './headings.js';

const keys = (text: string) =>
  locateHeadings(text.split('\n')).map((h) => `${h.line}:${h.key ?? '-'}:${h.wording}`);

describe('locating section headings', () => {
  it('finds the six standard headings with their lines', () => {
    const text =
      '标题\n一、总体情况\n正文\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项';
    expect(keys(text)).toEqual([
      '2:overview:standard',
      '4:proactive:standard',
      '5:applications:standard',
      '6:review:standard',
      '7:problems:standard',
      '8:other:standard',
    ]);
  });

  it('reads headings marked up as Markdown bold or with a leading #', () => {
    const text =
      '标题\n**一、总体情况**\n正文\n## 二、主动公开政府信息情况\n__三、收到和处理政府信息公开申请情况__\n### **四、政府信息公开行政复议、行政诉讼情况**\n#五、存在的主要问题及改进情况\n六、其他需要报告的事项';
    expect(keys(text)).toEqual([
      '2:overview:standard',
      '4:proactive:standard',
      '5:applications:standard',
      '6:review:standard',
      '7:problems:standard',
      '8:other:standard',
    ]);
    expect(locateHeadings(text.split('\n')).map((h) => h.offset)).toEqual([2, 3, 2, 6, 1, 0]);
  });

  it('reads a heading spelled out with ideographic spaces whole', () => {
    const found = locateHeadings(['标题', '一、总　体　情　况', '正文', '二、主 动 公 开']);
    expect(found.map((h) => `${h.key}:${h.text}:${h.wording}`)).toEqual([
      'overview:总体情况:standard',
      'proactive:主动公开:other',
    ]);
  });

  it('keeps a heading followed by its first sentence apart from that sentence', () => {
    const found = locateHeadings(['一、总体情况 本年度，我局认真贯彻落实条例。']);
    expect(found.map((h) => h.text)).toEqual(['总体情况']);
  });

  it('does not take the row labels of table 三 for headings', () => {
    const text =
      '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n三、本年度办理结果\n四、结转下年度继续办理\n四、政府信息公开行政复议、行政诉讼情况';
    expect(keys(text)).toEqual(['1:applications:standard', '6:review:standard']);
  });

  it('recognises headings worded differently, by keyword, and known variants', () => {
    const text =
      '一、基本情况\n二、行政机关主动公开政府信息情况\n四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n五、下一步工作打算\n六、其他';
    expect(keys(text)).toEqual([
      '1:overview:other',
      '2:proactive:other',
      '3:review:variant',
      '4:problems:other',
      '5:other:other',
    ]);
  });

  it('takes 其它 for 其他 in a heading, as a known variant of the format’s wording', () => {
    // 其他需要报告事项 is a known variant; written with 其它 it was not recognised as one (a
    // warning on wording) until label keys folded 其它.
    expect(keys('五、存在的主要问题及改进情况\n六、其它需要报告事项')).toEqual([
      '1:problems:standard',
      '2:other:variant',
    ]);
    expect(keys('五、存在的主要问题及改进情况\n六、其它需要报告的事项')).toEqual([
      '1:problems:standard',
      '2:other:variant',
    ]);
  });

  it('prefers the real heading over a numbered sub-item that mentions the same subject', () => {
    const text =
      '一、总体情况\n二、依申请公开情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况';
    expect(keys(text)).toEqual([
      '1:overview:standard',
      '3:proactive:standard',
      '4:applications:standard',
    ]);
  });

  it('skips a table of contents and takes the headings that open their sections', () => {
    const text =
      '目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n\n一、总体情况\n正文\n二、主动公开政府信息情况\n0\n三、收到和处理政府信息公开申请情况\n0';
    expect(keys(text)).toEqual([
      '6:overview:standard',
      '8:proactive:standard',
      '10:applications:standard',
    ]);
  });

  it('takes a bare or unrecognised numbered line as its section only where that heading is missing', () => {
    expect(keys('二、主动公开政府信息情况\n三、\n四、政府信息公开行政复议、行政诉讼情况')).toEqual([
      '1:proactive:standard',
      '2:applications:other',
      '3:review:standard',
    ]);
    expect(keys('一、总体情况\n五、加强学习\n二、主动公开政府信息情况')).toEqual([
      '1:overview:standard',
      '3:proactive:standard',
    ]);
  });

  it('finds headings written inline in a report captured on one line', () => {
    const line = `某局2021年度政府信息公开工作年度报告 ${'根据条例规定编制本报告。'.repeat(20)} 一、总体情况 2021年,我局认真贯彻条例。 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 |`;
    const found = locateHeadings([line]);
    expect(found.map((h) => h.key)).toEqual(['overview', 'proactive']);
    expect(line.slice(found[1]?.offset ?? 0)).toMatch(/^二、主动公开/u);
  });

  it('reads whole a spaced-out heading the parser cut to its first character', () => {
    const placed = placeHeadings(
      [{ key: 'overview', ordinal: '一', text: '总', line: 1, standard: false }],
      ['一、总　体　情　况', '正文'],
    );
    expect(placed.map((h) => [h.text, h.wording])).toEqual([['总体情况', 'standard']]);
    const asCells = placeHeadings(
      [{ key: 'overview', ordinal: '一', text: '总', line: 1, standard: false }],
      ['一、总 | 体 | 情 | 况', '正文'],
    );
    expect(asCells.map((h) => h.text)).toEqual(['总体情况']);
  });

  it('places a parser outline in the text and names a heading the parser left unnamed', () => {
    const lines = ['一、总体情况', '正文', '三、'];
    const placed = placeHeadings(
      [
        { key: 'overview', ordinal: '一', text: '总体情况', line: 1, standard: true },
        { key: null, ordinal: '三', text: '', line: 3, standard: false },
      ],
      lines,
    );
    expect(placed.map((h) => [h.key, h.line, h.wording])).toEqual([
      ['overview', 1, 'standard'],
      ['applications', 3, 'other'],
    ]);
  });
});
