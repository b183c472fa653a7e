import { XxgkError } from '@xxgk/model';
import { decodeText } from '../decode.js';
import { proactiveChannel, PROACTIVE_CHANNEL_LABELS, type ProactiveChannel } from './channels.js';
import { FIELD_LABELS, headerColumns, REQUIRED_FIELDS, type RegisterField } from './columns.js';
import { parseCsv } from './csv.js';
import { serialDate, textDate } from './register-date.js';
import { readFirstSheet, type SheetValue } from './xlsx.js';

/** One valid row of a proactive-disclosure register. */
export interface ProactiveRow {
  /** Line (CSV) or row number (XLSX) the item came from. */
  line: number;
  title: string;
  /** `YYYY-MM-DD`. */
  publishedOn: string;
  channel: ProactiveChannel;
  /** 类别/栏目; empty when the file has no such column or the cell is blank. */
  category: string;
}

/** A row that was not taken, with its line and the reason in Chinese. */
export interface RejectedRow {
  line: number;
  message: string;
}

/** The whole file read: every non-blank row is in exactly one of the two lists. */
export interface ProactiveRegister {
  rows: ProactiveRow[];
  rejected: RejectedRow[];
}

/** Options of {@link parseProactiveRegister}. */
export interface RegisterOptions {
  fileName?: string;
  /** Latest acceptable publication date (`YYYY-MM-DD`); rows dated later are rejected. */
  latest?: string;
  /** Most data rows accepted; a longer file is refused whole. */
  maxRows?: number;
}

/** A register has at most this many rows unless the caller says otherwise. */
export const MAX_REGISTER_ROWS = 50_000;
/** Longest title kept; longer text is a pasted body, not a title. */
const MAX_TITLE = 500;
const MAX_CATEGORY = 100;
const EARLIEST = '1990-01-01';

interface RawRow {
  line: number;
  cells: SheetValue[];
}

const text = (v: SheetValue | undefined): string =>
  v === null || v === undefined ? '' : String(v).replace(/\s+/gu, ' ').trim();

function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => text(c) === '');
}

/** XLSX by its ZIP signature, old binary Excel by its OLE signature, anything else as text. */
function kindOf(bytes: Uint8Array): 'xlsx' | 'xls' | 'csv' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'xls';
  return 'csv';
}

function readRows(
  bytes: Uint8Array,
  fileName: string | undefined,
): { rows: RawRow[]; date1904: boolean } {
  const kind = kindOf(bytes);
  if (kind === 'xls')
    throw new XxgkError(
      'input.unsupported',
      `${named(fileName)}是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再导入。`,
    );
  if (kind === 'xlsx') return readFirstSheet(bytes, fileName);
  // decodeText: BOM, strict UTF-8, then GBK/GB18030 by evidence (Excel's "CSV" on Chinese Windows).
  return { rows: parseCsv(decodeText(bytes, { fileName })), date1904: false };
}

function named(fileName: string | undefined): string {
  return fileName ? `文件“${fileName}”` : '该文件';
}

function dateOf(value: SheetValue | undefined, date1904: boolean): string | null {
  if (typeof value === 'number') {
    // 20250301 typed into a number cell is a date written without separators, not a serial.
    return value >= 19000101 && value <= 99991231
      ? textDate(String(value))
      : serialDate(value, date1904);
  }
  return textDate(text(value));
}

/**
 * Reads a proactive-disclosure register (主动公开信息登记表) from CSV (UTF-8 with or without BOM,
 * GBK/GB18030) or XLSX (first worksheet). The header row is the first row naming at least two
 * fields (标题/名称, 发布日期, 发布渠道, 类别/栏目, in any order; title rows above it are
 * skipped). Every non-blank row after it ends up either as a valid row or as a rejection with
 * its line and a Chinese reason — the file is read whole or refused whole, never half.
 * @throws XxgkError `input.not-report` when no header row names 标题, 发布日期 and 发布渠道;
 *   `input.too-large` above `maxRows`; `input.unsupported` for .xls; `input.unreadable` for
 *   undecodable bytes or a broken workbook.
 */
export function parseProactiveRegister(
  bytes: Uint8Array,
  options: RegisterOptions = {},
): ProactiveRegister {
  const { rows: raw, date1904 } = readRows(bytes, options.fileName);
  const headerAt = raw.findIndex((r) => headerColumns(r.cells.map(text)) !== null);
  const columns = headerAt >= 0 ? headerColumns(raw[headerAt]?.cells.map(text) ?? []) : null;
  const missing = REQUIRED_FIELDS.filter((f) => !columns?.has(f));
  if (!columns || missing.length > 0)
    throw new XxgkError(
      'input.not-report',
      `${named(options.fileName)}不是主动公开信息登记表：找不到${missing.map((f) => `“${FIELD_LABELS[f]}”`).join('、')}列。表头应包含“标题”“发布日期”“发布渠道”，可选“类别”。`,
    );
  const body = raw.slice(headerAt + 1).filter((r) => !isBlank(r));
  const maxRows = options.maxRows ?? MAX_REGISTER_ROWS;
  if (body.length > maxRows)
    throw new XxgkError(
      'input.too-large',
      `${named(options.fileName)}有 ${body.length} 行数据，超过了一次导入 ${maxRows} 行的上限，请分批导入。`,
    );

  const cell = (row: RawRow, field: RegisterField): SheetValue | undefined => {
    const i = columns.get(field);
    return i === undefined ? undefined : row.cells[i];
  };
  const result: ProactiveRegister = { rows: [], rejected: [] };
  const seen = new Map<string, number>();
  for (const row of body) {
    const problems: string[] = [];
    const title = text(cell(row, 'title'));
    if (title === '') problems.push('标题为空');
    else if (title.length > MAX_TITLE) problems.push(`标题超过 ${MAX_TITLE} 个字`);

    const dateCell = cell(row, 'publishedOn');
    const publishedOn = dateOf(dateCell, date1904);
    if (text(dateCell) === '') problems.push('发布日期为空');
    else if (publishedOn === null)
      problems.push(`发布日期“${text(dateCell)}”无法识别，应写作 2025-03-01 或 2025年3月1日`);
    else if (publishedOn < EARLIEST) problems.push(`发布日期 ${publishedOn} 早于 1990 年`);
    else if (options.latest !== undefined && publishedOn > options.latest)
      problems.push(`发布日期 ${publishedOn} 晚于今天（${options.latest}）`);

    const channelText = text(cell(row, 'channel'));
    const channel = proactiveChannel(channelText);
    if (channelText === '') problems.push('发布渠道为空');
    else if (channel === null)
      problems.push(
        `发布渠道“${channelText}”无法识别，应为${Object.values(PROACTIVE_CHANNEL_LABELS)
          .map((l) => `“${l}”`)
          .join('、')}之一`,
      );

    const category = text(cell(row, 'category'));
    if (category.length > MAX_CATEGORY) problems.push(`类别超过 ${MAX_CATEGORY} 个字`);

    if (problems.length === 0 && publishedOn !== null && channel !== null) {
      const key = `${title}\u0000${publishedOn}\u0000${channel}`;
      const first = seen.get(key);
      if (first !== undefined) {
        result.rejected.push({
          line: row.line,
          message: `与第 ${first} 行重复（标题、发布日期和发布渠道都相同）。`,
        });
        continue;
      }
      seen.set(key, row.line);
      result.rows.push({ line: row.line, title, publishedOn, channel, category });
    } else {
      result.rejected.push({ line: row.line, message: `${problems.join('；')}。` });
    }
  }
  return result;
}
