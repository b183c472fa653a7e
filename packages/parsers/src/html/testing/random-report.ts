import fc from 'fast-check';
import {
  allCellPaths,
  emptyReport,
  getFormat,
  parseCellPath,
  setCell,
  type CellValue,
  type FormatId,
  type ProactiveFieldDef,
  type Report,
} from '@xxgk/model';

/** A generated cell: the value the reader must find, and the printed text when not a number. */
interface GeneratedCell {
  value: CellValue;
  note?: string;
}

const AGENCIES = [
  '淮安市人民政府',
  '淄博市工业和信息化局',
  '绍兴市上虞区经济和信息化局',
  '宁波市北仑区人民政府大碶街道办事处',
  '北京市东城区人民政府东华门街道办事处',
  '广东省湛江市地方志办公室',
];

/** What a printed blank or refusal looks like: null, with the text kept as a note. */
const NOT_A_NUMBER = ['-', '/', '无', '—'];

function cellArbitrary(field: ProactiveFieldDef | undefined): fc.Arbitrary<GeneratedCell> {
  const count = fc.integer({ min: 0, max: 999_999 }).map((value) => ({ value }));
  const main: fc.Arbitrary<GeneratedCell> = field?.decimal
    ? fc.oneof(
        count,
        fc.integer({ min: 1, max: 9_999_999 }).map((n) => ({ value: n / 100 })),
      )
    : field?.signed
      ? fc.integer({ min: -9_999, max: 9_999 }).map((value) => ({ value }))
      : count;
  const options: fc.WeightedArbitrary<GeneratedCell>[] = [
    { weight: 8, arbitrary: main },
    { weight: 1, arbitrary: fc.constant({ value: null }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...NOT_A_NUMBER).map((note) => ({ value: null, note })),
    },
  ];
  if (field?.unitInText)
    options.push({
      weight: 2,
      arbitrary: fc
        .integer({ min: 0, max: 99_999 })
        .map((n) => ({ value: n / 10, note: `${n / 10}万元` })),
    });
  return fc.oneof(...options);
}

/** The field definition of a section 二 cell path, for its value rules. */
function proactiveField(format: FormatId, path: string): ProactiveFieldDef | undefined {
  const address = parseCellPath(path);
  if (address?.section !== 'proactive') return undefined;
  for (const table of getFormat(format).proactive)
    if (table.rows.some((r) => r.key === address.row))
      return table.fields.find((f) => f.key === address.field);
  return undefined;
}

/**
 * A random complete, valid report of either format: every cell of the format present, holding
 * a count (a decimal for 万元 amounts, a signed change in the 2019 format), a blank, or a
 * printed dash/“无” (null with the text in `notes`); a year the format applies to; a
 * publication date early in the next year, or none.
 */
export function arbitraryReport(): fc.Arbitrary<Report> {
  return fc.constantFrom<FormatId>('2019', '2021').chain((format) => {
    const paths = allCellPaths(format);
    const def = getFormat(format);
    return fc
      .record({
        year: fc.integer({ min: def.firstYear, max: def.lastYear ?? 2025 }),
        agency: fc.constantFrom(...AGENCIES),
        published: fc.option(
          fc.record({
            month: fc.integer({ min: 1, max: 3 }),
            day: fc.integer({ min: 1, max: 28 }),
          }),
        ),
        cells: fc.tuple(...paths.map((p) => cellArbitrary(proactiveField(format, p)))),
      })
      .map(({ year, agency, published, cells }) => {
        const report = emptyReport(format);
        report.year = year;
        report.agency = agency;
        report.publishedOn = published
          ? `${year + 1}-${String(published.month).padStart(2, '0')}-${String(published.day).padStart(2, '0')}`
          : null;
        paths.forEach((path, i) => {
          const cell = cells[i] ?? { value: null };
          setCell(report, path, cell.value);
          if (cell.note !== undefined) report.notes[path] = cell.note;
        });
        return report;
      });
  });
}
