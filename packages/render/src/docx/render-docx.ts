import { cellLabel, type Finding, getFormat, type Report, tableLayouts } from '@xxgk/model';
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import {
  paragraphs,
  reportTitle,
  sectionHeading,
  sectionText,
  standalonePeriod,
} from '../document-parts.js';
import { findingsByCell, SEVERITY_LABELS, sortFindings, type RenderOptions } from '../findings.js';
import { docxTable } from './docx-table.js';
import { BODY_CHAR, FONT, LINE_PITCH, PAGE, SIZE } from './gbt9704.js';
import { xmlSafe } from './xml-safe.js';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function run(text: string, font: string, size: number = SIZE.body): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    size,
    font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: font, cs: font },
  });
}

/** A body paragraph: 3号 仿宋, first line indented two characters, exact 29 pt lines. */
function bodyParagraph(text: string, font: string = FONT.body): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 },
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(text, font)],
  });
}

/** A section heading (一、总体情况): 黑体 3号, kept with what follows. */
function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 },
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(text, FONT.heading)],
  });
}

/** A second-level heading of a narrative, （一）主动公开, printed in 楷体 as GB/T 9704 asks. */
const SUBHEADING = /^（[一二三四五六七八九十]{1,3}）[^。；;]{0,30}$/u;

function narrativeParagraph(text: string): Paragraph {
  return bodyParagraph(text, SUBHEADING.test(text) ? FONT.subheading : FONT.body);
}

function lineParagraph(text: string, align: Align, rightChars = 0): Paragraph {
  return new Paragraph({
    alignment: align,
    indent: rightChars > 0 ? { right: rightChars * BODY_CHAR } : undefined,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(text, FONT.body)],
  });
}

/** Characters of 2号 type on one line of the 156 mm type area. */
const TITLE_LINE = 20;
const TITLE_TAIL = '政府信息公开工作年度报告';

/**
 * The title's lines: GB/T 9704 wants a long title broken where the sense allows, not where
 * the line runs out ("…工作年 / 度报告"), so one that ends in the standard wording breaks
 * before it; any other title is left to wrap.
 * @see GB/T 9704-2012 7.3.3
 */
export function titleLines(title: string): string[] {
  const head = title.slice(0, title.length - TITLE_TAIL.length);
  if (title.length <= TITLE_LINE || !title.endsWith(TITLE_TAIL) || head.trim() === '')
    return [title];
  return [head, TITLE_TAIL];
}

function titleParagraphs(title: string): Paragraph[] {
  const lines = titleLines(title);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: lines.map(
        (line, i) =>
          new TextRun({
            text: xmlSafe(line),
            break: i > 0 ? 1 : undefined,
            size: SIZE.title,
            font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.title, cs: FONT.title },
          }),
      ),
    }),
    // GB/T 9704: one blank line between the title and the body.
    lineParagraph('', AlignmentType.LEFT),
  ];
}

/** `2025-01-20` → `2025年1月20日`, as a date is printed under a report. */
function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/**
 * Page numbers as GB/T 9704 prints them: "— 1 —" in 4号 宋体, right on odd pages and left on
 * even pages, one character in from the edge of the type area.
 */
function pageNumberFooter(align: Align): Footer {
  const side = { firstLine: 0, [align === AlignmentType.RIGHT ? 'right' : 'left']: 280 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: side,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: SIZE.pageNumber,
            font: { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, eastAsia: FONT.pageNumber },
          }),
        ],
      }),
    ],
  });
}

/** 附：核查发现 — the checker's findings after the signature, when the caller passes any. */
function findingsParagraphs(report: Report, findings: readonly Finding[]): Paragraph[] {
  if (findings.length === 0) return [];
  const out = [lineParagraph('', AlignmentType.LEFT), headingParagraph('附：核查发现')];
  for (const f of sortFindings(findings)) {
    const cells = f.cells.map((path) => cellLabel(report.format, path)).join('；');
    const where = cells === '' ? '' : `（${cells}）`;
    out.push(bodyParagraph(`【${SEVERITY_LABELS[f.severity]}】${f.message}${where}`));
  }
  return out;
}

/**
 * The report as a DOCX in the national format, for the clerk who files it: A4 with the
 * GB/T 9704 type area, the title, the six sections in order with their narrative paragraphs,
 * the three tables with exactly the official template's merged cells (generated from the
 * format data, 2021 or 2019), the issuing agency and date, and page numbers. With findings,
 * the cells they name are shaded and the findings are listed at the end.
 * @see 条例第五十条
 */
export async function renderDocx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  const def = getFormat(report.format);
  const layouts = tableLayouts(report.format);
  const byCell = findingsByCell(options.findings ?? []);
  const title = reportTitle(report);
  const children: (Paragraph | Table)[] = titleParagraphs(title);
  const period = standalonePeriod(report);
  if (period !== undefined) children.push(bodyParagraph(period));
  for (const section of def.sections) {
    children.push(headingParagraph(sectionHeading(section)));
    const text = sectionText(report, section);
    if (text !== undefined) children.push(...paragraphs(text).map(narrativeParagraph));
    if (section.key === 'proactive' || section.key === 'applications' || section.key === 'review') {
      children.push(docxTable(layouts[section.key], report, byCell));
      // Word cannot end a cell run straight into the next heading without an empty paragraph.
      children.push(lineParagraph('', AlignmentType.LEFT));
    }
  }
  const signature = [report.agency, report.publishedOn && chineseDate(report.publishedOn)];
  const signed = signature.filter((s): s is string => typeof s === 'string' && s !== '');
  if (signed.length > 0) {
    children.push(lineParagraph('', AlignmentType.LEFT));
    for (const line of signed) children.push(lineParagraph(line, AlignmentType.RIGHT, 4));
  }
  children.push(...findingsParagraphs(report, options.findings ?? []));

  const doc = new Document({
    title,
    creator: 'xxgk',
    description: `${def.name}（${def.issuedBy}）`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            // Chinese as the East Asian language: Word picks CJK punctuation and line breaking by it.
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
            size: SIZE.body,
            font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.body, cs: FONT.body },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margins, header: PAGE.header, footer: PAGE.footer },
          },
        },
        footers: {
          default: pageNumberFooter(AlignmentType.RIGHT),
          even: pageNumberFooter(AlignmentType.LEFT),
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
