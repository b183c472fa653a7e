import {
  cellLabel,
  getCell,
  type Finding,
  type FormatId,
  type Provenance,
  type Report,
} from '@xxgk/model';
import { createPortal } from 'react-dom';
import { SEVERITY_LABELS } from '../app/labels.js';
import { formatCell } from '../tables/cell-value.js';

/** The cell under the pointer (or keyboard focus) and where it is on screen. */
export interface HoverTarget {
  path: string;
  rect: { left: number; top: number; bottom: number; width: number };
}

/** Where a value was read, in words: line, table position and page. */
export function provenanceText(p: Provenance): string {
  const parts: string[] = [];
  if (p.page !== undefined) parts.push(`第 ${p.page} 页`);
  if (p.line !== undefined) parts.push(`原文第 ${p.line} 行`);
  if (p.table !== undefined)
    parts.push(
      `第 ${p.table + 1} 个表格${p.row !== undefined ? `第 ${p.row + 1} 行` : ''}${p.col !== undefined ? `第 ${p.col + 1} 列` : ''}`,
    );
  return parts.join('，');
}

/**
 * A small card by the hovered cell: its row and column, its value, where in the source it was
 * read (the printed text), and the findings naming it.
 */
export function HoverCard({
  target,
  report,
  format,
  provenance,
  findings,
}: {
  target: HoverTarget | null;
  report: Report;
  format: FormatId;
  provenance: Record<string, Provenance>;
  findings: readonly Finding[];
}) {
  if (!target) return null;
  const p = provenance[target.path];
  const value = getCell(report, target.path);
  const mine = findings.filter((f) => f.cells.includes(target.path));
  const below = target.rect.bottom + 6;
  const style =
    below + 160 > window.innerHeight
      ? {
          left: Math.max(8, Math.min(target.rect.left, window.innerWidth - 368)),
          bottom: window.innerHeight - target.rect.top + 6,
        }
      : { left: Math.max(8, Math.min(target.rect.left, window.innerWidth - 368)), top: below };
  return createPortal(
    <div className="hover-card" role="tooltip" style={style} data-hover-path={target.path}>
      <div className="hc-label">{cellLabel(format, target.path)}</div>
      <div>
        数值：
        {value === undefined
          ? '原文无此项'
          : value === null
            ? `空${report.notes[target.path] ? `（原文“${report.notes[target.path]}”）` : ''}`
            : formatCell(value)}
      </div>
      {p ? (
        <div className="hc-source">
          来源：{provenanceText(p)}
          {p.text ? `，原文“${p.text}”` : ''}
        </div>
      ) : (
        <div className="hc-source">来源：无（填报或更正的数值）</div>
      )}
      {mine.map((f, i) => (
        <div className="hc-finding" key={i}>
          <strong>{SEVERITY_LABELS[f.severity]}</strong>：{f.message}
        </div>
      ))}
    </div>,
    document.body,
  );
}
