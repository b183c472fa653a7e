import fc from 'fast-check';
import {
  allCellPaths,
  emptyReport,
  getFormat,
  parseCellPath,
  setCell,
  type FormatId,
  type Report,
} from '@xxgk/model';

/** Texts printed in a cell that holds no number (the reader keeps them as notes). */
const PLACEHOLDERS = ['-', '—', '/', '无', '——'] as const;

/** What a generated cell holds. */
type CellSpec =
  { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'placeholder'; text: string };

/** Options for {@link arbitraryReport}. */
export interface ArbitraryReportOptions {
  /** Allow blank cells (a layout that loses their positions cannot carry them). */
  blanks?: boolean;
}

const AGENCIES = [
  '淄博市工业和信息化局',
  '太平镇人民政府',
  '市中区工业和信息化局',
  '西咸新区底张街道办事处',
  '绍兴市上虞区经济和信息化局',
  '桃江县审计局',
];

function fieldRules(format: FormatId, path: string): { decimal: boolean; signed: boolean } {
  const address = parseCellPath(path);
  if (address?.section !== 'proactive') return { decimal: false, signed: false };
  for (const table of getFormat(format).proactive) {
    const field = table.fields.find((f) => f.key === address.field);
    if (field && table.rows.some((r) => r.key === address.row))
      return { decimal: field.decimal === true, signed: field.signed === true };
  }
  return { decimal: false, signed: false };
}

function cellArbitrary(decimal: boolean, signed: boolean, blanks: boolean): fc.Arbitrary<CellSpec> {
  const count = fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 2, arbitrary: fc.integer({ min: 61, max: 250_000 }) },
  );
  const number = decimal
    ? fc.oneof(
        count,
        fc.integer({ min: 1, max: 99_999_999 }).map((n) => n / 1000),
      )
    : signed
      ? fc.oneof(count, fc.integer({ min: -500, max: -1 }))
      : count;
  return fc.oneof(
    { weight: 12, arbitrary: number.map((value): CellSpec => ({ kind: 'number', value })) },
    {
      weight: blanks ? 1 : 0,
      arbitrary: fc.constant<CellSpec>({ kind: 'blank' }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...PLACEHOLDERS)
        .map((text): CellSpec => ({ kind: 'placeholder', text })),
    },
  );
}

/**
 * Random complete reports of either format: every cell a non-negative count (or a signed or
 * decimal number where the format allows), a blank, or a placeholder text; the table
 * identities hold or not at random, because the reader must not care.
 */
export function arbitraryReport(options: ArbitraryReportOptions = {}): fc.Arbitrary<Report> {
  const blanks = options.blanks ?? true;
  return fc.constantFrom<FormatId>('2021', '2019').chain((format) => {
    const paths = allCellPaths(format);
    return fc
      .record({
        cells: fc.tuple(
          ...paths.map((path) => {
            const { decimal, signed } = fieldRules(format, path);
            return cellArbitrary(decimal, signed, blanks);
          }),
        ),
        year: fc.integer({ min: 2019, max: 2026 }),
        agency: fc.constantFrom(...AGENCIES),
        day: fc.integer({ min: 2, max: 60 }),
      })
      .map(({ cells, year, agency, day }) => {
        const report = emptyReport(format);
        report.year = year;
        report.agency = agency;
        report.title = `${agency}${year}年政府信息公开工作年度报告`;
        const published = new Date(Date.UTC(year + 1, 0, day));
        report.publishedOn = published.toISOString().slice(0, 10);
        cells.forEach((spec, i) => {
          const path = paths[i];
          if (!path) return;
          if (spec.kind === 'number') setCell(report, path, spec.value);
          else {
            setCell(report, path, null);
            if (spec.kind === 'placeholder') report.notes[path] = spec.text;
          }
        });
        return report;
      });
  });
}
