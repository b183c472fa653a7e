import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXxgkError, type Report } from '@xxgk/model';
import { readReport } from '../report-reader/index.js';
import type { SourceLine } from '../source-lines.js';
import { engineFromEnv, isPdf, pdfReader, readPdfLines } from './index.js';
import { findPdftotext } from './poppler-engine.js';
import { arbitraryReport, arbitraryStyle } from './testing/arbitrary-report.js';
import { reportPdfPages, WPS_LIKE } from './testing/report-pdf.js';
import { writePdf } from './testing/write-pdf.js';
import { TESTDATA } from '../testing/shared-fixtures.js';

const FIXTURE = new Uint8Array(readFileSync(join(TESTDATA, 'fixtures/huaian-2024.pdf')));
const TRUTH = JSON.parse(
  readFileSync(join(TESTDATA, 'fixtures/truth/huaian-2024.json'), 'utf8'),
) as Record<string, unknown>;

const POPPLER = findPdftotext();

async function report(bytes: Uint8Array, engine: 'pdfjs' | 'poppler'): Promise<Report> {
  const lines = await readPdfLines(bytes, { engine, fileName: 'test.pdf' });
  return readReport({ source: 'pdf', lines }, { fileName: 'test.pdf' }).report;
}

function tables(r: Report) {
  return {
    format: r.format,
    year: r.year,
    proactive: r.proactive,
    applications: r.applications,
    review: r.review,
  };
}

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected the read to fail');
}

function texts(lines: SourceLine[]): string[] {
  return lines.map((l) => `${l.kind}: ${l.cells.map((c) => c.text).join(' | ')}`);
}

describe('the Huai’an 2024 fixture', () => {
  it('has poppler installed on this machine (the fast path is tested against pdf.js)', () => {
    expect(POPPLER, 'pdftotext missing: apt-get install poppler-utils').not.toBeNull();
  });

  for (const engine of ['pdfjs', 'poppler'] as const) {
    it(`reads to its truth exactly with ${engine}`, async () => {
      const r = (await report(FIXTURE, engine)) as unknown as Record<string, unknown>;
      for (const key of Object.keys(TRUTH)) expect(r[key], key).toEqual(TRUTH[key]);
    });
  }

  it('gives identical lines, cells and provenance with both engines', async () => {
    const a = await readPdfLines(FIXTURE, { engine: 'pdfjs' });
    const b = await readPdfLines(FIXTURE, { engine: 'poppler' });
    expect(b).toEqual(a);
  });

  it('joins wrapped labels, spans group labels over their rows and drops page numbers', async () => {
    const lines = texts(await readPdfLines(FIXTURE, { engine: 'pdfjs' }));
    expect(lines).toContain(
      'row: 三、本年度办理结果 | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 447 | 7 | 0 | 0 | 0 | 0 | 454',
    );
    // （四）无法提供 starts at the foot of page 4 and ends at the top of page 5.
    expect(lines).toContain(
      'row: 三、本年度办理结果 | （四）无法提供 | 2.没有现成信息需要另行制作 | 11 | 0 | 0 | 0 | 0 | 0 | 11',
    );
    expect(lines).toContain(
      'row: 三、本年度办理结果 | （六）其他处理 | 1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 67 | 3 | 0 | 0 | 1 | 0 | 71',
    );
    expect(lines.filter((l) => /^text: -\s*\d+\s*-$/u.test(l))).toEqual([]);
  });

  it('records page, table, row and column for every table cell', async () => {
    const lines = await readPdfLines(FIXTURE, { engine: 'pdfjs' });
    const row = lines.find((l) => l.cells.some((c) => c.text === '3119'));
    const cell = row?.cells.find((c) => c.text === '3119');
    expect(row?.kind).toBe('row');
    expect(cell?.source).toMatchObject({ page: 4, line: row?.line, col: 7, text: '3119' });
    expect(cell?.source.table).toBeTypeOf('number');
    const spanned = lines.find((l) => l.cells[1]?.text === '（三）不予公开' && l.cells[1]?.spanned);
    expect(spanned?.cells[0]?.spanned).toBe(true);
  });
});

