import { memo, type ReactNode } from 'react';
import type { LayoutCell, TableLayout } from '@xxgk/model';

/** Accessible names of the three tables. */
const CAPTIONS: Record<TableLayout['id'], string> = {
  proactive: '主动公开政府信息情况',
  applications: '收到和处理政府信息公开申请情况',
  review: '政府信息公开行政复议、行政诉讼情况',
};

function spans(cell: LayoutCell) {
  return {
    rowSpan: cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : undefined,
    colSpan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined,
  };
}

/** Props of {@link NationalTable}. */
export interface NationalTableProps {
  layout: TableLayout;
  /** Content of a data cell (its number, or an input while editing). */
  renderData: (path: string) => ReactNode;
  /** Extra class names of a data cell (findings, highlight, computed). */
  dataClass?: (path: string) => string;
  /** Native tooltip of a data cell. */
  dataTitle?: (path: string) => string | undefined;
}

/**
 * A national table exactly as the template draws it: merged cells from the layout, header
 * cells as <th>, every data cell a <td data-path> so findings, provenance and tests can find it.
 */
export const NationalTable = memo(function NationalTable({
  layout,
  renderData,
  dataClass,
  dataTitle,
}: NationalTableProps) {
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);
  const renderCell = (cell: LayoutCell, key: number) => {
    const s = spans(cell);
    switch (cell.kind) {
      case 'data': {
        const path = cell.path ?? '';
        return (
          <td
            key={key}
            // Focusable from script only (not a Tab stop): following a finding moves the
            // keyboard focus to its cell.
            tabIndex={-1}
            {...s}
            data-path={path}
            className={`num ${dataClass?.(path) ?? ''}`.trim()}
            title={dataTitle?.(path)}
          >
            {renderData(path)}
          </td>
        );
      }
      case 'caption':
        return (
          <th key={key} {...s} className="caption" scope="colgroup">
            {cell.text}
          </th>
        );
      case 'note':
        return (
          <th key={key} {...s} className="note">
            {cell.text}
          </th>
        );
      case 'header':
        return (
          <th key={key} {...s} scope={cell.colSpan && cell.colSpan > 1 ? 'colgroup' : 'col'}>
            {cell.text}
          </th>
        );
      default:
        return (
          <th key={key} {...s} className="label" scope="row">
            {cell.text}
          </th>
        );
    }
  };
  return (
    <div className="table-wrap">
      <table className={`national national-${layout.id}`} data-table={layout.id}>
        <caption className="sr-only">{CAPTIONS[layout.id]}</caption>
        {head.length > 0 && (
          <thead>
            {head.map((cells, r) => (
              <tr key={r}>{cells.map(renderCell)}</tr>
            ))}
          </thead>
        )}
        <tbody>
          {body.map((cells, r) => (
            <tr key={r}>{cells.map(renderCell)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
