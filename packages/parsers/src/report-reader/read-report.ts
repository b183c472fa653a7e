import {
  getFormat,
  REVIEW_BLOCKS,
  XxgkError,
  type CellValue,
  type FormatId,
  type Heading,
  type ParsedDocument,
  type Report,
} from '@xxgk/model';
import { withoutCutFigure } from '../cut-figure.js';
import type { ReadOptions, SourceDocument } from '../source-document.js';
import { artefactsIn } from './clean-text.js';
import { detectFormat } from './detect-format.js';
import { findHeadings, type FoundHeading } from './headings.js';
import { matchLabels, type LabelMatches } from './match-labels.js';
import {
  agencyFromChrome,
  agencyFromTitle,
  closingAgency,
  findPeriod,
  findTitle,
  labelledDate,
  narrativeYear,
  signatureDate,
  topDate,
  yearOfTitle,
} from './metadata.js';
import { narrativeSections } from './narrative.js';
import { readTables } from './read-tables.js';
import { layOutText } from '../text/text-lines.js';
import { TokenBuilder, tokenize, type TokenStream } from './tokens.js';

/**
 * Reads a report from a document's lines, whatever reader produced them: one table reader
 * for every layout. Finds the section headings, detects the format from the tables, reads
 * every table cell it can place (with where it came from), and the metadata and narrative.
 * @throws XxgkError `input.no-tables` when the document looks like a report but has no table
 *   cell the reader can place; `input.not-report` when it does not look like a report at all.
 */
export function readReport(doc: SourceDocument, options: ReadOptions = {}): ParsedDocument {
  return readStream(tokenize(doc), doc.source, doc.hints, options);
}

/**
 * Reads a report from decoded plain text: the text reader's layout straight into the
 * report reader, without building the intermediate SourceDocument.
 * @throws XxgkError as {@link readReport}.
 */
export function readReportText(input: string, options: ReadOptions = {}): ParsedDocument {
  // A partial capture may stop inside a figure (12 of 123): that cell is left out.
  const text = withoutCutFigure(input);
  const builder = new TokenBuilder(artefactsIn(text));
  layOutText(text, builder);
  return readStream(builder.finish(), 'text', undefined, options);
}

function readStream(
  stream: TokenStream,
  source: ParsedDocument['source'],
  hints: SourceDocument['hints'],
  options: ReadOptions,
): ParsedDocument {
  const labels = matchLabels(stream);
  const headings = findHeadings(stream, labels);
  const lines = stream.lineTexts;
  const text = lines.join('\n');

  const firstTableLine = firstLabelLine(stream, labels);
  const topEnd = Math.min(headings[0] ? headings[0].line - 1 : lines.length, firstTableLine);
  const title = findTitle(lines, topEnd) ?? titleFromHint(hints?.title);
  const titleYear = yearOfTitle(title);
  const period = findPeriod(text);
  const proactiveHeading = headings.find((h) => h.key === 'proactive');
  const narrativeEnd = Math.min(
    proactiveHeading ? proactiveHeading.line - 1 : lines.length,
    firstTableLine,
  );
  const year = period?.year ?? titleYear ?? narrativeYear(lines, narrativeEnd);
  const format = detectFormat(stream, labels, year);
  const tables = readTables(stream, labels, format, headings);
  if (tables.cellCount === 0) throw notReadable(text, title, headings, labels, options);

  const lastHeading = headings[headings.length - 1];
  const signature = signatureDate(lines, lastHeading ? lastHeading.line : 0);
  const hintDate = hints?.publishedOn;
  const publishedOn =
    labelledDate(lines) ??
    topDate(lines, topEnd) ??
    (hintDate && /^\d{4}-\d{2}-\d{2}$/u.test(hintDate) ? hintDate : null) ??
    signature?.date ??
    null;
  const signatureAgency =
    signature && signature.line > 0
      ? signatureName(lines[signature.line - 1])
      : closingAgency(lines, lastHeading ? lastHeading.line - 1 : 0);

  const report: Report = {
    format,
    year,
    agency: agencyFromTitle(title) ?? agencyFromChrome(lines) ?? signatureAgency,
    title,
    publishedOn,
    proactive: ordered(tables.proactive, proactiveOrder(format)),
    applications: ordered(tables.applications, applicationOrder(format)),
    review: ordered(tables.review, REVIEW_ORDER),
    sections: narrativeSections(lines, headings, signature?.line ?? null),
    notes: tables.notes,
    titleYear,
    period,
  };
  return {
    report,
    provenance: tables.provenance,
    problems: tables.problems,
    text,
    outline: headings.map(toHeading),
    source,
  };
}

