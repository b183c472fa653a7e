import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emptyReport, type Report } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { convertManyToPdf } from '../pdf/convert-to-pdf.js';
import { ARTIFACTS, hasLibreOffice, hasPoppler, renderPngs } from '../pdf/testing/pdf-tools.js';
import { renderDocx } from './render-docx.js';
import { TESTDATA } from '../testing/testdata.js';

const FIXTURES = join(TESTDATA, 'fixtures');
const TEMPLATE = join(FIXTURES, 'official-blank-template-2021.docx');
const HUAIAN = join(FIXTURES, 'truth/huaian-2024.json');

/**
 * Share of a PDF page's pixels that carry ink, from a small greyscale rendering (poppler's
 * pdftoppm writes a PGM to standard output when given no file name).
 */
function inkShare(pdfFile: string, page: number): number {
  const result = spawnSync('pdftoppm', [
    '-gray',
    '-r',
    '30',
    '-f',
    String(page),
    '-l',
    String(page),
    pdfFile,
  ]);
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${String(result.stderr)}`);
  const pgm = result.stdout;
  // P5 header: magic, width, height, maximum value, each followed by white space.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const value of pixels) if (value < 160) ink += 1;
  return ink / pixels.length;
}

function huaian(): Report {
  const truth = JSON.parse(readFileSync(HUAIAN, 'utf8')) as Report;
  return {
    ...truth,
    title: '淮安市人民政府2024年政府信息公开工作年度报告',
    publishedOn: '2025-01-20',
    sections: {
      overview: '2024年，淮安市人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。',
      problems: '一是公开内容的解读质量还需提升；二是依申请公开答复的规范性还需加强。',
      other: '本年度收取信息处理费0元。',
    },
    notes: {},
  };
}

describe.runIf(hasLibreOffice && hasPoppler)('our DOCX beside the national template', () => {
  it(
    'renders the official template, our blank template and a filled report to PNG under artifacts/docx for a person to compare',
    { timeout: 180_000 },
    async () => {
      const documents: [string, Uint8Array][] = [
        ['official-template-2021', new Uint8Array(readFileSync(TEMPLATE))],
        ['our-template-2021', await renderDocx(emptyReport('2021'))],
        ['our-template-2019', await renderDocx(emptyReport('2019'))],
        ['our-report-huaian-2024', await renderDocx(huaian())],
      ];
      const pdfs = await convertManyToPdf(
        documents.map(([, docx]) => docx),
        'docx',
      );
      for (const [i, [name]] of documents.entries()) {
        const pdf = pdfs[i];
        if (!pdf) throw new Error(`no PDF for ${name}`);
        const pngs = renderPngs(pdf, 'docx', name);
        // Every page printed: title, headings and the three tables take two pages at least.
        expect(pngs.length, name).toBeGreaterThanOrEqual(2);
        for (const [p, png] of pngs.entries()) {
          expect(statSync(png).size, `${name} page ${p + 1}`).toBeGreaterThan(2000);
          // renderPngs keeps the PDF beside its pages.
          const ink = inkShare(join(ARTIFACTS, 'docx', `${name}.pdf`), p + 1);
          // Not blank, not a black page: text and table rules cover a few percent of a page.
          expect(ink, `${name} page ${p + 1}`).toBeGreaterThan(0.002);
          expect(ink, `${name} page ${p + 1}`).toBeLessThan(0.3);
        }
      }
    },
  );
});
