import fc from 'fast-check';
import {
  allCellPaths,
  emptyReport,
  getFormat,
  setCell,
  type FormatId,
  type Report,
} from '@xxgk/model';

/**
 * The largest count of tables 二 and 三 the printed round trips promise to give back: nine
 * digits, more than any agency's table holds (a province's 行政许可 decisions run to seven).
 * Longer numbers still print on one line, in narrowed digits, but a reader of the page may no
 * longer join their rows.
 */
export const MAX_COUNT = 999_999_999;

/**
 * The largest count of table 四 promised: six digits (the whole country sees some ten thousand
 * such cases a year). Its fifteen narrow columns print six digits at 7.5 pt; more are narrowed.
 */
export const MAX_REVIEW_COUNT = 999_999;

/** The kind of value each cell of a format takes: 万元 amounts, the 2019 本年增/减, or counts. */
function cellKinds(format: FormatId): Map<string, 'decimal' | 'signed'> {
  const kinds = new Map<string, 'decimal' | 'signed'>();
  for (const table of getFormat(format).proactive)
    for (const row of table.rows)
      for (const field of table.fields) {
        const path = `proactive.${row.key}.${field.key}`;
        if (field.decimal) kinds.set(path, 'decimal');
        else if (field.signed) kinds.set(path, 'signed');
      }
  return kinds;
}

/** A title and agency so the printed report has its usual first lines. */
function titled(report: Report, agency: string, year: number): Report {
  report.year = year;
  report.agency = agency;
  report.title = `${agency}${year}年政府信息公开工作年度报告`;
  return report;
}

/**
 * Complete reports as a printed page holds them: every cell of the format present (a printed
 * table has no absent cells), each a count of any length up to {@link MAX_COUNT} (table 四:
 * {@link MAX_REVIEW_COUNT}), a 万元 amount
 * with two decimals, a signed change in the 2019 本年增/减 column, or blank, with "/", "—" or
 * "无" printed in some blank cells (kept as the cell's note).
 */
export function arbitraryPrintedReport(
  formats: readonly FormatId[] = ['2021', '2019'],
): fc.Arbitrary<Report> {
  return fc.constantFrom(...formats).chain((format) => {
    const def = getFormat(format);
    const kinds = cellKinds(format);
    const paths = allCellPaths(format);
    // Counts of every length, short ones most often, as in real tables.
    const count = (max: number) =>
      fc.oneof(
        { weight: 5, arbitrary: fc.nat({ max: 999 }) },
        { weight: 3, arbitrary: fc.nat({ max: 999_999 }) },
        { weight: 2, arbitrary: fc.nat({ max }) },
      );
    const cell = (path: string): fc.Arbitrary<number | null> => {
      const kind = kinds.get(path);
      const value =
        kind === 'decimal'
          ? fc.nat({ max: MAX_COUNT * 100 + 99 }).map((n) => n / 100)
          : kind === 'signed'
            ? fc.integer({ min: -MAX_COUNT, max: MAX_COUNT })
            : count(path.startsWith('review.') ? MAX_REVIEW_COUNT : MAX_COUNT);
      return fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
    };
    return fc
      .record({
        year: fc.integer({ min: def.firstYear, max: def.lastYear ?? 2030 }),
        agency: fc.constantFrom('某某市人民政府办公室', '某某县自然资源局', '某某镇人民政府'),
        cells: fc.tuple(...paths.map((path) => cell(path))),
        notes: fc.array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom('/', '—', '无')), {
          maxLength: 3,
        }),
      })
      .map((r) => {
        const report = titled(emptyReport(format), r.agency, r.year);
        paths.forEach((path, i) => setCell(report, path, r.cells[i] ?? null));
        for (const [path, note] of r.notes) {
          setCell(report, path, null);
          report.notes[path] = note;
        }
        return report;
      });
  });
}

/**
 * The widest report of a format: every count {@link MAX_COUNT} ({@link MAX_REVIEW_COUNT} in
 * table 四), every 万元 amount nine digits and two decimals, every 本年增/减 minus nine digits —
 * every column as full as it can be.
 */
export function widestReport(format: FormatId): Report {
  const report = titled(emptyReport(format), '某某市人民政府', 2024);
  const kinds = cellKinds(format);
  for (const path of allCellPaths(format)) {
    const kind = kinds.get(path);
    setCell(
      report,
      path,
      kind === 'decimal'
        ? MAX_COUNT + 0.99
        : kind === 'signed'
          ? -MAX_COUNT
          : path.startsWith('review.')
            ? MAX_REVIEW_COUNT
            : MAX_COUNT,
    );
  }
  return report;
}
