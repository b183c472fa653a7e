import { FORMATS, formatForYear, type Finding, type FormatDef, type FormatId } from '@xxgk/model';
import type { Rule } from '../types.js';

const NAMES: Readonly<Record<FormatId, string>> = {
  '2021': '2021年版格式（国办公开办函〔2021〕30号）',
  '2019': '2019年试行格式（国办公开办函〔2019〕60号）',
};

/** The cells a format defines, as sets: one lookup per cell instead of a walk over its tables. */
interface Defined {
  /** Table 二: the fields of each row. */
  readonly proactive: ReadonlyMap<string, ReadonlySet<string>>;
  /** Row keys of table 三. */
  readonly applications: ReadonlySet<string>;
}

const DEFINED = new WeakMap<FormatDef, Defined>();

function definedBy(format: FormatDef): Defined {
  let d = DEFINED.get(format);
  if (!d) {
    const proactive = new Map<string, Set<string>>();
    for (const t of format.proactive)
      for (const r of t.rows) {
        const fields = proactive.get(r.key) ?? new Set<string>();
        for (const f of t.fields) fields.add(f.key);
        proactive.set(r.key, fields);
      }
    d = { proactive, applications: new Set(format.applicationRows.map((r) => r.key)) };
    DEFINED.set(format, d);
  }
  return d;
}

/**
 * The table format must match the reporting year: the 2019 试行 format for reports on 2019 and
 * 2020, the 2021 format from the 2021 reports on. A report whose tables mix rows of both
 * editions is wrong too.
 * @see 国办公开办函〔2021〕30号; 国办公开办函〔2019〕60号; 条例第五十条
 */
export const formatEdition: Rule = {
  id: 'format.edition',
  severity: 'error',
  title: '表格格式版本',
  description:
    '2019、2020 年度报告使用 2019 年试行格式（国办公开办函〔2019〕60号），2021 年度起使用 2021 年版格式（国办公开办函〔2021〕30号）。格式与年度不符，或同一报告混用两版表格的行列，均为错误。',
  see: ['国办公开办函〔2021〕30号', '国办公开办函〔2019〕60号'],
  examples: [
    { name: 'a 2024 report in the 2021 format passes', input: {}, expect: [] },
    {
      name: 'a 2023 report in the 2019 format is an error',
      input: { format: '2019', report: { year: 2023 } },
      expect: [{ severity: 'error', message: ['2023', '2021年版格式', '2019年试行格式'] }],
    },
    {
      name: 'a 2020 report in the 2021 format is an error',
      input: { format: '2021', report: { year: 2020 } },
      expect: [{ severity: 'error', message: ['2020', '2019年试行格式'] }],
    },
    {
      name: 'a report of unknown year is not judged',
      input: { format: '2019', report: { year: null } },
      expect: [],
    },
    {
      name: 'a 2021-format table 三 carrying the 2019 single 其他处理 row is an error',
      input: { cells: { 'applications.otherHandling.total': 0 } },
      expect: [
        { severity: 'error', cells: ['applications.otherHandling.total'], message: ['混用'] },
      ],
    },
  ],
  run({ report, format }) {
    const findings: Finding[] = [];
    if (typeof report.year === 'number') {
      const expected = formatForYear(report.year);
      if (expected !== format.id)
        findings.push({
          rule: 'format.edition',
          severity: 'error',
          message: `${report.year}年度报告应使用${NAMES[expected]}，但表格采用的是${NAMES[format.id]}`,
          cells: [],
        });
    }
    const other = FORMATS[format.id === '2021' ? '2019' : '2021'];
    const own = definedBy(format);
    const others = definedBy(other);
    const foreign: string[] = [];
    // Only rows the other edition defines can be foreign: most rows are skipped unread.
    for (const row in report.proactive) {
      const otherFields = others.proactive.get(row);
      if (!otherFields) continue;
      const ownFields = own.proactive.get(row);
      for (const field in report.proactive[row])
        if (!ownFields?.has(field) && otherFields.has(field))
          foreign.push(`proactive.${row}.${field}`);
    }
    for (const row in report.applications)
      if (!own.applications.has(row) && others.applications.has(row))
        for (const col in report.applications[row]) foreign.push(`applications.${row}.${col}`);
    if (foreign.length > 0)
      findings.push({
        rule: 'format.edition',
        severity: 'error',
        message: `表格混用两版格式：报告采用${NAMES[format.id]}，却含有${NAMES[other.id]}的行列（${foreign.length} 个单元格）`,
        cells: foreign,
      });
    return findings;
  },
};
