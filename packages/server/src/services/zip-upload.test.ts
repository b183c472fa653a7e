import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.js';
import { escapesFolder, expandZip, isPlainArchive } from './zip-upload.js';

const limits = DEFAULT_CONFIG.uploads;

describe('expanding an uploaded zip', () => {
  it('gives back every file of any well-formed archive, byte for byte, under its name', () => {
    const name = fc
      .array(fc.constantFrom('年报', 'a', 'b-1', '淄博', 'x_y', '2024'), {
        minLength: 1,
        maxLength: 3,
      })
      .map((parts) => `${parts.join('/')}.txt`);
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.uint8Array({ maxLength: 2000 }), { minKeys: 1, maxKeys: 8 }),
        (files) => {
          // A name that is also another name's folder cannot exist in one archive.
          const names = Object.keys(files);
          fc.pre(
            names.every((n) => !names.some((m) => m !== n && m.startsWith(`${n.slice(0, -4)}/`))),
          );
          const items = expandZip(zipSync(files), 'x.zip', limits);
          expect(items.map((i) => i.fileName).sort()).toEqual(names.sort());
          for (const item of items) {
            expect(item.refused).toBeUndefined();
            expect(item.bytes).toEqual(files[item.fileName]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads GBK entry names that Chinese Windows writes without the UTF-8 flag', () => {
    // 年报 in GBK is C4EA B1A8: four bytes, written over a four-letter ASCII name, flag unset.
    const gbk = new Uint8Array([0xc4, 0xea, 0xb1, 0xa8]);
    const out = new Uint8Array(zipSync({ 'abcd.txt': new Uint8Array([65]) }));
    for (let at = 0; at + 4 <= out.length; at += 1)
      if (out[at] === 0x61 && out[at + 1] === 0x62 && out[at + 2] === 0x63 && out[at + 3] === 0x64)
        out.set(gbk, at);
    expect(expandZip(out, 'gbk.zip', limits).map((i) => i.fileName)).toEqual(['年报.txt']);
  });

  it('tells an archive of documents from a DOCX, which is a zip too', () => {
    expect(isPlainArchive(zipSync({ 'a.txt': new Uint8Array([65]) }), 'a.zip', limits)).toBe(true);
    expect(
      isPlainArchive(
        zipSync({
          '[Content_Types].xml': new Uint8Array([60]),
          'word/document.xml': new Uint8Array([60]),
        }),
        'a.docx',
        limits,
      ),
    ).toBe(false);
    expect(isPlainArchive(new TextEncoder().encode('plain text'), 'a.txt', limits)).toBe(false);
  });

  it('knows the names that would leave their folder', () => {
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', '\\\\server\\share', 'C:\\x', 'a\0b'])
      expect(escapesFolder(bad), bad).toBe(true);
    for (const good of ['a.txt', '年报/a.txt', 'a..b.txt', '.hidden'])
      expect(escapesFolder(good), good).toBe(false);
  });
});
