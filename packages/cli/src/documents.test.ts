import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '@xxgk/model';
import { renderDocx } from '@xxgk/render';
// The parsers' own PDF writer for tests, which can make a page of nothing but an image.
import { writePdf } from '../../parsers/src/pdf/testing/write-pdf.js';
import { bufferIo } from './io.js';
import { run } from './run.js';
import { TESTDATA } from './testing/testdata.js';

// `xxgk parse`, `check` and `render` on the documents of issue 3: DOCX and PDF in, DOCX, XLSX
// and PDF out, as a clerk or reviewer runs them.

const FIXTURES = join(TESTDATA, 'fixtures');
const PDF = join(FIXTURES, 'huaian-2024.pdf');
const TEMPLATE = join(FIXTURES, 'official-blank-template-2021.docx');
const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth/huaian-2024.json'), 'utf8')) as Report;
const tmp = mkdtempSync(join(tmpdir(), 'xxgk-cli-docs-'));

async function xxgk(...argv: string[]) {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const tables = (r: Report) => ({
  format: r.format,
  proactive: r.proactive,
  applications: r.applications,
  review: r.review,
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('xxgk on DOCX and PDF documents', () => {
  it('parses the published 淮安 2024 PDF to its truth and checks it without an error', async () => {
    const parsed = await xxgk('parse', PDF, '--json');
    expect(parsed.code).toBe(0);
    expect(tables(JSON.parse(parsed.out) as Report)).toEqual(tables(truth));
    const checked = await xxgk('check', PDF, '--json');
    const { findings } = JSON.parse(checked.out) as { findings: Finding[] };
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checked.code).toBe(0);
  }, 60_000);

  it('parses a DOCX our writer made back to its tables, and the blank template to blanks', async () => {
    const file = join(tmp, '淮安.docx');
    writeFileSync(file, await renderDocx({ ...truth, title: null, sections: {}, notes: {} }));
    const parsed = await xxgk('parse', file, '--json');
    expect(parsed.code).toBe(0);
    expect(tables(JSON.parse(parsed.out) as Report)).toEqual(tables(truth));
    const blank = await xxgk('parse', TEMPLATE, '--json');
    expect(blank.code).toBe(0);
    const template = JSON.parse(blank.out) as Report;
    expect(template.format).toBe('2021');
    expect(Object.values(template.applications.received ?? {})).toEqual(
      Array.from({ length: 7 }, () => null),
    );
  });

  it('says a scanned PDF needs OCR instead of giving an empty report', async () => {
    const file = join(tmp, '扫描版.pdf');
    writeFileSync(file, writePdf([{ items: [], image: true }]));
    for (const command of ['parse', 'check']) {
      const result = await xxgk(command, file, '--json');
      expect(result.code).toBe(2);
      expect(result.out).not.toContain('"applications"');
      expect(result.out + result.err).toContain(
        '是扫描件（没有文字层），需要先做文字识别（OCR）才能读取',
      );
    }
  });

  it('renders a PDF report to DOCX and XLSX files', async () => {
    for (const to of ['docx', 'xlsx']) {
      const out = join(tmp, `淮安.${to}`);
      const result = await xxgk('render', PDF, '--to', to, '-o', out);
      expect(result.code).toBe(0);
      expect(result.err).toContain(`已生成 ${out}`);
      // Both are zip archives.
      expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  }, 60_000);

  it('says how to install LibreOffice when rendering to PDF without it, and writes nothing', async () => {
    vi.stubEnv('XXGK_SOFFICE', join(tmp, 'no-such-soffice'));
    const out = join(tmp, 'missing.pdf');
    const result = await xxgk('render', PDF, '--to', 'pdf', '-o', out);
    expect(result.code).toBe(2);
    expect(result.err).toContain('LibreOffice');
    expect(result.err).toContain('无法生成 PDF');
    expect(result.err).toContain(
      'apt-get install -y --no-install-recommends libreoffice-writer-nogui',
    );
    expect(result.err).not.toMatch(/\n\s+at /u);
    expect(() => statSync(out)).toThrow();
  }, 60_000);
});
