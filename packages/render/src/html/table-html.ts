import { type Finding, getCell, type LayoutCell, type Report, type TableLayout } from '@xxgk/model';
import { cellText } from '../cell-text.js';
import { escapeHtml } from '../escape.js';
import { SEVERITY_LABELS } from '../findings.js';
import { colgroupHtml } from './column-widths.js';

function spans(cell: LayoutCell): string {
  let out = '';
  if (cell.rowSpan !== undefined && cell.rowSpan > 1) out += ` rowspan="${cell.rowSpan}"`;
  if (cell.colSpan !== undefined && cell.colSpan > 1) out += ` colspan="${cell.colSpan}"`;
  return out;
}

function dataCell(
  cell: LayoutCell,
  report: Report,
  byCell: ReadonlyMap<string, Finding[]>,
): string {
  const path = cell.path ?? '';
  const classes = ['num'];
  if (getCell(report, path) === undefined) classes.push('absent');
  const findings = byCell.get(path);
  let title = '';
  const first = findings?.[0];
  if (findings && first) {
    classes.push('finding', `finding-${first.severity}`);
    title = ` title="${escapeHtml(findings.map((f) => `${SEVERITY_LABELS[f.severity]}：${f.message}`).join('\n'))}"`;
  }
  return `<td class="${classes.join(' ')}" data-path="${escapeHtml(path)}"${spans(cell)}${title}>${escapeHtml(cellText(report, path))}</td>`;
}

function textCell(cell: LayoutCell): string {
  const text = escapeHtml(cell.text);
  switch (cell.kind) {
    case 'caption':
      return `<th class="caption"${spans(cell)}>${text}</th>`;
    case 'note':
      return `<th class="note"${spans(cell)}>${text}</th>`;
    case 'header':
      return `<th${spans(cell)}>${text}</th>`;
    default:
      return `<td class="label"${spans(cell)}>${text}</td>`;
  }
}

function rowHtml(
  cells: readonly LayoutCell[],
  report: Report,
  byCell: ReadonlyMap<string, Finding[]>,
): string {
  const inner = cells
    .map((cell) => (cell.kind === 'data' ? dataCell(cell, report, byCell) : textCell(cell)))
    .join('');
  return `<tr>${inner}</tr>`;
}

/**
 * One national table as HTML: the layout's merged cells as rowspan/colspan, header rows in
 * <thead>, each data cell with its `data-path` and, when findings name it, a `finding-<severity>`
 * class and a title listing their messages. Wrapped in a box that scrolls sideways on phones.
 */
export function tableHtml(
  layout: TableLayout,
  report: Report,
  byCell: ReadonlyMap<string, Finding[]>,
): string {
  const lines: string[] = [
    `<div class="table-wrap"><table class="national national-${layout.id}" data-table="${layout.id}">`,
    colgroupHtml(layout),
  ];
  if (layout.headerRows > 0) {
    lines.push('<thead>');
    for (const cells of layout.rows.slice(0, layout.headerRows))
      lines.push(rowHtml(cells, report, byCell));
    lines.push('</thead>');
  }
  const starts = [...new Set([layout.headerRows, ...layout.groupStarts])]
    .filter((s) => s >= layout.headerRows)
    .sort((a, b) => a - b);
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? layout.rows.length;
    lines.push('<tbody>');
    for (const cells of layout.rows.slice(start, end)) lines.push(rowHtml(cells, report, byCell));
    lines.push('</tbody>');
  });
  lines.push('</table></div>');
  return lines.join('\n');
}