function toHeading(found: FoundHeading): Heading {
  return {
    key: found.key,
    ordinal: found.ordinal,
    text: found.text,
    line: found.line,
    standard: found.standard,
  };
}

function firstLabelLine(stream: TokenStream, labels: LabelMatches): number {
  const first = labels.matches.find((m) => !GENERIC_LABELS.has(m.key));
  return first
    ? (stream.tokens[first.start]?.line ?? stream.lineTexts.length)
    : stream.lineTexts.length;
}

/**
 * Label keys that are also ordinary words of a page's chrome: `主题分类： | 其他` in the 索引号
 * table above the report is no table of the report, and taken for one it hid the title below.
 */
const GENERIC_LABELS: ReadonlySet<string> = new Set(['其他', '总计', '合计', '小计']);

/** An HTML <title> often appends the site name: keep the part that is the report's title. */
function titleFromHint(hint: string | undefined): string | null {
  if (!hint) return null;
  const part = hint
    .split(/[_|｜]|\s[-—–]\s/u)
    .map((p) => p.trim())
    .find((p) => /年度报告|年度報告|年报|年報/u.test(p));
  return part && part.length <= 80 ? part : null;
}

function signatureName(line: string | undefined): string | null {
  const text = (line ?? '').trim();
  return text.length >= 2 && text.length <= 40 && !/[。，,；;：:\d]/u.test(text) ? text : null;
}

const REVIEW_ORDER = REVIEW_BLOCKS.map((b) => b.key) as string[];

const PROACTIVE_ORDER: Readonly<Record<FormatId, readonly string[]>> = {
  '2021': getFormat('2021').proactive.flatMap((t) => t.rows.map((r) => r.key)),
  '2019': getFormat('2019').proactive.flatMap((t) => t.rows.map((r) => r.key)),
};
const APPLICATION_ORDER: Readonly<Record<FormatId, readonly string[]>> = {
  '2021': getFormat('2021').applicationRows.map((r) => r.key),
  '2019': getFormat('2019').applicationRows.map((r) => r.key),
};

function proactiveOrder(format: FormatId): readonly string[] {
  return PROACTIVE_ORDER[format];
}

function applicationOrder(format: FormatId): readonly string[] {
  return APPLICATION_ORDER[format];
}

/** The rows in table order (JSON output reads like the printed table). */
function ordered(
  rows: ReadonlyMap<string, Record<string, CellValue>>,
  order: readonly string[],
): Record<string, Record<string, CellValue>> {
  const out: Record<string, Record<string, CellValue>> = {};
  if (rows.size === 0) return out;
  for (const key of order) {
    const row = rows.get(key);
    if (row !== undefined) out[key] = row;
  }
  return out;
}

function notReadable(
  text: string,
  title: string | null,
  headings: readonly FoundHeading[],
  labels: LabelMatches,
  options: ReadOptions,
): XxgkError {
  const name = options.fileName ? `文件“${options.fileName}”` : '该文档';
  const keyed = new Set(headings.map((h) => h.key).filter((k) => k !== null));
  const looksLikeReport =
    title !== null ||
    keyed.size >= 2 ||
    labels.matches.length >= 3 ||
    /(?:政府信息|政府資訊)公[开開]工作(?:年度[报報]告|年[报報])/u.test(text);
  if (text.trim() === '') return new XxgkError('input.empty', `${name}没有任何文字内容。`);
  if (looksLikeReport)
    return new XxgkError(
      'input.no-tables',
      `${name}像是政府信息公开工作年度报告，但没有找到可读取的统计表格（主动公开、依申请公开、行政复议和行政诉讼三部分的表格）。若表格是图片或扫描件，请提供含文字表格的版本。`,
    );
  return new XxgkError(
    'input.not-report',
    `${name}不是政府信息公开工作年度报告：其中既没有年度报告的标题和章节（一、总体情况 至 六、其他需要报告的事项），也没有年度报告的统计表格。`,
  );
}
