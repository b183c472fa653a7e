import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isXxgkError } from '@xxgk/model';
import {
  charsetFromMeta,
  decodeBytes,
  decodeHtml,
  decodeText,
  encodingFromLabel,
} from './decode.js';
import { TESTDATA } from './testing/shared-fixtures.js';

const testdata = (path: string): string => readFileSync(join(TESTDATA, path), 'utf8');

const SEED = testdata('seeds/000_7d23b93096d7af9d.txt');
const ZH_HANT = testdata('fixtures/captures/raw/007_suixi_beipozhen_2022_zhhant_mirror.txt');
/** The seed without the few characters (•, NBSP) that GBK lacks. */
const GBK_SEED = [...SEED]
  .filter((ch) => iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch)
  .join('');
const PARAGRAPH =
  '本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。' +
  '如对报告内容有疑问，请与本机关联系（电话：0533-3586373）。';

const enc = (text: string, encoding: string): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const htmlPage = (charsetMeta: string, body: string): string =>
  `<!DOCTYPE html><html><head>${charsetMeta}<title>年度报告</title></head><body><p>${body}</p></body></html>`;

describe('decodeText', () => {
  it('returns an empty string for no bytes', () => {
    expect(decodeText(new Uint8Array())).toBe('');
  });

  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeText(utf8(SEED))).toBe(SEED);
    const withBom = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(PARAGRAPH)));
    expect(withBom).toEqual({ text: PARAGRAPH, encoding: 'utf-8', evidence: 'bom' });
  });

  it('reads a whole GBK-encoded report as GB18030 without a label', () => {
    const decoded = decodeBytes(enc(GBK_SEED, 'gbk'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(GBK_SEED);
  });

  it('reads a short GBK paragraph', () => {
    expect(decodeText(enc(PARAGRAPH, 'gbk'))).toBe(PARAGRAPH);
  });

  it('reads characters that only GB18030 has (䶮 and a four-byte extension-B character)', () => {
    const text = `${PARAGRAPH}龑䶮𠀀${PARAGRAPH}`;
    const bytes = enc(text, 'gb18030');
    expect(bytes.length).toBeGreaterThan(enc(PARAGRAPH, 'gb18030').length * 2);
    expect(decodeText(bytes)).toBe(text);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = decodeBytes(concat(new Uint8Array([0xff, 0xfe]), enc(SEED, 'utf-16le')));
    expect(le).toEqual({ text: SEED, encoding: 'utf-16le', evidence: 'bom' });
    const be = decodeBytes(concat(new Uint8Array([0xfe, 0xff]), enc(SEED, 'utf-16be')));
    expect(be).toEqual({ text: SEED, encoding: 'utf-16be', evidence: 'bom' });
  });

  it('recognises UTF-16 without a BOM by the zero bytes of its ASCII characters', () => {
    expect(decodeBytes(enc(SEED, 'utf-16le'))).toMatchObject({
      text: SEED,
      encoding: 'utf-16le',
      evidence: 'zero-bytes',
    });
    expect(decodeBytes(enc(SEED, 'utf-16be'))).toMatchObject({
      text: SEED,
      encoding: 'utf-16be',
      evidence: 'zero-bytes',
    });
  });

  it('recognises BOM-less UTF-16 of purely Chinese text, which has no zero bytes', () => {
    const text = '政府信息主动收到和处理申请情况年度报告工作'.repeat(2);
    expect(enc(text, 'utf-16le').includes(0)).toBe(false);
    expect(decodeBytes(enc(text, 'utf-16le'))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeBytes(enc(text, 'utf-16be'))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 whose bytes all happen to be ASCII, with a lone zero byte', () => {
    // 政 is 65 3F and 开 is 5F 00 in UTF-16BE: the bytes are valid (if odd) ASCII.
    const text = '政政政政政政政政政政政政政政开政政政政政';
    const bytes = enc(text, 'utf-16be');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toMatch(/^e\?e\?/u);
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('finds the one control byte of ASCII-looking UTF-16 wherever it sits in the buffer', () => {
    // 攁 (U+6501) is 65 01 in UTF-16BE, the only control byte among 政's 65 3F. The search
    // reads four bytes at a time from an aligned start: try every position and misalignment.
    for (let at = 0; at < 20; at++) {
      const text = `${'政'.repeat(at)}攁${'政'.repeat(19 - at)}`;
      const bytes = enc(text, 'utf-16be');
      for (let offset = 0; offset < 4; offset++) {
        const buffer = new Uint8Array(bytes.length + 8);
        buffer.set(bytes, offset);
        const view = buffer.subarray(offset, offset + bytes.length);
        expect(decodeBytes(view)).toMatchObject({ text, encoding: 'utf-16be' });
      }
    }
    expect(decodeBytes(enc('政'.repeat(20), 'utf-16be'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('keeps UTF-8 text that holds stray control characters or a NUL as UTF-8', () => {
    const text = `${PARAGRAPH}\u0007${PARAGRAPH}\u001a`;
    expect(decodeBytes(utf8(text))).toMatchObject({ text, encoding: 'utf-8' });
    expect(decodeBytes(utf8('政\u0000政a'))).toMatchObject({
      text: '政\u0000政a',
      encoding: 'utf-8',
    });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'政府信息公开申请年度报告\u0007\u0001\u001fabc0123，。'), {
          maxLength: 100,
        }),
        (chars) => decodeText(utf8(chars.join(''))) === chars.join(''),
      ),
      { numRuns: 500 },
    );
  });

  it('reads a Traditional-Chinese mirror served in Big5', () => {
    const expected = iconv.decode(iconv.encode(ZH_HANT, 'big5'), 'big5');
    expect(decodeBytes(enc(ZH_HANT, 'big5'))).toMatchObject({ text: expected, encoding: 'big5' });
  });

  it('reads a Traditional-Chinese mirror served in GBK as GB18030, not Big5', () => {
    expect(decodeBytes(enc(ZH_HANT, 'gbk'))).toMatchObject({ text: ZH_HANT, encoding: 'gb18030' });
  });

  it('drops a character cut off at the end of a truncated capture instead of garbling it', () => {
    const cutUtf8 = utf8(PARAGRAPH).subarray(0, utf8(PARAGRAPH).length - 1);
    expect(decodeText(cutUtf8)).toBe(PARAGRAPH.slice(0, -1));
    const gbk = enc(PARAGRAPH, 'gbk');
    expect(decodeText(gbk.subarray(0, gbk.length - 1))).toBe(PARAGRAPH.slice(0, -1));
  });

  it('keeps UTF-8 with one stray byte among many good characters as UTF-8', () => {
    const bytes = concat(utf8(SEED.slice(0, 600)), new Uint8Array([0xff]), utf8(SEED.slice(600)));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${SEED.slice(0, 600)}\ufffd${SEED.slice(600)}`);
  });

  it('refuses bytes that are in no supported encoding, naming the file', () => {
    let seed = 12345;
    const noise = new Uint8Array(3000).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >> 16) & 0xff;
    });
    const japanese = enc(
      '日本語のテキストです。東京都の会社に勤めています。ありがとうございました。'.repeat(3),
      'shift_jis',
    );
    for (const bytes of [noise, japanese]) {
      let error: unknown;
      try {
        decodeText(bytes, { fileName: 'report.txt' });
      } catch (e) {
        error = e;
      }
      expect(isXxgkError(error) && error.code).toBe('input.unreadable');
      expect((error as Error).message).toContain('文件“report.txt”');
      expect((error as Error).message).toMatch(/文字编码/u);
    }
  });

  it('either decodes any bytes or refuses them with input.unreadable, never another error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, html) => {
        try {
          expect(typeof decodeBytes(bytes, { html }).text).toBe('string');
        } catch (error) {
          expect(isXxgkError(error) && error.code).toBe('input.unreadable');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any text without NUL or a leading BOM through UTF-8', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !/^\ufeff|\0/u.test(s)),
        (s) => decodeText(utf8(s)) === s,
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips Chinese text of any length from twenty characters through GB18030 and UTF-16', () => {
    const pool = [
      ...'政府信息公开申请年度报告处理决定不予公开行政复议诉讼条项规章（）、，。：；0123456789',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pool), { minLength: 20, maxLength: 400 }),
        fc.constantFrom('gb18030', 'utf-16le', 'utf-16be'),
        (chars, encoding) => decodeText(enc(chars.join(''), encoding)) === chars.join(''),
      ),
      { numRuns: 300 },
    );
  });
});

describe('decodeHtml', () => {
  it('follows a gb2312 meta but decodes as GB18030, keeping the characters strict GB2312 loses', () => {
    const page = htmlPage(
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
      `䶮•堃喆條項${PARAGRAPH}`,
    );
    const bytes = enc(page, 'gb18030');
    expect(iconv.decode(Buffer.from(bytes), 'gb2312')).toContain('\ufffd');
    expect(decodeBytes(bytes, { html: true })).toMatchObject({
      text: page,
      encoding: 'gb18030',
      evidence: 'meta',
    });
  });

  it('prefers valid UTF-8 bytes over a meta that says gbk', () => {
    const page = htmlPage('<meta charset="gbk">', PARAGRAPH);
    expect(decodeBytes(utf8(page), { html: true })).toMatchObject({
      text: page,
      evidence: 'utf-8',
    });
  });

  it('detects GBK bytes behind a meta that says utf-8', () => {
    const page = htmlPage('<meta charset="utf-8">', PARAGRAPH);
    expect(decodeBytes(enc(page, 'gbk'), { html: true })).toMatchObject({
      text: page,
      encoding: 'gb18030',
      evidence: 'detected',
    });
  });

  it('does not trust a Big5 meta on GBK bytes', () => {
    const page = htmlPage('<meta charset="big5">', GBK_SEED.slice(0, 800));
    expect(decodeHtml(enc(page, 'gbk'))).toBe(page);
  });

  it('reads a UTF-16LE Word page with a BOM', () => {
    const page = htmlPage(
      '<meta http-equiv=Content-Type content="text/html; charset=unicode">',
      PARAGRAPH,
    );
    expect(decodeHtml(concat(new Uint8Array([0xff, 0xfe]), enc(page, 'utf-16le')))).toBe(page);
  });
});

describe('charsetFromMeta', () => {
  it('reads the label from every declaration form', () => {
    const cases: [string, string | null][] = [
      ['<meta charset="GB2312">', 'gb18030'],
      ["<meta charset='utf-8' />", 'utf-8'],
      ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">', 'gb18030'],
      ['<meta http-equiv=Content-Type content="text/html; charset=big5">', 'big5'],
      ['<?xml version="1.0" encoding="gb18030"?><html>', 'gb18030'],
      ['<meta charset="iso-8859-1">', null],
      ['<html><head><title>无声明</title>', null],
    ];
    for (const [head, expected] of cases) expect(charsetFromMeta(utf8(head))).toBe(expected);
  });

  it('maps every GB label to gb18030', () => {
    for (const label of ['gb2312', 'GBK', 'x-gbk', 'gb18030', 'cp936', 'euc-cn'])
      expect(encodingFromLabel(label)).toBe('gb18030');
  });
});
