import { describe, expect, it } from 'vitest';
import { collectMeta, publishedOnHint, titleHint, type PageMeta } from './page-hints.js';

describe('page hints', () => {
  it('prefers the ArticleTitle meta of the government website standard', () => {
    const meta: PageMeta = { title: '年度报告_某某市人民政府' };
    collectMeta({ name: 'ArticleTitle', content: ' 某局2024年政府信息公开工作年度报告 ' }, meta);
    collectMeta({ name: 'ArticleTitle', content: '第二个' }, meta);
    expect(titleHint(meta)).toBe('某局2024年政府信息公开工作年度报告');
  });

  it('takes the segment of <title> that names a report, dropping column and site names', () => {
    expect(titleHint({ title: '某局2024年政府信息公开工作年度报告_年报_某某市人民政府' })).toBe(
      '某局2024年政府信息公开工作年度报告',
    );
    expect(titleHint({ title: '某某网 - 某鎮2022年政府信息公開工作年度報告' })).toBe(
      '某鎮2022年政府信息公開工作年度報告',
    );
    expect(titleHint({ title: '  政务公开 | 首页 ' })).toBe('政务公开 | 首页');
    expect(titleHint({ title: '   ' })).toBeUndefined();
  });

  it('reads the Open Graph article:published_time when a page has no PubDate', () => {
    const meta: PageMeta = {};
    collectMeta({ property: 'article:published_time', content: '2024-02-05T09:30:00+08:00' }, meta);
    expect(publishedOnHint(meta)).toBe('2024-02-05');
  });

  it('reads PubDate as an ISO date and rejects impossible dates', () => {
    const meta: PageMeta = {};
    collectMeta({ name: 'PubDate', content: '2025-1-22 15:32' }, meta);
    expect(publishedOnHint(meta)).toBe('2025-01-22');
    expect(publishedOnHint({ pubDate: '2025年01月20日' })).toBe('2025-01-20');
    expect(publishedOnHint({ pubDate: '2025-02-30' })).toBeUndefined();
    expect(publishedOnHint({})).toBeUndefined();
  });
});
