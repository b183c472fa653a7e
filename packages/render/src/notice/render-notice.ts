import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { BODY_CHAR, FONT, LINE_PITCH, PAGE, SIZE } from '../docx/gbt9704.js';
import { xmlSafe } from '../docx/xml-safe.js';
import { noticeText } from './notice-text.js';
import type { NoticeInput } from './types.js';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

function run(text: string, font: string = FONT.body, size: number = SIZE.body): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    size,
    font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: font, cs: font },
  });
}

function line(children: ParagraphChild[], align: Align, indent?: object): Paragraph {
  return new Paragraph({ alignment: align, spacing: EXACT, indent, children });
}

/**
 * A notice as a DOCX in the GB/T 9704 look: A4 with the official type area, the title in 2号
 * 小标宋 centred, the case number centred under it in 3号 仿宋, the addressee flush left, the
 * body in 3号 仿宋 with a two-character first-line indent on exact 29 pt lines, and the agency
 * and date right-aligned four characters in.
 * @see GB/T 9704-2012 第7章
 * @throws XxgkError `usage` for an unknown kind.
 */
export async function renderNotice(kind: string, input: NoticeInput): Promise<Uint8Array> {
  const text = noticeText(kind, input);
  const body = { firstLine: 2 * BODY_CHAR, firstLineChars: 200 };
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [run(text.title, FONT.title, SIZE.title)],
    }),
    line([run(text.number)], AlignmentType.CENTER),
    line([run('')], AlignmentType.LEFT),
    line([run(`${text.salutation}：`)], AlignmentType.LEFT),
    ...text.paragraphs.map((p) => line([run(p)], AlignmentType.JUSTIFIED, body)),
    line([run('')], AlignmentType.LEFT),
    ...text.signature.map((s) => line([run(s)], AlignmentType.RIGHT, { right: 4 * BODY_CHAR })),
  ];
  const doc = new Document({
    title: `${text.title}${text.number}`,
    creator: 'xxgk',
    styles: {
      default: {
        document: {
          run: {
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
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
