import {
  allCellPaths,
  getCell,
  getFormat,
  type ParsedDocument,
  type TableSection,
} from '@xxgk/model';

const SECTION_NAMES: Readonly<Record<TableSection, string>> = {
  proactive: '二',
  applications: '三',
  review: '四',
};

/** Counts of the cells a document gave, per table. */
export interface CellCounts {
  section: TableSection;
  /** Cells the format has. */
  total: number;
  /** Cells the document contains (a number or blank). */
  present: number;
  /** Of those, blank (null). */
  blank: number;
}

/** How many cells of each table a report holds, so a cut-off page shows at a glance. */
export function cellCounts(parsed: ParsedDocument): CellCounts[] {
  const counts = new Map<TableSection, CellCounts>(
    (['proactive', 'applications', 'review'] as const).map((section) => [
      section,
      { section, total: 0, present: 0, blank: 0 },
    ]),
  );
  for (const path of allCellPaths(parsed.report.format)) {
    const section = path.slice(0, path.indexOf('.')) as TableSection;
    const entry = counts.get(section);
    if (!entry) continue;
    entry.total += 1;
    const value = getCell(parsed.report, path);
    if (value !== undefined) entry.present += 1;
    if (value === null) entry.blank += 1;
  }
  return [...counts.values()];
}

/**
 * A readable Chinese summary of what was read from one file: agency, year (with the title's
 * year when it disagrees), format, date, and how many cells each table gave.
 */
export function reportSummary(parsed: ParsedDocument, file: string): string[] {
  const { report } = parsed;
  const def = getFormat(report.format);
  const lines = [`文件：${file}`];
  lines.push(`  机关：${report.agency ?? '（未找到）'}`);
  let year = report.year === null ? '（未找到）' : `${report.year} 年`;
  if (report.period?.text) year += `（统计期限：${report.period.text}）`;
  if (report.titleYear != null && report.titleYear !== report.year)
    year += `；标题所写年度：${report.titleYear} 年`;
  lines.push(`  年度：${year}`);
  if (report.title) lines.push(`  标题：${report.title}`);
  lines.push(`  发布日期：${report.publishedOn ?? '（未找到）'}`);
  lines.push(`  表格格式：${report.format} 年版（${def.issuedBy}）`);
  const tables = cellCounts(parsed)
    .map((c) => {
      const blank = c.blank > 0 ? `，其中空白 ${c.blank}` : '';
      return `表${SECTION_NAMES[c.section]} ${c.present}/${c.total}${blank}`;
    })
    .join('；');
  lines.push(`  读到的单元格：${tables}`);
  const notes = Object.keys(report.notes).length;
  if (notes > 0) lines.push(`  非数字单元格：${notes} 个（原文保存在 notes 中）`);
  const missing = def.sections.filter((s) => !parsed.outline.some((h) => h.key === s.key));
  if (parsed.source !== 'json' && missing.length > 0)
    lines.push(`  未找到的章节：${missing.map((s) => `${s.ordinal}、${s.title}`).join('；')}`);
  if (parsed.problems.length > 0) {
    lines.push(`  读取提示：${parsed.problems.length} 条`);
    for (const p of parsed.problems.slice(0, 10))
      lines.push(`    ${p.line === undefined ? '' : `第 ${p.line} 行：`}${p.message}`);
    if (parsed.problems.length > 10) lines.push(`    ……另有 ${parsed.problems.length - 10} 条`);
  }
  return lines;
}
