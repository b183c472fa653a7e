import fc from 'fast-check';
import { isXxgkError } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../index.js';

/** Pieces real reports are made of, so random text often looks like a (broken) report. */
const PIECES = [
  '\n',
  '\n\n',
  '\t',
  ' | ',
  '|',
  '||||',
  ' ',
  '\u00a0',
  '0',
  '12',
  '-',
  '无',
  '- 3 -',
  '规章',
  '行政规范性文件',
  '第二十条第（一）项',
  '本年制发件数',
  '一、本年新收政府信息公开申请数量',
  '（三）不予公开',
  '1.属于国家秘密',
  '5.要求行政机关确认或重新',
  '出具已获取信息',
  '三、本年度办理结果',
  '（七）总计',
  '行政复议',
  '结果维持',
  '总计',
  '一、总体情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '六、其他需要报告的事项',
  '统计期限自2023年1月1日起至2023年12月31日止。',
  '某局2023年政府信息公开工作年度报告',
  '[bookmark: _Hlk1]',
  '(jù)',
  '（',
  '）',
];

function expectReadOrRefused(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    expect(isXxgkError(error), String(error)).toBe(true);
  }
}

describe('any text', () => {
  it('is read or refused with a typed error, never a crash', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }), (pieces) => {
        expectReadOrRefused(() => parseText(pieces.join('')));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectReadOrRefused(() => parseText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is read in time however it is made: long lines, runs of pipes, tabs and spaces', async () => {
    const hostile = [
      `${'规章 | '.repeat(20_000)}`,
      `${'|'.repeat(100_000)}x`,
      `${' '.repeat(100_000)}x${' '.repeat(100_000)}`,
      `${'\t'.repeat(50_000)}规章`,
      `${'一、'.repeat(50_000)}`,
      `统计期限${'2023年'.repeat(20_000)}`,
      `${'(jù'.repeat(30_000)}`,
      `${'规章\n0\n'.repeat(30_000)}`,
      `${'一、总体情况\n'.repeat(20_000)}`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      try {
        await parseDocument(new TextEncoder().encode(text));
      } catch (error) {
        expect(isXxgkError(error)).toBe(true);
      }
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(10_000);
    }
  });
});
