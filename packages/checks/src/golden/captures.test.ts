import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyReport, setCell, type FormatId, type Report } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { TESTDATA, titleOf } from '../testing/seeds.js';

const DIR = join(TESTDATA, 'fixtures', 'captures');

interface CaptureTruth {
  format: FormatId;
  year: number | null;
  cells: Record<string, number | null | [string, string]>;
}

/** A capture as the checker sees it: the truth cells (partial), the raw text. */
function captureInput(name: string): { report: Report; text: string } {
  const text = readFileSync(join(DIR, 'raw', `${name}.txt`), 'utf8');
  const truth = JSON.parse(
    readFileSync(join(DIR, 'truth', `${name}.json`), 'utf8'),
  ) as CaptureTruth;
  const report: Report = {
    ...emptyReport(truth.format),
    proactive: {},
    applications: {},
    review: {},
    year: truth.year,
    title: titleOf(text),
  };
  for (const [path, value] of Object.entries(truth.cells)) {
    if (Array.isArray(value)) {
      setCell(report, path, null);
      report.notes[path] = value[1];
    } else setCell(report, path, value);
  }
  return { report, text };
}

const names = readdirSync(join(DIR, 'raw'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/u, ''))
  .sort();

/** The two 2023 reports that still use the superseded 2019 tables. */
const OLD_FORMAT = new Set([
  '014_jxx_mzj_2023_oldformat_mirror',
  '016_xixian_dizhangjd_2023_oldformat',
]);

describe('the fourteen real partial captures', () => {
  for (const name of names) {
    it(`${name}: no error except a 2023 report in the 2019 format`, () => {
      const findings = check(captureInput(name));
      const errors = findings.filter((f) => f.severity === 'error').map((f) => f.rule);
      expect(errors).toEqual(OLD_FORMAT.has(name) ? ['format.edition'] : []);
    });
  }

  it('catches the narrative of 003 that says 2 applications where table 三 has 3', () => {
    const findings = check(captureInput('003_changchun_tyjrswj_2023'));
    const f = findings.find((x) => x.rule === 'text.applications');
    expect(f?.cells).toEqual(['applications.received.total']);
    expect(f?.message).toContain('2');
    expect(f?.message).toContain('3');
  });

  it('notices that 034 announces six parts and lists five', () => {
    const findings = check(captureInput('034_zhashui_fenghuangzhen_2021_zhhant_mirror'));
    expect(findings.some((f) => f.rule === 'writing.intro-parts' && f.message.includes('5'))).toBe(
      true,
    );
  });

  it('sees that 014 cites the 2021 notice above 2019-format tables', () => {
    const findings = check(captureInput('014_jxx_mzj_2023_oldformat_mirror'));
    expect(findings.some((f) => f.rule === 'format.cited-notice')).toBe(true);
  });

  it('checks the real 淮安 2024 tables, with their non-zero figures, without any error', () => {
    const truth = JSON.parse(
      readFileSync(join(TESTDATA, 'fixtures', 'truth', 'huaian-2024.json'), 'utf8'),
    ) as Report;
    const report: Report = { ...truth, title: null, sections: {}, notes: {} };
    const findings = check({ report });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
