import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';
import { buildDocx, p, tbl, tc } from './testing/build-docx.js';

/** A cell of several paragraphs (a header Word wraps as 结果 / 维持). */
const tcLines = (...lines: string[]): string =>
  `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>${lines.map((l) => p(l)).join('')}</w:tc>`;

describe('a DOCX table whose cells hold several paragraphs', () => {
  it('keeps each row on one line of the document text, so the headings after it keep their lines', async () => {
    const body = [
      p('某县2023年政府信息公开工作年度报告'),
      p('二、主动公开政府信息情况'),
      tbl(4, [
        tc('信息内容') +
          tcLines('本年', '制发件数') +
          tcLines('本年', '废止件数') +
          tcLines('现行', '有效件数'),
        tc('规章') + tc('1') + tc('2') + tc('3'),
        tc('行政规范性文件') + tc('4') + tc('5') + tc('6'),
      ]),
      p('五、存在的主要问题及改进情况'),
      p('一是公开质量有待提高。'),
      p('六、其他需要报告的事项'),
      p('本年度未收取信息处理费。'),
    ].join('');
    const parsed = await parseDocument(buildDocx(body), { fileName: 'r.docx' });
    const lines = parsed.text.split('\n');
    for (const h of parsed.outline) expect(lines[h.line - 1]).toContain(h.text);
    expect(parsed.outline.map((h) => h.key)).toEqual(['proactive', 'problems', 'other']);
  });
});
