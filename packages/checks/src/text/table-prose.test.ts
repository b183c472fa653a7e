import { describe, expect, it } from 'vitest';
import { tableProse } from './table-prose.js';
import { buildTextView } from './text-view.js';

const folded = (v: { narrative: readonly { folded: string }[] } | null) =>
  v ? v.narrative.map((p) => p.folded) : [];

describe('table prose', () => {
  it('holds the sentences under the table sections’ headings, not their cells, labels or rows', () => {
    const view = buildTextView(
      [
        '一、总体情况',
        '全年共收到政府信息公开申请8件。',
        '二、主动公开政府信息情况',
        '信息内容',
        '本年制发件数',
        '本年度制发行政规范性文件3件',
        '三、收到和处理政府信息公开申请情况',
        '2024年，共收到8份政府信息公开申请。',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
        '一、本年新收政府信息公开申请数量 | 8 | 0 | 0 | 0 | 0 | 0 | 8',
        '3',
        '四、政府信息公开行政复议、行政诉讼情况',
        '本年度无行政复议、行政诉讼情况。',
        '行政复议',
        '0',
        '五、存在的主要问题及改进情况',
        '一是解读不足；二是更新不及时。',
      ].join('\n'),
    );
    const prose = tableProse(view);
    expect(folded(prose.other)).toEqual([
      '本年度制发行政规范性文件3件',
      '2024年,共收到8份政府信息公开申请。',
    ]);
    expect(folded(prose.review)).toEqual(['本年度无行政复议、行政诉讼情况。']);
  });

  it('holds the lines a page width cut before a sentence’s mark, so they are read joined', () => {
    const view = buildTextView(
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '2024年，我单位对形成的政府信息实现',
        '了依法、有序公开，未出现申请行政复议',
        '、提起行政诉讼的情况。',
        '行政复议',
        '0',
      ].join('\n'),
    );
    expect(folded(tableProse(view).review)).toEqual([
      '2024年,我单位对形成的政府信息实现',
      '了依法、有序公开,未出现申请行政复议',
      '、提起行政诉讼的情况。',
    ]);
  });

  it('is empty for a report whose table sections hold only their tables', () => {
    const view = buildTextView(
      '一、总体情况\n共收到申请1件。\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果维持\n0\n五、存在的主要问题及改进情况\n无。',
    );
    expect(tableProse(view)).toEqual({ review: null, other: null, reviewNone: null });
  });
});
