import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCell, type Report } from '@xxgk/model';
import { parseDocument } from '@xxgk/parsers';
import { convertManyToPdf, findSoffice, renderDocx, renderPdf } from '@xxgk/render';
import { arbitraryPrintedReport, widestReport } from './testing/arbitrary-printed-report.js';
import { TESTDATA } from './testing/testdata.js';

// The round trip issue 3 asks for, across packages: what our PDF writer (LibreOffice converting
// our DOCX) prints, our PDF reader reads back to the same report. It lives here because render
// must not depend on parsers. LibreOffice is a system package that `npm test` installs; when it
// is missing this suite fails and says so rather than being skipped.

const TRUTH = join(TESTDATA, 'fixtures/truth/huaian-2024.json');

/** What a printed report gives back: its format, year, title, every table cell and note. */
function printed(report: Report) {
  return {
    format: report.format,
    year: report.year,
    title: report.title,
    proactive: report.proactive,
    applications: report.applications,
    review: report.review,
    notes: report.notes,
  };
}

async function roundTrip(report: Report): Promise<Report> {
  const pdf = await renderPdf(report, {});
  return (await parseDocument(pdf, { fileName: 'round-trip.pdf' })).report;
}

/**
 * Writes the reports as DOCX, converts them all in one LibreOffice run (a start costs seconds,
 * one more document a fraction of that) and reads each PDF back with both PDF engines: poppler
 * (the fast path, used when installed) and pdf.js (the portable default).
 */
async function roundTripAll(reports: readonly Report[]): Promise<void> {
  const docs = await Promise.all(reports.map((r) => renderDocx(r)));
  const pdfs = await convertManyToPdf(docs, 'docx');
  for (const engine of ['poppler', 'pdfjs'] as const) {
    vi.stubEnv('XXGK_PDF_ENGINE', engine);
    for (const [i, pdf] of pdfs.entries()) {
      const report = reports[i];
      if (!report) continue;
      const back = (await parseDocument(pdf, { fileName: `round-trip-${i + 1}.pdf` })).report;
      expect(printed(back), `${engine}: report ${i + 1}`).toEqual(printed(report));
    }
  }
  vi.unstubAllEnvs();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a report written as PDF and read back', () => {
  it('needs LibreOffice, which scripts/ensure-system-deps.sh installs', () => {
    expect(
      findSoffice({}),
      '未安装 LibreOffice：请运行 scripts/ensure-system-deps.sh',
    ).not.toBeNull();
  });

  it('reproduces 淮安 2024 table for table', { timeout: 120_000 }, async () => {
    const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Report;
    const report: Report = { ...truth, title: null, sections: {}, notes: {} };
    const back = await roundTrip(report);
    expect(printed({ ...back, title: null })).toEqual(printed(report));
    expect(back.year).toBe(2024);
  });

  it(
    'gives back the widest reports of both formats, every column full (nine digits, six in table 四)',
    { timeout: 120_000 },
    async () => {
      await roundTripAll([widestReport('2021'), widestReport('2019')]);
    },
  );

  it(
    'gives back blank cells as printed: a fee left blank, a blank row, a blank column and a dash',
    { timeout: 120_000 },
    async () => {
      // Cases the random reports found: each once read wrong or not at all.
      const fees = widestReport('2021');
      setCell(fees, 'proactive.fees.amountWanYuan', null);
      setCell(fees, 'proactive.regulations.issued', null);
      setCell(fees, 'proactive.normativeDocuments.issued', null);
      const rows = widestReport('2019');
      for (const field of ['previousYear', 'change', 'decisions'])
        setCell(rows, `proactive.otherServices.${field}`, null);
      setCell(rows, 'review.reconsideration.corrected', null);
      setCell(rows, 'review.litigationDirect.pending', null);
      rows.notes['review.litigationDirect.pending'] = '/';
      setCell(rows, 'applications.received.total', null);
      rows.notes['applications.received.total'] = '/';
      await roundTripAll([fees, rows]);
    },
  );

  it(
    'gives back random reports of both formats, figures of any length up to the widest',
    { timeout: 240_000 },
    async () => {
      // Each run converts a batch of four reports in one LibreOffice start. Shrinking would
      // convert again at every step, so a failure is reported as found (with its seed).
      await fc.assert(
        fc.asyncProperty(
          fc.array(arbitraryPrintedReport(), { minLength: 4, maxLength: 4 }),
          roundTripAll,
        ),
        { numRuns: 2, endOnFailure: true },
      );
    },
  );
});
