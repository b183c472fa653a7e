import { describe, expect, it } from 'vitest';
import { joinPieces, needsWork, normalizeInline } from './text-normalize.js';

describe('needsWork', () => {
  it('finds exactly the white space and invisible characters normalizeInline works on', () => {
    const worked = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\u00ad]/u;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      expect(needsWork(`规${c}章`), code.toString(16)).toBe(worked.test(c));
    }
    expect(needsWork('')).toBe(false);
  });
});

describe('normalizeInline', () => {
  it('drops a source line break between Chinese characters, as Word wraps its HTML', () => {
    expect(normalizeInline('请与本机关联\r\n系（电话：0533-3185106）。')).toBe(
      '请与本机关联系（电话：0533-3185106）。',
    );
    expect(normalizeInline('商业\n   企业')).toBe('商业企业');
  });

  it('keeps a line break between Latin words or numbers as one space', () => {
    expect(normalizeInline('Microsoft\nWord 2021\n年')).toBe('Microsoft Word 2021 年');
  });

  it('turns &nbsp;, &#12288; and tabs into single spaces and trims them', () => {
    expect(normalizeInline('\u3000\u3000一、总体情况\u00a0\u00a0')).toBe('一、总体情况');
    expect(normalizeInline('来源：区经信局\u00a0\u00a0\n  字号')).toBe('来源：区经信局 字号');
    expect(normalizeInline('a\t\tb')).toBe('a b');
    expect(normalizeInline('\u00a0 \u3000')).toBe('');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(normalizeInline('规\u200b章\ufeff\u00ad')).toBe('规章');
  });

  it('treats extension-plane ideographs as Chinese', () => {
    expect(normalizeInline('𠀀\n𠀁')).toBe('𠀀𠀁');
  });
});

describe('joinPieces', () => {
  it('joins Chinese pieces directly, a header broken one character per line included', () => {
    expect(joinPieces(['结', '果', '维', '持'])).toBe('结果维持');
    expect(joinPieces(['3.危及', '“三安全一稳定”'])).toBe('3.危及“三安全一稳定”');
  });

  it('joins a number to the Chinese text next to it', () => {
    expect(joinPieces(['22', '（其中修订16件）'])).toBe('22（其中修订16件）');
    expect(joinPieces(['本年收费金额', '(万元)'])).toBe('本年收费金额(万元)');
  });

  it('puts one space only between two pieces that are not Chinese', () => {
    expect(joinPieces(['1', '5'])).toBe('1 5');
    expect(joinPieces(['12.5', 'Excel', '统计'])).toBe('12.5 Excel统计');
  });

  it('skips empty pieces', () => {
    expect(joinPieces(['', '规章', '', ''])).toBe('规章');
    expect(joinPieces([])).toBe('');
  });
});
