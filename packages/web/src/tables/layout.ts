import {
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER_NOTE,
  cellPath,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type ApplicationRowDef,
  type FormatId,
} from '@xxgk/model';

/** What a printed cell of a national table holds. */
export type CellKind = 'caption' | 'header' | 'note' | 'label' | 'data';

/** One printed cell; cells covered by another's span are not listed (as in HTML). */
export interface LayoutCell {
  kind: CellKind;
  /** Text of a caption, header, note or label; empty for data cells. */
  text: string;
  /** Cell path of a data cell. */
  path?: string;
  rowSpan?: number;
  colSpan?: number;
}

/** The three national tables. */
export type TableId = 'proactive' | 'applications' | 'review';

/** A national table as rows of cells with the template's merges. */
export interface TableLayout {
  id: TableId;
  /** Width of the grid in columns. */
  columns: number;
  /** Leading rows that are column headers. */
  headerRows: number;
  rows: LayoutCell[][];
}

const data = (path: string, colSpan?: number): LayoutCell =>
  colSpan && colSpan > 1
    ? { kind: 'data', text: '', path, colSpan }
    : { kind: 'data', text: '', path };

/**
 * Section 二 as one table: per Article 20 item a caption row across the width, a header row
 * (信息内容 + the fields) and the data rows; a sub-table with fewer fields than the widest lets
 * its last column reach across the rest, as the template does.
 * @see 国办公开办函〔2021〕30号 附件 表二
 */
export function proactiveLayout(format: FormatId): TableLayout {
  const def = getFormat(format);
  const dataColumns = Math.max(...def.proactive.map((t) => t.fields.length));
  const rows: LayoutCell[][] = [];
  for (const table of def.proactive) {
    const span = (i: number) =>
      i === table.fields.length - 1 ? dataColumns - table.fields.length + 1 : 1;
    rows.push([{ kind: 'caption', text: table.caption, colSpan: dataColumns + 1 }]);
    rows.push([
      { kind: 'header', text: '信息内容' },
      ...table.fields.map((f, i): LayoutCell => {
        const s = span(i);
        return s > 1
          ? { kind: 'header', text: f.label, colSpan: s }
          : { kind: 'header', text: f.label };
      }),
    ]);
    for (const row of table.rows)
      rows.push([
        { kind: 'label', text: row.label },
        ...table.fields.map((f, i) => data(cellPath('proactive', row.key, f.key), span(i))),
      ]);
  }
  return { id: 'proactive', columns: dataColumns + 1, headerRows: 0, rows };
}

/** Grid columns taken by the row labels of table 三: block, group, item. */
const LABEL_COLUMNS = 3;

/**
 * Table 三 with the template's merges: the note over the three label columns and three header
 * rows; 申请人情况 over the seven applicant columns; 法人或其他组织 over its five; top-level rows
 * labelled across the label columns; 三、本年度办理结果 spanning its rows (2021: 22, 2019: 20);
 * （三）–（六） spanning their numbered rows.
 * @see 国办公开办函〔2021〕30号 附件 表三
 */
