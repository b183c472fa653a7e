import {
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER_NOTE,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type CellValue,
  type Report,
} from '@xxgk/model';
import { textWidth, type PageSpec, type PlacedText } from './write-pdf.js';

/**
 * How a synthetic report PDF is laid out: the quirks real PDFs show, as parameters, so that
 * property tests can vary them.
 */
export interface ReportPdfStyle {
  /** Size of the table text. */
  tableSize: number;
  /** Characters per line in the row-label column (longer labels wrap). */
  labelChars: number;
  /** Characters per line in the group-label column (（三）不予公开 …). */
  groupChars: number;
  /** Characters per line in header cells (商业企业 → 商业企 / 业). */
  headerChars: number;
  /** Values sit on the middle line of a wrapped label, or on its first line. */
  valueAlign: 'middle' | 'top';
  /** How far below the label's baseline the numbers sit (points). */
  valueDrop: number;
  /** Usable page height before a page break (points from the top margin). */
  pageBody: number;
  /** Page number text, e.g. `- 3 -` or `第 3 页`. */
  pageNumber: (n: number) => string;
}

/** The layout of the fixture's producer (WPS), roughly. */
export const WPS_LIKE: ReportPdfStyle = {
  tableSize: 7.45,
  labelChars: 14,
  groupChars: 4,
  headerChars: 3,
  valueAlign: 'middle',
  valueDrop: 2.3,
  pageBody: 690,
  pageNumber: (n) => `- ${n} -`,
};

interface Item {
  v: number;
  x: number;
  size: number;
  text: string;
}
/** A stretch of the flow that may not be split by a page break. */
interface Block {
  v0: number;
  v1: number;
}

const TOP = 80;
const LEFT = 76;
const BODY_SIZE = 16;

function wrap(text: string, perLine: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
  return out.length ? out : [''];
}

