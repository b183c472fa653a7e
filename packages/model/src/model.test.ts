import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCellPaths,
  cellLabel,
  emptyReport,
  FORMAT_2019,
  FORMAT_2021,
  formatForYear,
  getCell,
  labelKey,
  parseCellPath,
  reportSchema,
  setCell,
} from './index.js';
import { TESTDATA } from './testing/testdata.js';

const SEEDS = join(TESTDATA, 'seeds/truth');

describe('the format data', () => {
  it('has the 25 rows of table 三 in the 2021 format and 23 in the 2019 format', () => {
    expect(FORMAT_2021.applicationRows).toHaveLength(25);
    expect(FORMAT_2019.applicationRows).toHaveLength(23);
  });

  it('gives every row and field a unique key', () => {
    for (const def of [FORMAT_2021, FORMAT_2019]) {
      const paths = allCellPaths(def.id);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });

  it('uses the 2019 format for 2019 and 2020 and the 2021 format afterwards', () => {
    expect(formatForYear(2019)).toBe('2019');
    expect(formatForYear(2020)).toBe('2019');
    expect(formatForYear(2021)).toBe('2021');
    expect(formatForYear(2025)).toBe('2021');
  });
});

describe('cell paths', () => {
  it('split a table 三 path whose row key contains a dot', () => {
    expect(parseCellPath('applications.withheld.stateSecret.total')).toEqual({
      section: 'applications',
      row: 'withheld.stateSecret',
      field: 'total',
    });
  });

  it('parse any string exactly as splitting on every dot would', () => {
    const bySplit = (path: string) => {
      const parts = path.split('.');
      const section = parts[0];
      if (parts.length < 3) return null;
      if (section !== 'proactive' && section !== 'applications' && section !== 'review')
        return null;
      return { section, row: parts.slice(1, -1).join('.'), field: parts[parts.length - 1] };
    };
    const piece = fc.constantFrom('applications', 'review', 'proactive', 'x', '', 'a.b', '.');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 6 }), (pieces) => {
        const path = pieces.join('.');
        expect(parseCellPath(path)).toEqual(bySplit(path));
      }),
      { numRuns: 2000 },
    );
    expect(parseCellPath('applications.total')).toBeNull();
    expect(parseCellPath('report.received.total')).toBeNull();
  });

  it('label cells in Chinese', () => {
    expect(cellLabel('2021', 'applications.withheld.stateSecret.naturalPerson')).toBe(
      '三（三）1.属于国家秘密 · 自然人',
    );
    expect(cellLabel('2021', 'review.litigationDirect.pending')).toBe(
      '四 行政诉讼（未经复议直接起诉） · 尚未审结',
    );
  });

  it('read back what was set, and tell a blank from an absent cell', () => {
    const report = emptyReport('2021');
    expect(getCell(report, 'proactive.fees.amountWanYuan')).toBeNull();
    setCell(report, 'proactive.fees.amountWanYuan', 1.5);
    expect(getCell(report, 'proactive.fees.amountWanYuan')).toBe(1.5);
    delete report.applications['carriedOver'];
    expect(getCell(report, 'applications.carriedOver.total')).toBeUndefined();
  });
});

describe('label keys', () => {
  it('fold full-width, Traditional and numbering variants to one key', () => {
    expect(labelKey('（三）1、屬於國家秘密')).toBe(labelKey('(三)1.属于国家秘密'));
    expect(labelKey('3．危及"三安全一穩定"')).toBe(labelKey('3.危及“三安全一稳定”'));
    expect(labelKey('本年收費金額(單位:萬元)')).toBe(labelKey('本年收费金额（单位：万元）'));
    expect(labelKey(' 行政 规范性 文件 ')).toBe('行政规范性文件');
  });

  it('fold 其它 to 其他, the variant character reports print in labels', () => {
    expect(labelKey('3.其它')).toBe(labelKey('3.其他'));
    expect(labelKey('法人或其它组织')).toBe(labelKey('法人或其他组织'));
    expect(labelKey('（六）其它处理')).toBe(labelKey('(六)其他处理'));
  });

  it('fold radical code points that PDF printers emit', () => {
    expect(labelKey('⾃然⼈')).toBe('自然人');
    expect(labelKey('⼈⺠政府')).toBe('人民政府');
  });
});

describe('the report schema', () => {
  it('accepts every seed truth file', () => {
    for (const file of readdirSync(SEEDS)) {
      const truth: unknown = JSON.parse(readFileSync(join(SEEDS, file), 'utf8'));
      const withDefaults = { title: null, sections: {}, notes: {}, ...(truth as object) };
      const result = reportSchema.safeParse(withDefaults);
      expect(result.success, `${file}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('rejects an unknown row and a text cell', () => {
    const report = emptyReport('2021');
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(
      reportSchema.safeParse({ ...report, applications: { bogus: { total: 1 } } }).success,
    ).toBe(false);
    expect(
      reportSchema.safeParse({
        ...report,
        review: { reconsideration: { total: '3' } },
      }).success,
    ).toBe(false);
  });

  it('rejects a 2019-only row in a 2021 report', () => {
    const report = emptyReport('2021');
    expect(
      reportSchema.safeParse({ ...report, proactive: { procurement: { projects: 1 } } }).success,
    ).toBe(false);
  });
});