describe('generated PDFs', () => {
  it('reads a report laid out like the fixture back to the same tables with both engines', async () => {
    const source = { ...(TRUTH as unknown as Report), title: null, sections: {}, notes: {} };
    const pdf = writePdf(reportPdfPages(source, WPS_LIKE));
    for (const engine of ['pdfjs', 'poppler'] as const)
      expect(tables(await report(pdf, engine))).toEqual(tables(source));
  });

  it('reads a table split over pages, with page numbers between, as one table', async () => {
    const source = { ...(TRUTH as unknown as Report), title: null, sections: {}, notes: {} };
    const style = { ...WPS_LIKE, pageBody: 300, pageNumber: (n: number) => `第 ${n} 页` };
    const pages = reportPdfPages(source, style);
    expect(pages.length).toBeGreaterThan(4);
    const pdf = writePdf(pages);
    const lines = await readPdfLines(pdf, { engine: 'pdfjs' });
    expect(texts(lines).filter((l) => l.includes('页'))).toEqual([]);
    expect(tables(await report(pdf, 'pdfjs'))).toEqual(tables(source));
    expect(await readPdfLines(pdf, { engine: 'poppler' })).toEqual(lines);
  });

  it('reads random reports in random layouts back exactly, identically with both engines', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), arbitraryStyle(), async (source, style) => {
        const pdf = writePdf(reportPdfPages(source, style));
        const a = await readPdfLines(pdf, { engine: 'pdfjs' });
        const b = await readPdfLines(pdf, { engine: 'poppler' });
        expect(b).toEqual(a);
        const read = readReport({ source: 'pdf', lines: a }).report;
        expect(tables(read)).toEqual(tables(source));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('turns radical code points printed by browsers into the ideographs', async () => {
    const pdf = writePdf([
      { items: [{ x: 72, y: 100, size: 16, text: '淮安市⼈⺠政府关于⻅⻓⻔⼯作的报告' }] },
    ]);
    for (const engine of ['pdfjs', 'poppler'] as const) {
      const lines = await readPdfLines(pdf, { engine });
      expect(lines.map((l) => l.cells[0]?.text)).toEqual(['淮安市人民政府关于见长门工作的报告']);
    }
  });
});

describe('PDFs that cannot be read', () => {
  it('says a scan (images, no text) needs OCR, naming the file', async () => {
    const pdf = writePdf([
      { items: [], image: true },
      { items: [], image: true },
    ]);
    for (const engine of ['pdfjs', 'poppler'] as const) {
      const e = await failure(readPdfLines(pdf, { engine, fileName: '扫描版.pdf' }));
      expect(e).toEqual({
        code: 'input.scanned',
        message: '文件「扫描版.pdf」是扫描件（没有文字层），需要先做文字识别（OCR）才能读取',
      });
    }
  });

  it('says an encrypted PDF needs its password', async () => {
    const pdf = writePdf([{ items: [{ x: 72, y: 100, size: 12, text: '人民政府' }] }], {
      encrypted: true,
    });
    for (const engine of ['pdfjs', 'poppler'] as const) {
      const e = await failure(readPdfLines(pdf, { engine, fileName: '加密.pdf' }));
      expect(e.code).toBe('input.unreadable');
      expect(e.message).toContain('文件「加密.pdf」已加密');
    }
  });

  it('says a damaged file is not a readable PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n这不是一个真正的 PDF 文件\n%%EOF');
    const e = await failure(pdfReader.read(bytes, { fileName: '损坏.pdf' }));
    expect(e).toEqual({
      code: 'input.unreadable',
      message: '文件「损坏.pdf」不是有效的 PDF 文件或已损坏，无法读取',
    });
  });

  it('says a PDF with neither text nor images has nothing to read', async () => {
    const e = await failure(readPdfLines(writePdf([{ items: [] }]), { engine: 'pdfjs' }));
    expect(e.code).toBe('input.empty');
  });
});

describe('choosing the engine', () => {
  it('follows XXGK_PDF_ENGINE', () => {
    expect(engineFromEnv({ XXGK_PDF_ENGINE: 'pdfjs' })).toBe('pdfjs');
    expect(engineFromEnv({ XXGK_PDF_ENGINE: 'Poppler' })).toBe('poppler');
    expect(engineFromEnv({})).toBe('auto');
  });

  it('explains how to install poppler when it is forced but absent', async () => {
    const pdf = writePdf([{ items: [{ x: 72, y: 100, size: 12, text: '人民政府' }] }]);
    const e = await failure(readPdfLines(pdf, { engine: 'poppler', pdftotext: null }));
    expect(e.code).toBe('converter.missing');
    expect(e.message).toContain('poppler-utils');
  });

  it('falls back to pdf.js when poppler is absent', async () => {
    const pdf = writePdf([{ items: [{ x: 72, y: 100, size: 12, text: '人民政府' }] }]);
    const lines = await readPdfLines(pdf, { engine: 'auto', pdftotext: null });
    expect(lines.map((l) => l.cells[0]?.text)).toEqual(['人民政府']);
  });

  it('recognises PDF bytes, also after leading junk, and nothing else', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(isPdf(FIXTURE)).toBe(true);
    expect(pdfReader.sniff(enc('\n\n%PDF-1.4\n'))).toBe(true);
    expect(pdfReader.sniff(enc('<html>%PDF-</html>'.padStart(2000, ' ')))).toBe(false);
    expect(pdfReader.sniff(enc('一、总体情况'))).toBe(false);
  });
});
