import {
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER_NOTE,
  cellPath,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type FormatDef,
  type Report,
} from '@xxgk/model';
import { cellText } from '../cell-text.js';
import {
  paragraphs,
  reportTitle,
  sectionHeading,
  sectionText,
  standalonePeriod,
} from '../document-parts.js';
import { escapeMarkdownInline, escapeMarkdownLine } from '../escape.js';
import type { RenderOptions } from '../findings.js';
import { findingsMarkdown } from './findings-markdown.js';

/** A pipe table: first column left-aligned (labels), the rest centred (numbers). */
function pipeTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c) => escapeMarkdownInline(c)).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => (i === 0 ? ':---' : ':---:')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function proactiveMarkdown(def: FormatDef, report: Report): string[] {
  return def.proactive.flatMap((table) => [
    `**${escapeMarkdownInline(table.caption)}**`,
    pipeTable(
      ['信息内容', ...table.fields.map((f) => f.label)],
      table.rows.map((row) => [
        row.label,
        ...table.fields.map((f) => cellText(report, cellPath('proactive', row.key, f.key))),
      ]),
    ),
  ]);
}

/**
 * Table 三 flattened: one column per applicant column, named with its group
 * (`法人或其他组织·商业企业`); one row per data row, named by its full label
 * (`三（三）1.属于国家秘密`), so no merged cell is needed to read a row.
 */
function applicationsMarkdown(def: FormatDef, report: Report): string[] {
  const columns = def.applicantColumns.map((key) => {
    const col = APPLICANT_COLUMNS.find((c) => c.key === key);
    return { key, label: col ? (col.group ? `${col.group}·${col.label}` : col.label) : key };
  });
  return [
    `*${escapeMarkdownInline(APPLICATIONS_HEADER_NOTE)}*`,
    pipeTable(
      ['项目', ...columns.map((c) => c.label)],
      def.applicationRows.map((row) => [
        row.fullLabel,
        ...columns.map((c) => cellText(report, cellPath('applications', row.key, c.key))),
      ]),
    ),
  ];
}

/** Table 四 flattened to one row per block (行政复议, 行政诉讼（未经复议直接起诉）, …). */
function reviewMarkdown(report: Report): string[] {
  return [
    pipeTable(
      ['项目', ...REVIEW_FIELDS.map((f) => f.label)],
      REVIEW_BLOCKS.map((block) => [
        block.group ? `${block.group}（${block.label}）` : block.label,
        ...REVIEW_FIELDS.map((f) => cellText(report, cellPath('review', block.key, f.key))),
      ]),
    ),
  ];
}

/**
 * The report as Markdown: the title, the six sections with their paragraphs, the tables as
 * pipe tables with merged cells flattened into full labels, and (with findings) a list of the
 * checker's findings at the end. Pure; stable output.
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const def = getFormat(report.format);
  const blocks: string[] = [`# ${escapeMarkdownInline(reportTitle(report))}`];
  const meta = [
    report.agency && `发布机关：${report.agency}`,
    report.publishedOn && `发布日期：${report.publishedOn}`,
    `表格格式：${def.name}（${def.issuedBy}）`,
  ].filter((s): s is string => typeof s === 'string' && s !== '');
  blocks.push(meta.map((m) => escapeMarkdownLine(m)).join('  \n'));
  const period = standalonePeriod(report);
  if (period !== undefined) blocks.push(escapeMarkdownLine(period));
  for (const section of def.sections) {
    blocks.push(`## ${escapeMarkdownInline(sectionHeading(section))}`);
    const text = sectionText(report, section);
    if (text !== undefined) blocks.push(...paragraphs(text).map((p) => escapeMarkdownLine(p)));
    if (section.key === 'proactive') blocks.push(...proactiveMarkdown(def, report));
    if (section.key === 'applications') blocks.push(...applicationsMarkdown(def, report));
    if (section.key === 'review') blocks.push(...reviewMarkdown(report));
  }
  if (options.findings) blocks.push(findingsMarkdown(report.format, options.findings));
  return `${blocks.join('\n\n')}\n`;
}
