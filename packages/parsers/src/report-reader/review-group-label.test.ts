import { describe, expect, it } from 'vitest';
import type { Report } from '@xxgk/model';
import { renderMarkdown } from '@xxgk/render/core';
import { parseDocument, parseText } from '../index.js';
import { huaianTables } from '../testing/shared-fixtures.js';

const truth: Report = huaianTables();

describe('table 四 blocks named with their group in brackets (行政诉讼（复议后起诉）)', () => {
  it('are read back to all fifteen cells from our own Markdown render', async () => {
    const md = renderMarkdown(truth);
    expect(md).toContain('行政诉讼（未经复议直接起诉）');
    const { report } = await parseDocument(new TextEncoder().encode(md), { fileName: 'r.md' });
    expect(report.review).toEqual(truth.review);
  });

  it('are read from pipe rows of a text copy', () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '项目 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计',
      '行政复议 | 1 | 2 | 3 | 4 | 10',
      '行政诉讼（未经复议直接起诉） | 5 | 0 | 0 | 1 | 6',
      '行政诉讼（复议后起诉） | 0 | 1 | 0 | 0 | 1',
      '五、存在的主要问题及改进情况',
    ].join('\n');
    const { report } = parseText(text, { fileName: 'r.txt' });
    expect(report.review).toEqual({
      reconsideration: { upheld: 1, corrected: 2, other: 3, pending: 4, total: 10 },
      litigationDirect: { upheld: 5, corrected: 0, other: 0, pending: 1, total: 6 },
      litigationAfterReconsideration: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
    });
  });
});