export function applicationsLayout(format: FormatId): TableLayout {
  const def = getFormat(format);
  const columns = def.applicantColumns.map(
    (key) => APPLICANT_COLUMNS.find((c) => c.key === key) ?? { key, label: key, group: null },
  );
  const header: LayoutCell[][] = [
    [
      { kind: 'note', text: APPLICATIONS_HEADER_NOTE, colSpan: LABEL_COLUMNS, rowSpan: 3 },
      { kind: 'header', text: '申请人情况', colSpan: columns.length },
    ],
    [],
    [],
  ];
  for (let i = 0; i < columns.length;) {
    const col = columns[i];
    if (!col) break;
    if (col.group === null) {
      header[1]?.push({ kind: 'header', text: col.label, rowSpan: 2 });
      i += 1;
      continue;
    }
    let end = i;
    while (columns[end]?.group === col.group) end += 1;
    header[1]?.push({ kind: 'header', text: col.group, colSpan: end - i });
    for (const member of columns.slice(i, end))
      header[2]?.push({ kind: 'header', text: member.label });
    i = end;
  }

  const outer = def.applicationGroups[0];
  const groupLabels = new Map(def.applicationGroups.map((g) => [g.key, g.label]));
  const inBlock = (row: ApplicationRowDef) => row.group !== null;
  const blockHeight = def.applicationRows.filter(inBlock).length;
  const rows: LayoutCell[][] = [...header];
  let blockOpened = false;
  def.applicationRows.forEach((row, index) => {
    const labels: LayoutCell[] = [];
    if (!inBlock(row)) {
      labels.push({ kind: 'label', text: row.label, colSpan: LABEL_COLUMNS });
    } else {
      if (!blockOpened) {
        labels.push({ kind: 'label', text: outer?.label ?? '', rowSpan: blockHeight });
        blockOpened = true;
      }
      if (row.group === outer?.key) {
        labels.push({ kind: 'label', text: row.label, colSpan: LABEL_COLUMNS - 1 });
      } else {
        if (def.applicationRows[index - 1]?.group !== row.group) {
          let height = 0;
          while (def.applicationRows[index + height]?.group === row.group) height += 1;
          labels.push({
            kind: 'label',
            text: groupLabels.get(row.group ?? '') ?? '',
            rowSpan: height,
          });
        }
        labels.push({ kind: 'label', text: row.label });
      }
    }
    rows.push([
      ...labels,
      ...columns.map((col) => data(cellPath('applications', row.key, col.key))),
    ]);
  });
  return { id: 'applications', columns: LABEL_COLUMNS + columns.length, headerRows: 3, rows };
}

/**
 * Table 四 (both editions): 行政复议 over five result columns whose headers reach down two rows;
 * 行政诉讼 over ten, split into 未经复议直接起诉 and 复议后起诉; then one row of fifteen numbers.
 * @see 国办公开办函〔2021〕30号 附件 表四
 */
export function reviewLayout(): TableLayout {
  const width = REVIEW_FIELDS.length;
  const top: LayoutCell[] = [];
  const middle: LayoutCell[] = [];
  const bottom: LayoutCell[] = [];
  for (let i = 0; i < REVIEW_BLOCKS.length;) {
    const block = REVIEW_BLOCKS[i];
    if (!block) break;
    if (block.group === null) {
      top.push({ kind: 'header', text: block.label, colSpan: width });
      for (const f of REVIEW_FIELDS) middle.push({ kind: 'header', text: f.label, rowSpan: 2 });
      i += 1;
      continue;
    }
    let end = i;
    while (REVIEW_BLOCKS[end]?.group === block.group) end += 1;
    top.push({ kind: 'header', text: block.group, colSpan: width * (end - i) });
    for (const member of REVIEW_BLOCKS.slice(i, end)) {
      middle.push({ kind: 'header', text: member.label, colSpan: width });
      for (const f of REVIEW_FIELDS) bottom.push({ kind: 'header', text: f.label });
    }
    i = end;
  }
  const values = REVIEW_BLOCKS.flatMap((b) =>
    REVIEW_FIELDS.map((f) => data(cellPath('review', b.key, f.key))),
  );
  return {
    id: 'review',
    columns: width * REVIEW_BLOCKS.length,
    headerRows: 3,
    rows: [top, middle, bottom, values],
  };
}

/** The three national tables of a format, in section order (二, 三, 四). */
export function tableLayouts(format: FormatId): Record<TableId, TableLayout> {
  return {
    proactive: proactiveLayout(format),
    applications: applicationsLayout(format),
    review: reviewLayout(),
  };
}

/**
 * Expands a layout into its full grid (each position → the cell covering it), placing cells
 * as HTML does. Throws when cells overlap or overflow: layouts are generated, so that is a bug.
 */
export function expandGrid(layout: TableLayout): (LayoutCell | null)[][] {
  const grid: (LayoutCell | null)[][] = layout.rows.map(() =>
    Array.from({ length: layout.columns }, () => null),
  );
  layout.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < layout.columns && grid[r]?.[c]) c += 1;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr += 1)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc += 1) {
          const line = grid[r + dr];
          if (!line || c + dc >= layout.columns || line[c + dc])
            throw new Error(`表格 ${layout.id} 第 ${r + 1} 行的合并单元格重叠或越界`);
          line[c + dc] = cell;
        }
      c += cell.colSpan ?? 1;
    }
  });
  return grid;
}

/** Every data cell path of a layout, in reading order. */
export function layoutPaths(layout: TableLayout): string[] {
  return layout.rows.flat().flatMap((c) => (c.kind === 'data' && c.path ? [c.path] : []));
}