function show(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Lays a report out as PDF pages the way published reports are printed: title and narrative
 * as paragraphs, the tables with wrapped labels, group labels centred over their rows (the
 * 三、本年度办理结果 column one character per line), numbers off the labels' baseline,
 * headers broken over lines, page breaks inside tables with page numbers between.
 */
export function reportPdfPages(report: Report, style: ReportPdfStyle = WPS_LIKE): PageSpec[] {
  const items: Item[] = [];
  const blocks: Block[] = [];
  let v = 0;
  const s = style.tableSize;
  const pitch = 2 * s;

  const paragraph = (text: string, size = BODY_SIZE, indent = 0) => {
    for (const line of wrap(text, 26)) {
      items.push({ v: v + size, x: LEFT + indent, size, text: line });
      blocks.push({ v0: v, v1: v + size * 1.75 });
      v += size * 1.75;
    }
  };

  paragraph(report.agency ?? '某某局');
  paragraph(`${report.year ?? 2024}年政府信息公开工作年度报告`);
  paragraph(
    `本报告由${report.agency ?? '某某局'}编制。报告所列统计期限自${report.year ?? 2024}年1月1日至${report.year ?? 2024}年12月31日。`,
  );
  paragraph('一、总体情况');
  paragraph('本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，各项工作有序开展。');
  paragraph('二、主动公开政府信息情况');

  const format = getFormat(report.format);
  for (const table of format.proactive) {
    paragraph(table.caption, s * 1.3);
    const fieldX = (i: number) => 250 + i * ((520 - 250) / table.fields.length);
    const header = [
      { x: LEFT, lines: wrap('信息内容', style.headerChars + 2) },
      ...table.fields.map((f, i) => ({
        x: fieldX(i),
        lines: wrap(f.label, style.headerChars + 4),
      })),
    ];
    const hl = Math.max(...header.map((h) => h.lines.length));
    for (const h of header)
      h.lines.forEach((t, i) => items.push({ v: v + s + i * pitch, x: h.x, size: s, text: t }));
    blocks.push({ v0: v, v1: v + hl * pitch + s });
    v += hl * pitch + s;
    for (const row of table.rows) {
      const values = report.proactive[row.key] ?? {};
      items.push({ v: v + s, x: LEFT, size: s, text: row.label });
      table.fields.forEach((f, i) =>
        items.push({
          v: v + s + style.valueDrop,
          x: fieldX(i),
          size: s,
          text: show(values[f.key]),
        }),
      );
      blocks.push({ v0: v, v1: v + 3 * s });
      v += 3 * s;
    }
  }

  paragraph('三、收到和处理政府信息公开申请情况');
  // Columns as a word processor sizes them: each wide enough for its text plus padding.
  const pad = 1.2 * s;
  const C0 = LEFT;
  const C1 = C0 + s + pad;
  const C2 = C1 + style.groupChars * s + pad;
  const valuePitch = Math.max(38, 3 * s + pad);
  const labelChars = Math.max(
    4,
    Math.min(style.labelChars, Math.floor((560 - 7 * valuePitch - C2 - pad) / s)),
  );
  const valueLeft = C2 + labelChars * s + pad;
  const colX = (i: number) => valueLeft + valuePitch / 2 + i * valuePitch;
  const head0 = v;
  items.push({ v: v + s, x: 360, size: s, text: '申请人情况' });
  wrap(APPLICATIONS_HEADER_NOTE, Math.floor((valueLeft - LEFT - pad) / s)).forEach((t, i) =>
    items.push({ v: v + 3 * s + i * pitch, x: LEFT, size: s, text: t }),
  );
  items.push({ v: v + 3 * s, x: colX(1), size: s, text: '法人或其他组织' });
  APPLICANT_COLUMNS.forEach((c, i) => {
    const lines = c.group ? wrap(c.label, style.headerChars) : [c.label];
    const top = c.group ? v + 6 * s : v + 5 * s;
    lines.forEach((t, j) => items.push({ v: top + j * pitch, x: colX(i) - 4, size: s, text: t }));
  });
  v += 6 * s + 3 * pitch;
  blocks.push({ v0: head0, v1: v });

  const resultsStart = v;
  const groupSpans = new Map<string, { v0: number; v1: number; label: string }>();
  for (const row of format.applicationRows) {
    const group = row.group && row.group !== 'results' ? row.group : null;
    const x = row.group === null ? C0 : group ? C2 : C1;
    const perLine = row.group === null ? labelChars + 4 : group ? labelChars : labelChars + 2;
    const label = group ? row.label : row.label;
    const lines = wrap(label, perLine);
    const h = Math.max(lines.length, 1) * pitch + s;
    const r0 = v;
    lines.forEach((t, i) => items.push({ v: r0 + s + i * pitch, x, size: s, text: t }));
    const mid = style.valueAlign === 'middle' ? r0 + s + ((lines.length - 1) * pitch) / 2 : r0 + s;
    const values = report.applications[row.key] ?? {};
    APPLICANT_COLUMNS.forEach((c, i) => {
      const t = show(values[c.key]);
      if (t)
        items.push({
          v: mid + style.valueDrop,
          x: colX(i) - textWidth(t, s) / 2,
          size: s,
          text: t,
        });
    });
    blocks.push({ v0: r0, v1: r0 + h });
    v += h;
    if (group) {
      const g = format.applicationGroups.find((x) => x.key === group);
      const span = groupSpans.get(group) ?? { v0: r0, v1: v, label: g?.label ?? group };
      span.v1 = v;
      groupSpans.set(group, span);
    }
    if (row.key === 'totalProcessed') {
      const vertical = [...'三、本年度办理结果'];
      const top = (resultsStart + v) / 2 - (vertical.length * pitch) / 2;
      vertical.forEach((ch, i) => items.push({ v: top + s + i * pitch, x: C0, size: s, text: ch }));
    }
  }
  for (const span of groupSpans.values()) {
    const lines = wrap(span.label, style.groupChars);
    const top = (span.v0 + span.v1) / 2 - (lines.length * pitch) / 2 + s / 2;
    lines.forEach((t, i) => items.push({ v: top + s + i * pitch, x: C1, size: s, text: t }));
  }

  paragraph('四、政府信息公开行政复议、行政诉讼情况');
  const fieldX = (i: number) => LEFT + i * Math.max(29, 3.2 * s);
  const h0 = v;
  items.push({ v: v + s, x: fieldX(0), size: s, text: '行政复议' });
  items.push({ v: v + s, x: fieldX(5), size: s, text: '行政诉讼' });
  items.push({ v: v + s + pitch * 1.5, x: fieldX(5), size: s, text: '未经复议直接起诉' });
  items.push({ v: v + s + pitch * 1.5, x: fieldX(10), size: s, text: '复议后起诉' });
  REVIEW_BLOCKS.forEach((_, b) =>
    REVIEW_FIELDS.forEach((f, i) =>
      wrap(f.label, 2).forEach((t, j) =>
        items.push({ v: v + s + pitch * (3 + j * 1.5), x: fieldX(b * 5 + i), size: s, text: t }),
      ),
    ),
  );
  v += s + pitch * 6;
  REVIEW_BLOCKS.forEach((b, bi) =>
    REVIEW_FIELDS.forEach((f, i) => {
      const t = show(report.review[b.key]?.[f.key]);
      if (t) items.push({ v: v + s, x: fieldX(bi * 5 + i), size: Math.min(s, 8), text: t });
    }),
  );
  blocks.push({ v0: h0, v1: v + 3 * s });
  v += 3 * s;
  paragraph('五、存在的主要问题及改进情况');
  paragraph('政策解读质量仍需提升。下一步将加强培训。');
  paragraph('六、其他需要报告的事项');
  paragraph('本年度未收取信息处理费。');

  return paginate(items, blocks, style);
}

function paginate(items: Item[], blocks: Block[], style: ReportPdfStyle): PageSpec[] {
  const sorted = [...blocks].sort((a, b) => a.v0 - b.v0);
  const pageStarts: number[] = [sorted[0]?.v0 ?? 0];
  for (const b of sorted) {
    const start = pageStarts[pageStarts.length - 1] ?? 0;
    if (b.v1 - start > style.pageBody && b.v0 > start) pageStarts.push(b.v0);
  }
  const pages: PageSpec[] = pageStarts.map((_, i) => ({
    items: [{ x: 280, y: 800, size: 10.5, text: style.pageNumber(i + 1) }],
  }));
  for (const it of items) {
    if (it.text === '') continue;
    let p = 0;
    while (p + 1 < pageStarts.length && (pageStarts[p + 1] ?? Infinity) <= it.v - it.size / 2) p++;
    const placed: PlacedText = {
      x: it.x,
      y: TOP + it.v - (pageStarts[p] ?? 0),
      size: it.size,
      text: it.text,
    };
    pages[p]?.items.push(placed);
  }
  return pages;
}
