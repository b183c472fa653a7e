import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { getFormat, type Report, tableLayouts } from '@xxgk/model';
import { cellText } from '../../cell-text.js';
import { paragraphs, reportTitle, sectionHeading, sectionText } from '../../document-parts.js';

const zh = { eastAsia: 'zh-CN' } as const;
const run = (text: string, font: string, halfPoints: number): TextRun =>
  new TextRun({
    text,
    font: { ascii: font, hAnsi: font, eastAsia: font },
    size: halfPoints,
    language: zh,
  });

/**
 * A DOCX of a report in the national layout, made with the `docx` library for the converter
 * tests: 方正小标宋简体 title, 黑体 headings, 仿宋_GB2312 text, the three tables with the
 * template's merged cells. (Tests only; the product's DOCX writer lives in render/src/docx.)
 */
export async function sampleDocx(report: Report): Promise<Uint8Array> {
  const def = getFormat(report.format);
  const layouts = tableLayouts(report.format);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(reportTitle(report), '方正小标宋简体', 44)],
    }),
  ];
  for (const section of def.sections) {
    children.push(new Paragraph({ children: [run(sectionHeading(section), '黑体', 32)] }));
    const text = sectionText(report, section);
    for (const p of text ? paragraphs(text) : [])
      children.push(
        new Paragraph({ indent: { firstLine: 640 }, children: [run(p, '仿宋_GB2312', 32)] }),
      );
    const layout =
      section.key === 'proactive' || section.key === 'applications' || section.key === 'review'
        ? layouts[section.key]
        : undefined;
    if (!layout) continue;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: layout.rows.map(
          (cells) =>
            new TableRow({
              children: cells.map(
                (cell) =>
                  new TableCell({
                    rowSpan: cell.rowSpan,
                    columnSpan: cell.colSpan,
                    verticalAlign: VerticalAlign.CENTER,
                    children: [
                      new Paragraph({
                        alignment: AlignmentType.CENTER,
                        children: [
                          run(
                            cell.path === undefined ? cell.text : cellText(report, cell.path),
                            '宋体',
                            20,
                          ),
                        ],
                      }),
                    ],
                  }),
              ),
            }),
        ),
      }),
    );
  }
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
