import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '@xxgk/model';
import { parseDocument } from '@xxgk/parsers';
import { findSoffice, renderPdf } from '@xxgk/render';

// The round trip issue 3 asks for, across packages: what our PDF writer (LibreOffice converting
// our DOCX) prints, our PDF reader reads back to the same tables. It lives here because render
// must not depend on parsers. LibreOffice is a system package that `npm test` installs; when it
// is missing this suite fails and says so rather than being skipped.
// Known gap (see the issue note): random reports with six-digit figures in table 四 do not
// round-trip yet — LibreOffice wraps such numbers inside the narrow 四 columns.

const TRUTH = join(import.meta.dirname, '../../../../shared/fixtures/truth/huaian-2024.json');

function tables(report: Report) {
  return {
    format: report.format,
    proactive: report.proactive,
    applications: report.applications,
    review: report.review,
  };
}

async function roundTrip(report: Report): Promise<Report> {
  const pdf = await renderPdf(report, {});
  return (await parseDocument(pdf, { fileName: 'round-trip.pdf' })).report;
}

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
    expect(tables(back)).toEqual(tables(report));
    expect(back.year).toBe(2024);
  });
});
