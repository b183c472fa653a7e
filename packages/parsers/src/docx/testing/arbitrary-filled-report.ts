import fc from 'fast-check';
import {
  allCellPaths,
  emptyReport,
  getFormat,
  setCell,
  type FormatId,
  type Report,
} from '@xxgk/model';

const PHRASES = [
  '本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。',
  '（一）主动公开',
  '全年主动公开政府信息1234条。',
  '（二）依申请公开',
  '存在的问题是公开内容不够全面。',
  '下一步将加强培训。',
  '本年度未收取信息处理费。',
];

/**
 * Complete reports as a clerk fills the national form: every cell of the format present, each
 * a number or blank; decimals only where the format allows them (万元 amounts), negative
 * numbers only in the 2019 本年增/减 column; a few blank cells printing "/", "—" or "无" (kept
 * in `notes`); narrative sections from report-like sentences.
 */
export function arbitraryFilledReport(
  formats: readonly FormatId[] = ['2021', '2019'],
): fc.Arbitrary<Report> {
  return fc.constantFrom(...formats).chain((format) => {
    const def = getFormat(format);
    const kind = new Map<string, 'decimal' | 'signed'>();
    for (const table of def.proactive)
      for (const row of table.rows)
        for (const field of table.fields) {
          const path = `proactive.${row.key}.${field.key}`;
          if (field.decimal) kind.set(path, 'decimal');
          else if (field.signed) kind.set(path, 'signed');
        }
    const paths = allCellPaths(format);
    const cell = (path: string): fc.Arbitrary<number | null> =>
      fc.oneof(
        { weight: 6, arbitrary: fc.nat({ max: 99999 }) },
        {
          weight: kind.get(path) === 'decimal' ? 3 : 0,
          arbitrary: fc.integer({ min: 0, max: 999999 }).map((n) => n / 100),
        },
        {
          weight: kind.get(path) === 'signed' ? 3 : 0,
          arbitrary: fc.integer({ min: -999, max: -1 }),
        },
        { weight: 2, arbitrary: fc.constant(null) },
      );
    const narrative = fc.option(
      fc
        .array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 4 })
        .map((p) => p.join('\n')),
      { nil: undefined },
    );
    return fc
      .record({
        year: fc.integer({ min: def.firstYear, max: def.lastYear ?? 2030 }),
        agency: fc.constantFrom('某某市人民政府办公室', '某某县自然资源局', '某某镇人民政府'),
        cells: fc.tuple(...paths.map((path) => cell(path))),
        overview: narrative,
        problems: narrative,
        other: narrative,
        notes: fc.array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom('/', '—', '无')), {
          maxLength: 3,
        }),
      })
      .map((r) => {
        const report = emptyReport(format);
        report.year = r.year;
        report.agency = r.agency;
        report.title = `${r.agency}${r.year}年政府信息公开工作年度报告`;
        paths.forEach((path, i) => setCell(report, path, r.cells[i] ?? null));
        // A dash, "/" or "无" prints in a blank cell and is kept as the cell's note.
        for (const [path, note] of r.notes) {
          setCell(report, path, null);
          report.notes[path] = note;
        }
        if (r.overview !== undefined) report.sections.overview = r.overview;
        if (r.problems !== undefined) report.sections.problems = r.problems;
        if (r.other !== undefined) report.sections.other = r.other;
        return report;
      });
  });
}
