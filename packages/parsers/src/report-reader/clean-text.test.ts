import { describe, expect, it } from 'vitest';
import { ANY_ARTEFACTS, artefactsIn, cleanCellText } from './clean-text.js';

describe('artefactsIn', () => {
  it('finds pinyin after a half- or full-width parenthesis', () => {
    expect(artefactsIn('根據(jù)規定').pinyin).toBe(true);
    expect(artefactsIn('數據（jù）').pinyin).toBe(true);
  });

  it('finds pinyin whose parenthesis ends a line, since a wrapped cell joins the lines', () => {
    expect(artefactsIn('\t根據(\r\n  jù)規定').pinyin).toBe(true);
  });

  it('sees no pinyin in ordinals and parenthesised Chinese', () => {
    expect(artefactsIn('（一）主动公开 (二)其他 (3) ( 注 )').pinyin).toBe(false);
  });

  it('sees possible Markdown marks only where the text has ** or __, or a line opens with #', () => {
    expect(artefactsIn('| **规章** | 0 |').markdown).toBe(true);
    expect(artefactsIn('标题\n## 一、总体情况').markdown).toBe(true);
    expect(artefactsIn('规章 | 0 | 第3#楼').markdown).toBe(false);
  });

  it('sees a possible bookmark only where the text has a bracket', () => {
    expect(artefactsIn('[book\nmark: _Hlk1]').bookmarks).toBe(true);
    expect(artefactsIn('没有方括号').bookmarks).toBe(false);
  });
});

describe('cleanCellText', () => {
  it('removes bookmarks and pinyin when the document may hold them', () => {
    expect(cleanCellText('根據(jù)規定[bookmark: _Hlk66973412]', ANY_ARTEFACTS)).toBe('根據規定');
  });

  it('leaves the text as it is, trimmed, when the document holds neither', () => {
    expect(
      cleanCellText('  规章（一）  ', { bookmarks: false, pinyin: false, markdown: false }),
    ).toBe('规章（一）');
  });

  it('drops Markdown bold marks and heading hashes, which were never printed', () => {
    expect(cleanCellText('**一、本年新收政府信息公开申请数量**')).toBe(
      '一、本年新收政府信息公开申请数量',
    );
    expect(cleanCellText('__一、总体情况__')).toBe('一、总体情况');
    expect(cleanCellText('## 一、总体情况')).toBe('一、总体情况');
    expect(cleanCellText('### **二、主动公开政府信息情况**')).toBe('二、主动公开政府信息情况');
    expect(cleanCellText('我局**严格**落实')).toBe('我局严格落实');
    expect(cleanCellText('3.危及\\"三安全一稳定\\"')).toBe('3.危及"三安全一稳定"');
    // Underscores of a blank to fill in and a lone hash are text.
    expect(cleanCellText('联系人：______')).toBe('联系人：______');
    expect(cleanCellText('#3楼 会议室')).toBe('#3楼 会议室');
  });

  it('decodes the HTML entities a text or Markdown copy of a web page keeps, and only those', () => {
    expect(cleanCellText('（一）&nbsp;予以公开')).toBe('（一） 予以公开');
    expect(cleanCellText('3.危及&ldquo;三安全一稳定&rdquo;')).toBe('3.危及“三安全一稳定”');
    expect(cleanCellText('&#20013;&#x6587; R&amp;D')).toBe('中文 R&D');
    expect(cleanCellText('&nbsp;')).toBe('');
    // An ampersand that opens no entity, or an unknown name, stays.
    expect(cleanCellText('R&D 与 &foo; 项目')).toBe('R&D 与 &foo; 项目');
    expect(artefactsIn('R&D').entities).toBe(false);
    expect(artefactsIn('a&nbsp;b').entities).toBe(true);
  });

  it('finds an artefact whatever character of the cell shows it', () => {
    expect(cleanCellText('數據（jù）')).toBe('數據');
    expect(cleanCellText('根據(xíng)')).toBe('根據');
    expect(cleanCellText('规章[bookmark: _Hlk1]')).toBe('规章');
    // In a document that may hold bookmarks and nothing else (a Word text copy).
    const bookmarksOnly = { bookmarks: true, pinyin: false, markdown: false };
    expect(cleanCellText(' 规章[bookmark: _Hlk1] ', bookmarksOnly)).toBe('规章');
    expect(cleanCellText(' 规章(jù)** ', bookmarksOnly)).toBe('规章(jù)**');
    expect(cleanCellText('本年__新收__')).toBe('本年新收');
    expect(cleanCellText('行政许可 &amp;')).toBe('行政许可 &');
    // Ordinals and Chinese in parentheses are no sign of pinyin: the text is only trimmed.
    expect(cleanCellText(' （一）予以公开(注) ')).toBe('（一）予以公开(注)');
  });

  it('cleans exactly as before for every cell of a document tested as a whole', () => {
    const text =
      '根據(jù)\n（一）规章\n數(shù)據(jù)[bookmark: _Hlk1]\n行政(xíng)\n**规章**\n## 一、总体情况';
    const artefacts = artefactsIn(text);
    for (const cell of text.split('\n'))
      expect(cleanCellText(cell, artefacts)).toBe(cleanCellText(cell, ANY_ARTEFACTS));
  });
});
