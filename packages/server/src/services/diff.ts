import {
  allCellPaths,
  cellLabel,
  getCell,
  type CellValue,
  type Report,
  type ReportSections,
} from '@xxgk/model';

/** A cell whose value differs between two reports. */
export interface CellChange {
  path: string;
  /** Chinese label of the cell, e.g. `三（七）总计 · 总计`. */
  label: string;
  from: CellValue;
  to: CellValue;
}

/** A narrative section whose text differs. */
export interface SectionChange {
  key: string;
  from: string | null;
  to: string | null;
}

/** A metadata field (title, date, agency, year) whose value differs. */
export interface MetaChange {
  key: string;
  from: string | number | null;
  to: string | number | null;
}

/** Everything that differs between two versions of a report. */
export interface ReportDiff {
  cells: CellChange[];
  sections: SectionChange[];
  /** Title, publication date, agency and year as printed. */
  meta: MetaChange[];
}

const SECTION_KEYS: readonly (keyof ReportSections)[] = ['overview', 'problems', 'other'];
const META_KEYS = ['title', 'publishedOn', 'agency', 'year'] as const;

/** A cell that is absent counts as blank: the difference a person sees is the same. */
const valueAt = (report: Report, path: string): CellValue => getCell(report, path) ?? null;

/**
 * The differences between two reports: every cell (of either format, in the newer format's
 * table order) whose value changed, every narrative section and metadata field that changed.
 */
export function diffReports(from: Report, to: Report): ReportDiff {
  const paths = [...allCellPaths(to.format)];
  if (from.format !== to.format)
    for (const path of allCellPaths(from.format)) if (!paths.includes(path)) paths.push(path);
  const cells: CellChange[] = [];
  for (const path of paths) {
    const a = valueAt(from, path);
    const b = valueAt(to, path);
    if (a !== b)
      cells.push({
        path,
        label: cellLabel(allCellPaths(to.format).includes(path) ? to.format : from.format, path),
        from: a,
        to: b,
      });
  }
  const sections: SectionChange[] = [];
  for (const key of SECTION_KEYS) {
    const a = from.sections[key] ?? null;
    const b = to.sections[key] ?? null;
    if ((a ?? '') !== (b ?? '')) sections.push({ key, from: a, to: b });
  }
  const meta: MetaChange[] = [];
  for (const key of META_KEYS)
    if (from[key] !== to[key]) meta.push({ key, from: from[key], to: to[key] });
  return { cells, sections, meta };
}
