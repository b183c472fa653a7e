import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCellPaths, getCell, isXxgkError, type Report } from '@xxgk/model';
import { renderDocx } from '@xxgk/render';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';
import { buildDocx, p } from './testing/build-docx.js';
import { arbitraryFilledReport } from './testing/arbitrary-filled-report.js';
import { TESTDATA } from '../testing/shared-fixtures.js';

const TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');

/** The report's three tables, cell path → value, in table order. */
function tables(report: Report): Record<string, number | null | undefined> {
  return Object.fromEntries(
    allCellPaths(report.format).map((path) => [path, getCell(report, path)]),
  );
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an XxgkError');
}

describe('parseDocument on DOCX files', () => {
  it('reads the official blank template as the 2021 format with every cell blank', async () => {
    const parsed = await parseDocument(new Uint8Array(readFileSync(TEMPLATE)), {
      fileName: 'official-blank-template-2021.docx',
    });
    expect(parsed.source).toBe('docx');
    expect(parsed.report.format).toBe('2021');
    const cells = Object.values(tables(parsed.report));
    expect(cells).toHaveLength(allCellPaths('2021').length);
    expect(cells.every((v) => v === null)).toBe(true);
    expect(parsed.outline.map((h) => h.key)).toEqual([
      'overview',
      'proactive',
      'applications',
      'review',
      'problems',
      'other',
    ]);
    expect(parsed.provenance['applications.received.total']).toMatchObject({
      table: 1,
      row: 3,
      col: 9,
    });
  });

  it('reads random reports of both formats written by our DOCX writer back to the same tables, notes and title', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFilledReport(), async (report) => {
        const parsed = await parseDocument(await renderDocx(report), {
          fileName: 'round-trip.docx',
        });
        expect(parsed.report.format).toBe(report.format);
        expect(tables(parsed.report)).toEqual(tables(report));
        expect(parsed.report.notes).toEqual(report.notes);
        expect(parsed.report.title).toBe(report.title);
      }),
      { numRuns: 20 },
    );
  });

  it('sends a legacy .doc back with advice to save it as .docx', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await failure(parseDocument(ole, { fileName: '2024年报.doc' }))).toEqual({
      code: 'input.unsupported',
      message: '文件“2024年报.doc”是旧版 Word（.doc）文件，请另存为 .docx 后再导入。',
    });
  });

  it('refuses a damaged DOCX with a message naming the file', async () => {
    const docx = buildDocx(p('一、总体情况'.repeat(100)));
    const error = await failure(
      parseDocument(docx.subarray(0, docx.length - 40), { fileName: '年报.docx' }),
    );
    expect(error.code).toBe('input.unreadable');
    expect(error.message).toContain('年报.docx');
  });
});
