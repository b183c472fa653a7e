import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';
import { seeds } from '../testing/shared-fixtures.js';
import { looksBinary } from './binary-type.js';

/** Text as UTF-16 code units in the given byte order, with or without a byte-order mark. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const code = units.charCodeAt(i);
    bytes[2 * i + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

const seed = seeds()[0];
if (!seed) throw new Error('no seed report in testdata');
const seedText = new TextDecoder().decode(seed.bytes);

describe('the binary sniff of the text reader', () => {
  it('takes a Chinese report saved as UTF-16 for text, in either byte order, with or without a BOM', () => {
    for (const order of ['le', 'be'] as const)
      for (const bom of [true, false])
        expect(looksBinary(utf16(seedText, order, bom)), `${order} bom=${bom}`).toBe(false);
  });

  it('takes BOM-less UTF-16 for text when its first page is nearly all Chinese and 公开 puts zeros on both sides', () => {
    // Single line breaks and few digits: few ASCII zeros, while 开 (U+5F00) adds zeros on the
    // other side of the pairs — a page copied from a web report and saved as "Unicode".
    const page = [
      '首页 > 政府信息公开 > 政府信息公开年报',
      '索引号：11320100MB1234567X/2024-00012 发布机构：江宁市交通运输局',
      '江宁市交通运输局2023年政府信息公开工作年度报告',
      '本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。',
      '一、总体情况',
      '（一）主动公开',
      '我局通过门户网站主动公开政府信息，公开政策文件、工作动态，公开公示行政许可、行政处罚决定。',
    ].join('\n');
    const text = `${page}\n${seedText}`;
    for (const order of ['le', 'be'] as const)
      expect(looksBinary(utf16(text, order, false)), order).toBe(false);
  });

  it('still refuses known binary formats and bytes full of control codes', () => {
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe(true);
    const noise = new Uint8Array(2048);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 31;
    expect(looksBinary(noise)).toBe(true);
    // Zeros all on one side, but the other bytes are control codes: 16-bit numbers, not text.
    const words = new Uint8Array(2048);
    for (let i = 0; i < words.length; i += 2) words[i] = (i * 13) % 9;
    expect(looksBinary(words)).toBe(true);
    // Every byte value in turn: a zero every 256 bytes, all on one side, is no sign of UTF-16.
    expect(looksBinary(Uint8Array.from({ length: 5120 }, (_, i) => i % 256))).toBe(true);
  });

  it('lets a report saved as UTF-16 be read like its UTF-8 original', async () => {
    const original = await parseDocument(seed.bytes);
    for (const order of ['le', 'be'] as const)
      for (const bom of [true, false]) {
        const { report } = await parseDocument(utf16(seedText, order, bom), {
          fileName: 'report.txt',
        });
        expect(report, `${order} bom=${bom}`).toEqual(original.report);
      }
  });
});
