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

/** Any text a published page may carry, markup and Markdown metacharacters included. */
export const nastyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('<script>alert(1)</script>', 'a|b', '"引号"&amp;', '# 标题', '1. 列表', '*强调*'),
  fc.string({ unit: fc.constantFrom('政', '府', '<', '>', '&', '|', '"', "'", '\n', ' ', '1') }),
);

/**
 * Random reports of either format for property tests: each cell a non-negative integer, null
 * or absent (whole rows absent too, as from a page cut off); decimals where the format allows;
 * some raw notes; random text in the title and narrative sections.
 */
export function arbitraryReport(
  formats: readonly FormatId[] = ['2021', '2019'],
): fc.Arbitrary<Report> {
  return fc.constantFrom(...formats).chain((format) => {
    const paths = allCellPaths(format);
    const def = getFormat(format);
    const decimal = new Set(
      def.proactive.flatMap((t) =>
        t.rows.flatMap((r) =>
          t.fields.filter((f) => f.decimal).map((f) => `proactive.${r.key}.${f.key}`),
        ),
      ),
    );
    const cell = (path: string) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.nat({ max: 5000 }) },
        {
          weight: decimal.has(path) ? 2 : 0,
          arbitrary: fc.integer({ min: 0, max: 99999 }).map((n) => n / 100),
        },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
    return fc
      .record({
        year: fc.option(fc.integer({ min: 2019, max: 2030 })),
        agency: fc.option(nastyText),
        title: fc.option(nastyText),
        publishedOn: fc.option(fc.constantFrom('2025-01-20', '2024-03-31')),
        cells: fc.tuple(...paths.map((p) => cell(p))),
        absentRows: fc.subarray(paths.map((p) => parseCellPath(p)?.row ?? '')),
        notes: fc.array(
          fc.tuple(
            fc.constantFrom(...paths),
            fc.constantFrom('/', '—', '无', '22（其中修订16件）'),
          ),
          {
            maxLength: 3,
          },
        ),
        overview: fc.option(nastyText),
        problems: fc.option(nastyText),
      })
      .map((r) => {
        const report = emptyReport(format);
        report.year = r.year;
        report.agency = r.agency;
        report.title = r.title;
        report.publishedOn = r.publishedOn;
        paths.forEach((path, i) => {
          const value = r.cells[i];
          if (value !== undefined) setCell(report, path, value);
          else {
            const a = parseCellPath(path);
            if (a)
              delete (report[a.section] as Record<string, Record<string, unknown>>)[a.row]?.[
                a.field
              ];
          }
        });
        for (const row of r.absentRows) {
          delete (report.proactive as Record<string, unknown>)[row];
          delete (report.applications as Record<string, unknown>)[row];
          delete (report.review as Record<string, unknown>)[row];
        }
        for (const [path, note] of r.notes) report.notes[path] = note;
        if (r.overview !== null) report.sections.overview = r.overview;
        if (r.problems !== null) report.sections.problems = r.problems;
        return report;
      });
  });
}
