import { getCell, type CellValue, type Finding, type FormatDef, type Report } from '@xxgk/model';
import { label } from './cells.js';
import { formatNumber } from './text/numbers.js';

/** What a cell may hold. */
export interface ValueKind {
  /** Decimals allowed (万元 amounts). */
  decimal?: boolean;
  /** Negative numbers allowed (2019 本年增/减). */
  signed?: boolean;
}

/** True when a value cannot be in a cell of this kind (quick test before any message is built). */
export function badValue(v: CellValue | undefined, kind: ValueKind): boolean {
  if (typeof v !== 'number') return false;
  if (!Number.isFinite(v)) return true;
  return (v < 0 && !kind.signed) || (!kind.decimal && !Number.isInteger(v));
}

/**
 * Findings for cells holding what their column cannot: a negative count, or a fraction where
 * the column counts documents, decisions or applications (件).
 */
export function valueFindings(
  rule: string,
  report: Report,
  format: FormatDef,
  cells: readonly { path: string; kind: ValueKind }[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { path, kind } of cells) {
    const v = getCell(report, path);
    if (typeof v !== 'number') continue;
    const problems: string[] = [];
    if (!Number.isFinite(v)) problems.push('不是有效数字');
    else {
      if (v < 0 && !kind.signed) problems.push('为负数');
      if (!Number.isInteger(v) && !kind.decimal) problems.push('不是整数');
    }
    if (problems.length === 0) continue;
    const unit = kind.decimal ? '' : '（本栏按件计数，应为非负整数）';
    findings.push({
      rule,
      severity: 'error',
      message: `${label(format, path)}：填写的${formatNumber(v)}${problems.join('且')}${unit}`,
      cells: [path],
    });
  }
  return findings;
}
