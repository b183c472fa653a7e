import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isXxgkError, type ErrorCode } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from './index.js';
import { TESTDATA, seeds } from './testing/shared-fixtures.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Runs a read that must fail; returns its code and message. */
async function failure(
  read: () => Promise<unknown>,
): Promise<{ code: ErrorCode; message: string }> {
  try {
    await read();
  } catch (error) {
    if (!isXxgkError(error)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('the read succeeded');
}

describe('a document that cannot be read', () => {
  it('is empty: named, in Chinese', async () => {
    const empty = await failure(() => parseDocument(new Uint8Array(), { fileName: '空.txt' }));
    expect(empty.code).toBe('input.empty');
    expect(empty.message).toContain('文件“空.txt”');
    const blank = await failure(() => parseDocument(utf8(' \n\t\n'), { fileName: 'blank.txt' }));
    expect(blank.code).toBe('input.empty');
    expect((await failure(() => Promise.resolve().then(() => parseText('  ')))).code).toBe(
      'input.empty',
    );
  });

  it('names a ZIP file that holds no Word document as such, without calling DOCX unreadable', async () => {
    const name = new TextEncoder().encode('data/sheet1.xml');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(26).fill(0), ...name]);
    const result = await failure(() => parseDocument(zip, { fileName: 'a.zip' }));
    expect(result.code).toBe('input.unsupported');
    expect(result.message).toContain('文件“a.zip”是ZIP 压缩文件，但其中没有 Word 文档');
    expect(result.message).not.toContain('如 DOCX');
  });

  it('is a binary type no reader reads', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = await failure(() => parseDocument(png, { fileName: 'scan.png' }));
    expect(result.code).toBe('input.unsupported');
    expect(result.message).toContain('文件“scan.png”是PNG 图片');
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const legacy = await failure(() => parseDocument(doc, { fileName: 'old.doc' }));
    expect(legacy.code).toBe('input.unsupported');
    expect(legacy.message).toContain('文件“old.doc”');
    const noise = new Uint8Array(256).map((_, i) => (i * 7919) % 256);
    expect((await failure(() => parseDocument(noise, { fileName: 'noise.bin' }))).code).toBe(
      'input.unsupported',
    );
  });

  it('is not an annual report', async () => {
    const result = await failure(() =>
      parseDocument(utf8('会议通知\n\n定于下周一召开全体会议，请准时参加。'), {
        fileName: '通知.txt',
      }),
    );
    expect(result.code).toBe('input.not-report');
    expect(result.message).toContain('文件“通知.txt”不是政府信息公开工作年度报告');
  });

  it('is another kind of document about information disclosure', async () => {
    const text = '某局政府信息公开指南\n一、主动公开\n本机关主动公开的政府信息包括机构职能等。';
    const result = await failure(() => parseDocument(utf8(text), { fileName: '指南.txt' }));
    expect(result.code).toBe('input.not-report');
  });

  it('is a report without tables', async () => {
    const text = '某局2023年政府信息公开工作年度报告\n一、总体情况\n本年度我局主动公开信息20条。\n';
    const result = await failure(() => parseDocument(utf8(text), { fileName: 'a.txt' }));
    expect(result.code).toBe('input.no-tables');
    expect(result.message).toContain('文件“a.txt”');
  });

  it('is JSON that does not parse, or is not a report', async () => {
    const syntax = await failure(() => parseDocument(utf8('{"format": '), { fileName: 'r.json' }));
    expect(syntax.code).toBe('input.invalid-json');
    expect(syntax.message).toContain('文件“r.json”不是有效的 JSON');
    const shape = await failure(() =>
      parseDocument(
        utf8(JSON.stringify({ format: '2021', year: 2024, proactive: { bogus: {} } })),
        {
          fileName: 'r.json',
        },
      ),
    );
    expect(shape.code).toBe('input.invalid-json');
    expect(shape.message).toMatch(/“proactive”中有格式里没有的键：bogus|“applications”/u);
    const array = await failure(() => parseDocument(utf8('[1, 2]'), { fileName: 'r.json' }));
    expect(array.code).toBe('input.invalid-json');
  });

  it('never shows a stack trace', async () => {
    const cases: Uint8Array[] = [
      new Uint8Array(),
      utf8('{'),
      utf8('通知'),
      new Uint8Array([0x25, 0x50, 0x44]),
    ];
    for (const bytes of cases) {
      const { message } = await failure(() => parseDocument(bytes, { fileName: 'x' }));
      expect(message).not.toMatch(/\n\s+at /u);
      expect(message).toMatch(/[\u4e00-\u9fff]/u);
    }
  });
});

describe('a report JSON', () => {
  it('is read as it is, with the fields the contract lets it omit filled in', async () => {
    for (const seed of seeds()) {
      const bytes = utf8(JSON.stringify(seed.truth));
      const parsed = await parseDocument(bytes, { fileName: `${seed.name}.json` });
      expect(parsed.source).toBe('json');
      expect(parsed.report).toMatchObject(seed.truth);
      expect(parsed.report.notes).toEqual({});
      expect(parsed.report.title).toBeNull();
    }
  });

  it('is also accepted as the report inside `xxgk check --json` output', async () => {
    const truth = readFileSync(join(TESTDATA, 'seeds/truth/002_02a5c0cdafefb5b5.json'), 'utf8');
    const wrapped = `{"report": ${truth}, "findings": []}`;
    const parsed = await parseDocument(utf8(wrapped));
    expect(parsed.report.proactive['normativeDocuments']).toEqual({
      issued: 1,
      repealed: 0,
      inForce: 5,
    });
  });
});
