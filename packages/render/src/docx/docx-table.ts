import {
  type Finding,
  type LayoutCell,
  layoutGrid,
  type Report,
  type TableLayout,
} from '@xxgk/model';
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { cellText } from '../cell-text.js';
import { FONT, SIZE, TYPE_AREA_WIDTH } from './gbt9704.js';
import { CELL_MARGIN, fitTable, LABEL_GAP, type TableFit } from './table-fit.js';
import { xmlSafe } from './xml-safe.js';

/** Cell fill of a cell named by a finding, by its most severe finding (light, prints in grey). */
const FINDING_FILL: Readonly<Record<Finding['severity'], string>> = {
  error: 'F4CCCC',
  warning: 'FFF2CC',
  info: 'DDEBF7',
};

/** The template's light blue behind 第二十条第（一）项 and the other caption rows of table 二. */
const CAPTION_FILL = 'C6D9F1';

/** The template's borders: single lines of 1 pt (sz 8) around every cell. */
const BORDER = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;

/** The template's minimum row height (6 mm). */
const ROW_HEIGHT = 340;

function alignment(
  layout: TableLayout,
  cell: LayoutCell,
): (typeof AlignmentType)[keyof typeof AlignmentType] {
  // The template left-aligns the long row labels of table 三 and centres everything else.
  if (cell.kind === 'label' && layout.id === 'applications') return AlignmentType.LEFT;
  if (cell.kind === 'caption') return AlignmentType.LEFT;
  return AlignmentType.CENTER;
}

/** Size and character scale of a cell's text: numbers as the table's fit says, the rest 五号. */
interface Type {
  size: number;
  scale: number;
}

const LABEL_TYPE: Type = { size: SIZE.table, scale: 100 };

function paragraph(
  text: string,
  align: (typeof AlignmentType)[keyof typeof AlignmentType],
  keepNext: boolean,
  type: Type = LABEL_TYPE,
): Paragraph {
  return new Paragraph({
    alignment: align,
    keepNext,
    spacing: { before: 0, after: 0, line: 240 },
    children:
      text === ''
        ? []
        : [
            new TextRun({
              text: xmlSafe(text),
              size: type.size,
              scale: type.scale === 100 ? undefined : type.scale,
              font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.table, cs: FONT.table },
            }),
          ],
  });
}

/**
 * A national table as a DOCX table with exactly the template's merged cells: one `w:tc` with
 * `w:gridSpan` per printed cell, a `w:vMerge` restart where a cell reaches down and a
 * `w:vMerge` continue cell (same span) in each row it covers; the header rows repeat on every
 * page and a table that fits on a page is kept whole. Data cells print their value (see
 * {@link cellText}) on one line, the columns sized by {@link fitTable}; the caption rows of
 * table 二 are shaded as the template shades them, and cells named by findings by severity.
 */
export function docxTable(
  layout: TableLayout,
  report: Report,
  findingsByPath: ReadonlyMap<string, readonly Finding[]>,
): Table {
  const grid = layoutGrid(layout);
  const fit: TableFit = fitTable(layout, report);
  const widths = fit.widths;
  const numbers: Type = { size: fit.numberSize, scale: fit.numberScale };
  const headers: Type = { size: fit.headerSize, scale: 100 };
  const rows = grid.map((slots, r) => {
    const cells: TableCell[] = [];
    // Keeping every row with the next moves a table that would break onto the next page whole
    // (each national table fits on one page); the header rows still repeat if it cannot.
    const keep = r < grid.length - 1;
    for (let c = 0; c < slots.length;) {
      const slot = slots[c];
      if (!slot) break;
      const span = slot.cell.colSpan ?? 1;
      const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      const common = {
        columnSpan: span > 1 ? span : undefined,
        width: { size: width, type: WidthType.DXA },
        borders: BORDERS,
        margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
        verticalAlign: VerticalAlignTable.CENTER,
      };
      if (slot.origin) {
        const cell = slot.cell;
        const text = cell.kind === 'data' && cell.path ? cellText(report, cell.path) : cell.text;
        const severity = cell.path ? findingsByPath.get(cell.path)?.[0]?.severity : undefined;
        cells.push(
          new TableCell({
            ...common,
            ...(cell.kind === 'label'
              ? { margins: { ...common.margins, right: CELL_MARGIN + LABEL_GAP } }
              : {}),
            verticalMerge: (cell.rowSpan ?? 1) > 1 ? VerticalMergeType.RESTART : undefined,
            shading: severity
              ? { type: ShadingType.CLEAR, color: 'auto', fill: FINDING_FILL[severity] }
              : cell.kind === 'caption'
                ? { type: ShadingType.CLEAR, color: 'auto', fill: CAPTION_FILL }
                : undefined,
            children: [
              paragraph(
                text,
                alignment(layout, cell),
                keep,
                cell.kind === 'data' ? numbers : cell.kind === 'header' ? headers : LABEL_TYPE,
              ),
            ],
          }),
        );
      } else if (slot.col === c) {
        // A row covered by a cell from above: Word wants a continue cell of the same span.
        cells.push(
          new TableCell({
            ...common,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [paragraph('', AlignmentType.CENTER, keep)],
          }),
        );
      }
      c += span;
    }
    return new TableRow({
      children: cells,
      // No cantSplit: together with repeated header rows it makes LibreOffice drop the rows
      // under a cell merged down 22 rows.
      tableHeader: r < layout.headerRows,
      height: { value: ROW_HEIGHT, rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}
