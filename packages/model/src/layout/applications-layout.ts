import { APPLICANT_COLUMNS, APPLICATIONS_HEADER_NOTE } from '../applicant-columns.js';
import { getFormat } from '../formats/index.js';
import type { ApplicationRowDef, FormatId } from '../formats/types.js';
import { cellPath } from '../paths.js';
import type { LayoutCell, TableLayout } from './types.js';

/** Header over the seven applicant columns, exactly as the template prints it. */
export const APPLICANT_HEADER = '申请人情况';

/** Row labels take three grid columns: block (三、本年度办理结果), group (（三）不予公开), item. */
const LABEL_COLUMNS = 3;

/**
 * Table 三 with the template's merged cells, generated from the format data:
 * the note cell over three label columns and three header rows; 申请人情况 over the applicant
 * columns; 法人或其他组织 over its five; top-level rows labelled across all three label columns;
 * the result block (the format's first row group, 三、本年度办理结果) spanning its rows (2021: 22,
 * 2019: 20); each nested group ((三)…(六)) spanning its numbered rows.
 * @see 国办公开办函〔2021〕30号 附件 表三
 */
export function applicationsLayout(format: FormatId): TableLayout {
  const def = getFormat(format);
  const columns = def.applicantColumns.map((key) => {
    const col = APPLICANT_COLUMNS.find((c) => c.key === key);
    return { key, label: col?.label ?? key, group: col?.group ?? null };
  });
  const rows: LayoutCell[][] = [
    [
      { kind: 'note', text: APPLICATIONS_HEADER_NOTE, colSpan: LABEL_COLUMNS, rowSpan: 3 },
      { kind: 'header', text: APPLICANT_HEADER, colSpan: columns.length },
    ],
    [],
    [],
  ];
  for (let i = 0; i < columns.length;) {
    const col = columns[i];
    if (!col) break;
    if (col.group === null) {
      rows[1]?.push({ kind: 'header', text: col.label, rowSpan: 2 });
      i += 1;
      continue;
    }
    let end = i;
    while (columns[end]?.group === col.group) end += 1;
    rows[1]?.push({ kind: 'header', text: col.group, colSpan: end - i });
    for (const member of columns.slice(i, end))
      rows[2]?.push({ kind: 'header', text: member.label });
    i = end;
  }

  const outer = def.applicationGroups[0];
  const groupLabel = new Map(def.applicationGroups.map((g) => [g.key, g.label]));
  const inBlock = (row: ApplicationRowDef): boolean => row.group !== null;
  const blockHeight = def.applicationRows.filter(inBlock).length;
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
        const previous = def.applicationRows[index - 1];
        if (previous?.group !== row.group) {
          let height = 0;
          while (def.applicationRows[index + height]?.group === row.group) height += 1;
          labels.push({
            kind: 'label',
            text: groupLabel.get(row.group ?? '') ?? '',
            rowSpan: height,
          });
        }
        labels.push({ kind: 'label', text: row.label });
      }
    }
    rows.push([
      ...labels,
      ...columns.map((col): LayoutCell => ({
        kind: 'data',
        text: '',
        path: cellPath('applications', row.key, col.key),
      })),
    ]);
  });
  return {
    id: 'applications',
    columns: LABEL_COLUMNS + columns.length,
    headerRows: 3,
    rows,
    groupStarts: [0],
  };
}
