import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const encoder = new TextEncoder();
const fatal = new TextDecoder('utf-8', { fatal: true });

describe('decoding valid UTF-8', () => {
  it('gives exactly the text the UTF-8 TextDecoder gives, whatever the characters', () => {
    const texts = [
      '政府信息公开工作年度报告 2024年',
      'ASCII only, with a tab\tand\r\nline breaks',
      '𠀀𪚥 astral ideographs, emoji 😀, U+FEFF\ufeff inside, U+FFFD \ufffd, U+2028\u2028',
      '繁體：政府資訊公開 ａｂｃ１２３ ⺠',
    ];
    for (const text of texts) {
      const bytes = encoder.encode(text);
      const decoded = decodeBytes(bytes);
      expect(decoded).toEqual({ text: fatal.decode(bytes), encoding: 'utf-8', evidence: 'utf-8' });
      expect(decoded.text).toBe(text);
    }
  });

  it('drops a byte-order mark as before, a doubled one too', () => {
    const bytes = encoder.encode('\ufeff\ufeff年度报告');
    expect(decodeBytes(bytes)).toEqual({
      text: '年度报告',
      encoding: 'utf-8',
      evidence: 'bom',
    });
  });

  it('still reads UTF-8 cut off mid-character', () => {
    const bytes = encoder.encode('政府信息公开工作年度报告');
    expect(decodeBytes(bytes.subarray(0, bytes.length - 1)).text).toBe('政府信息公开工作年度报');
  });
});
