import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allCellPaths,
  emptyReport,
  type Finding,
  getCell,
  getFormat,
  isXxgkError,
  type Report,
  setCell,
  tableLayouts,
} from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../cell-text.js';
import { paragraphs, reportTitle, sectionHeading } from '../document-parts.js';
import { getOutputFormat } from '../registry.js';
import { renderPdf } from './index.js';
import {
  hasLibreOffice,
  hasPoppler,
  pdfFonts,
  pdfjsText,
  pdftotext,
  RADICALS,
  readsBack,
  renderPngs,
} from './testing/pdf-tools.js';
import { TESTDATA } from '../testing/testdata.js';

const HUAIAN = join(TESTDATA, 'fixtures/truth/huaian-2024.json');

function huaian(): Report {
  const truth = JSON.parse(readFileSync(HUAIAN, 'utf8')) as Report;
  return {
    ...truth,
    title: '淮安市人民政府2024年政府信息公开工作年度报告',
    sections: {
      overview:
        '2024年，淮安市人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n' +
        '（一）主动公开\n围绕“三安全一稳定”做好政策解读。',
      problems: '一是政策解读质量还需提升；二是答复规范性还需加强。',
      other: '本年度未收取信息处理费。',
    },
    notes: {},
  };
}

/** A 2019-format report with a different number in every cell (decimals where allowed). */
function report2019(): Report {
  const report = emptyReport('2019');
  report.title = '某某县人民政府2020年政府信息公开工作年度报告';
  report.year = 2020;
  const decimal = new Set(
    getFormat('2019').proactive.flatMap((t) =>
      t.rows.flatMap((r) =>
        t.fields.filter((f) => f.decimal).map((f) => `proactive.${r.key}.${f.key}`),
      ),
    ),
  );
  allCellPaths('2019').forEach((path, i) => {
    setCell(report, path, decimal.has(path) ? 1000 + i + 0.25 : 100 + i);
  });
  return report;
}

/** Every printed text of the report that must read back: title, headings, table labels, text. */
function expectedTexts(report: Report, findings: readonly Finding[] = []): string[] {
  const { overview, problems, other } = report.sections;
  return [
    reportTitle(report),
    ...getFormat(report.format).sections.map(sectionHeading),
    ...Object.values(tableLayouts(report.format)).flatMap((l) =>
      l.rows.flat().flatMap((c) => (c.text === '' ? [] : [c.text])),
    ),
    ...[overview, problems, other].flatMap((t) => (t === undefined ? [] : paragraphs(t))),
    ...findings.map((f) => f.message),
  ];
}

/** Checks a PDF's text layer against the report: no radicals, every text and number there. */
function expectReadsBack(text: string, report: Report, findings: readonly Finding[] = []): void {
  expect(text).not.toMatch(RADICALS);
  const pieces = text.split(/\s+/u).filter((t) => t !== '');
  expect(expectedTexts(report, findings).filter((t) => !readsBack(t, text))).toEqual([]);
  const tokens = new Set(pieces);
  const numbers = allCellPaths(report.format)
    .map((p) => getCell(report, p))
    .filter((v): v is number => typeof v === 'number')
    .map(formatNumber);
  expect(numbers.filter((n) => !tokens.has(n))).toEqual([]);
}

describe('renderPdf', () => {
  it('is the pdf output format of the registry', () => {
    expect(getOutputFormat('pdf')).toMatchObject({
      extension: 'pdf',
      mediaType: 'application/pdf',
    });
  });

  it('says LibreOffice is missing and how to install it, before writing anything', async () => {
    const error: unknown = await renderPdf(emptyReport('2021'), {
      env: { PATH: '/nonexistent' },
      locations: [],
    }).catch((e: unknown) => e);
    expect(isXxgkError(error) && error.code).toBe('converter.missing');
    expect(String((error as Error).message)).toContain(
      'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk',
    );
  });
});

describe.runIf(hasLibreOffice)('renderPdf with LibreOffice installed', { timeout: 180_000 }, () => {
  it('writes the Huai’an report as an A4 PDF whose text layer reads back every label, number and finding', async () => {
    const report = huaian();
    const findings: Finding[] = [
      {
        rule: 'review.total',
        severity: 'error',
        message: '行政复议总计（351）与各项之和（350）不一致',
        cells: ['review.reconsideration.total'],
      },
    ];
    const pdf = await renderPdf(report, { findings });
    const text = await pdfjsText(pdf);
    expectReadsBack(text, report, findings);
    if (hasPoppler) {
      expectReadsBack(pdftotext(pdf), report, findings);
      const fonts = pdfFonts(pdf);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      expect(fonts.some((f) => /NotoSerifCJK/u.test(f.name))).toBe(true);
      renderPngs(pdf, 'pdf', 'report-huaian-2024');
    }
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    // A4 is 595 × 842 points.
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    await doc.destroy();
  });

  it('writes a 2019-format report with every cell different, and every number reads back', async () => {
    const report = report2019();
    const pdf = await renderPdf(report);
    expectReadsBack(await pdfjsText(pdf), report);
    if (hasPoppler) renderPngs(pdf, 'pdf', 'report-2019-format');
  });
});
