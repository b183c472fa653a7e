import { cellLabel, type Finding, type FormatId, type Severity } from '@xxgk/model';

/** Options every text renderer accepts. */
export interface RenderOptions {
  /** Findings of the checker to mark on their cells and list. */
  findings?: readonly Finding[];
}

/** Chinese name of each severity, as shown to reviewers. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings ordered most severe first, keeping the checker's order within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** Cell path → the findings that name it, most severe first. */
export function findingsByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const finding of sortFindings(findings)) {
    for (const path of new Set(finding.cells)) {
      const list = byCell.get(path);
      if (list) list.push(finding);
      else byCell.set(path, [finding]);
    }
  }
  return byCell;
}

/** The Chinese labels of a finding's cells, e.g. `三（七）总计 · 总计`, joined for display. */
export function findingCellLabels(format: FormatId, finding: Finding): string {
  return finding.cells.map((path) => cellLabel(format, path)).join('；');
}

/** Counts of findings per severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
