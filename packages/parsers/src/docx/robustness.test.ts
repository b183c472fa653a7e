import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isXxgkError } from '@xxgk/model';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx-reader.js';
import { ZipArchive } from './zip.js';
import { TESTDATA } from '../testing/shared-fixtures.js';

const TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');

const template = new Uint8Array(readFileSync(TEMPLATE));
const xml = ZipArchive.open(template).readText('word/document.xml') ?? '';

function docxWith(documentXml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(documentXml) });
}

/** Reads and returns 'ok', or the error code; any other exception fails the property. */
function outcome(bytes: Uint8Array): string {
  try {
    readDocx(bytes, { fileName: 'mangled.docx' });
    return 'ok';
  } catch (e) {
    if (isXxgkError(e)) return e.code;
    throw e;
  }
}

describe('the DOCX reader on damaged documents', () => {
  it('reads any cut or spliced document.xml without an exception of its own', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(xml.length), fc.nat(400)), { minLength: 1, maxLength: 6 }),
        (cuts) => {
          let mangled = xml;
          for (const [at, length] of cuts)
            mangled = mangled.slice(0, at) + mangled.slice(at + length);
          expect(outcome(docxWith(mangled))).toBe('ok');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a document.xml truncated anywhere', () => {
    fc.assert(
      fc.property(fc.nat(xml.length), (at) => {
        expect(outcome(docxWith(xml.slice(0, at)))).toBe('ok');
      }),
      { numRuns: 100 },
    );
  });

  it('refuses any damaged archive with an XxgkError and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(template.length - 1), fc.nat(255)), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          const bytes = template.slice();
          for (const [at, value] of flips) bytes[at] = value;
          expect(['ok', 'input.unreadable', 'input.too-large', 'input.unsupported']).toContain(
            outcome(bytes),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
