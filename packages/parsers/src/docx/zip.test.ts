import { isXxgkError, type ErrorCode } from '@xxgk/model';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx, p } from './testing/build-docx.js';
import { readDocx } from './docx-reader.js';
import { DEFAULT_ZIP_LIMITS, ZipArchive } from './zip.js';

/** Runs `read` and returns the XxgkError it throws, failing the test if it throws nothing else. */
function failure(read: () => unknown): { code: ErrorCode; message: string } {
  try {
    read();
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an XxgkError, got a result');
}

/** Rewrites the uncompressed size the central directory states for an entry. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let at = 0; at + 46 < out.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const candidate = out.subarray(at + 46, at + 46 + length);
    if (length === nameBytes.length && candidate.every((b, i) => b === nameBytes[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('the DOCX archive guard', () => {
  it('reads the entries of a well-formed archive', () => {
    const zip = ZipArchive.open(buildDocx(p('一、总体情况')), 'a.docx');
    expect(zip.has('word/document.xml')).toBe(true);
    expect(zip.readText('word/document.xml')).toContain('一、总体情况');
    expect(zip.read('word/missing.xml')).toBeUndefined();
  });

  it('rejects a zip bomb whose document inflates a thousandfold', () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': new Uint8Array(20 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const error = failure(() => readDocx(bomb, { fileName: 'bomb.docx' }));
    expect(error.code).toBe('input.unreadable');
    expect(error.message).toContain('bomb.docx');
    expect(error.message).toContain('压缩炸弹');
  });

  it('rejects an entry that inflates beyond the size its directory declares', () => {
    const honest = buildDocx(p('x'.repeat(50_000)));
    const lying = patchDeclaredSize(honest, 'word/document.xml', 1000);
    const error = failure(() => readDocx(lying, { fileName: 'lying.docx' }));
    expect(error.code).toBe('input.unreadable');
    expect(error.message).toContain('疑似压缩炸弹');
  });

  it('rejects an archive with more entries than the limit', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DEFAULT_ZIP_LIMITS.maxEntries; i += 1)
      files[`word/media/f${i}.txt`] = strToU8('x');
    const error = failure(() =>
      readDocx(buildDocx(p('x'), { extra: files }), { fileName: 'many.docx' }),
    );
    expect(error.code).toBe('input.too-large');
    expect(error.message).toContain(String(DEFAULT_ZIP_LIMITS.maxEntries));
  });

  it.each(['../../etc/passwd', '/etc/passwd', 'word\\..\\..\\evil.xml', 'C:/evil.xml'])(
    'rejects the path-traversal entry name %s',
    (name) => {
      const docx = buildDocx(p('x'), { extra: { [name]: strToU8('evil') } });
      const error = failure(() => readDocx(docx, { fileName: 'slip.docx' }));
      expect(error.code).toBe('input.unreadable');
      expect(error.message).toContain('非法的压缩条目路径');
    },
  );

  it('rejects an archive larger than the limit before reading it', () => {
    const big = new Uint8Array(DEFAULT_ZIP_LIMITS.maxArchiveBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const error = failure(() => readDocx(big, { fileName: 'big.docx' }));
    expect(error.code).toBe('input.too-large');
    expect(error.message).toContain('50.0 MB');
  });

  it('rejects bytes that start like a zip but are not one', () => {
    const fake = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...strToU8('not really a zip file at all'),
    ]);
    const error = failure(() => readDocx(fake, { fileName: 'fake.docx' }));
    expect(error.code).toBe('input.unreadable');
    expect(error.message).toContain('fake.docx');
  });

  it('rejects a file that is not a zip at all', () => {
    const error = failure(() => readDocx(strToU8('<html></html>'), { fileName: 'page.docx' }));
    expect(error.code).toBe('input.unsupported');
  });

  it('rejects a truncated download, whichever part is missing', () => {
    const whole = buildDocx(p('一、总体情况'.repeat(200)));
    for (const keep of [0.3, 0.6, 0.95]) {
      const cut = whole.subarray(0, Math.floor(whole.length * keep));
      const error = failure(() => readDocx(cut, { fileName: 'cut.docx' }));
      expect(error.code).toBe('input.unreadable');
      expect(error.message).toContain('cut.docx');
    }
  });

  it('rejects a corrupted compressed stream', () => {
    const docx = buildDocx(p('一、总体情况'.repeat(500)));
    const zip = ZipArchive.open(docx);
    const entry = zip.entries.get('word/document.xml');
    if (!entry) throw new Error('no document');
    const broken = docx.slice();
    const start = entry.localOffset + 30 + 'word/document.xml'.length;
    for (let i = start + 10; i < start + 40; i += 1) broken[i] = 0xff;
    const error = failure(() => readDocx(broken, { fileName: 'broken.docx' }));
    expect(error.code).toBe('input.unreadable');
  });

  it('rejects a zip without a Word document in it', () => {
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    const error = failure(() => readDocx(xlsx, { fileName: 'book.docx' }));
    expect(error.code).toBe('input.unsupported');
    expect(error.message).toContain('word/document.xml');
  });

  it('sends a legacy .doc file back with advice to save it as .docx', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = failure(() => readDocx(ole, { fileName: '年报.doc' }));
    expect(error).toEqual({
      code: 'input.unsupported',
      message: '文件“年报.doc”是旧版 Word（.doc）文件，请另存为 .docx 后再导入。',
    });
  });
});

describe('the DOCX reader on hostile documents inside a sound archive', () => {
  it('refuses tables nested deeper than any report nests them', () => {
    let body = p('最里层');
    for (let i = 0; i < 40; i += 1)
      body = `<w:tbl><w:tr><w:tc>${body}</w:tc><w:tc>${p('x')}</w:tc></w:tr></w:tbl><w:p/>`;
    const error = failure(() => readDocx(buildDocx(body), { fileName: 'nested.docx' }));
    expect(error.code).toBe('input.unreadable');
    expect(error.message).toContain('嵌套超过');
  });

  it('reads tables nested a few levels deep', () => {
    let body = p('最里层');
    for (let i = 0; i < 5; i += 1)
      body = `<w:tbl><w:tr><w:tc>${body}</w:tc><w:tc>${p('x')}</w:tc></w:tr></w:tbl><w:p/>`;
    // Each outer table holds a table, so it is layout; the innermost is a table of data.
    const lines = readDocx(buildDocx(body)).lines;
    expect(lines.filter((l) => l.kind === 'row').map((l) => l.cells.map((c) => c.text))).toEqual([
      ['最里层', 'x'],
    ]);
  });

  it('refuses a table whose spans would expand to millions of cells', () => {
    const cell = '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc>';
    const row = `<w:tr>${cell.repeat(50)}</w:tr>`;
    const error = failure(() =>
      readDocx(buildDocx(`<w:tbl>${row.repeat(50)}</w:tbl>`), { fileName: 'wide.docx' }),
    );
    expect(error.code).toBe('input.unreadable');
    expect(error.message).toContain('wide.docx');
  });

  it('stops extracting once the parts read pass the total limit', () => {
    const docx = buildDocx(p('一'.repeat(5000)), { numbering: '<w:num w:numId="1"/>'.repeat(200) });
    const limits = { ...DEFAULT_ZIP_LIMITS, maxExtractedBytes: 10_000 };
    const error = failure(() => readDocx(docx, { fileName: 'big.docx' }, limits));
    expect(error.code).toBe('input.too-large');
  });

  it('refuses an encrypted entry', () => {
    const docx = buildDocx(p('x'));
    const zip = ZipArchive.open(docx);
    const entry = zip.entries.get('word/document.xml');
    if (!entry) throw new Error('no document');
    const flagged = docx.slice();
    const view = new DataView(flagged.buffer);
    for (let at = 0; at + 4 < flagged.length; at += 1)
      if (
        view.getUint32(at, true) === 0x02014b50 &&
        view.getUint32(at + 42, true) === entry.localOffset
      )
        view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    const error = failure(() => readDocx(flagged, { fileName: 'secret.docx' }));
    expect(error.code).toBe('input.unreadable');
    expect(error.message).toContain('已加密');
  });
});
