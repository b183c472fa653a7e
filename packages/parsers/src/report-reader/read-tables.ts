import {
  APPLICANT_COLUMN_KEYS,
  cellPath,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type ApplicationRowDef,
  type CellValue,
  type FormatId,
  type ParseProblem,
  type Provenance,
  type ReviewBlockKey,
  type TableSection,
} from '@xxgk/model';
import { readCellValue, type ValueRules } from './cell-value.js';
import type { FoundHeading } from './headings.js';
import type { LabelMeaning } from './label-index.js';
import { isValueLike, meaningsIn, type LabelMatch, type LabelMatches } from './match-labels.js';
import type { Token, TokenStream } from './tokens.js';
import { keyOf } from './label-key.js';

/** A unit column's cell (`件`, `（件）`, `万元`): printed between a row's label and its figures. */
const UNIT_CELL = /^[（(]?(?:件|个|项|条|次|宗|份|元|万元)[)）]?$/u;

/** The row key of 三（六）3.其他, and the key of its label printed without a number. */
const OTHER_HANDLING_OTHER = 'otherHandling.other';
const OTHER_KEY = keyOf('其他');

/**
 * A 序号 (row number) column's header cell, spaced or not — or a header line that opens with
 * it, where single-space rows leave a header as one text (`序号 结果维持 结果纠正 …`).
 */
const ROW_NUMBER_HEADER = /^序[\s\u3000]*号(?:$|[\s\u3000])/u;

/** A 备注 (remarks) column's header cell, or a header line that ends with it. */
const NOTE_HEADER = /(?:^|[\s\u3000])备[\s\u3000]*注$/u;

/** The label keys of table 四's result columns, in field order (结果维持 … 总计). */
const REVIEW_FIELD_KEYS: readonly string[] = REVIEW_FIELDS.map((f) => keyOf(f.label));

/** The three tables of a report as read from a document. */
export interface TableReading {
  /**
   * Each table's rows by row key, in the order they were read (the report lists them in table
   * order: see read-report's `ordered`, which builds the report's objects from these).
   */
  proactive: ReadonlyMap<string, Record<string, CellValue>>;
  applications: ReadonlyMap<string, Record<string, CellValue>>;
  review: ReadonlyMap<string, Record<string, CellValue>>;
  notes: Record<string, string>;
  provenance: Record<string, Provenance>;
  problems: ParseProblem[];
  /** How many cells were read (0 means the document has no recognisable table). */
  cellCount: number;
}

/** The cells that follow a row label, and whether the document ends before the row does. */
interface RowCells {
  cells: Token[];
  cut: boolean;
}

/** The columns of a table row, in order, with what each one allows. */
type Columns = readonly ({ key: string } & ValueRules)[];

/** Table 三's seven applicant columns as columns (they allow nothing special). */
const APPLICANT_FIELDS: Columns = APPLICANT_COLUMN_KEYS.map((key) => ({ key }));

const REVIEW_CELLS = REVIEW_BLOCKS.length * REVIEW_FIELDS.length;

/**
 * Cell paths by section, columns and row, built once: a report has a few hundred cells and the
 * same paths every time. Looked up once per row (not per cell): the paths of a row's columns
 * by column index.
 */
const PATHS: Record<TableSection, WeakMap<Columns, Map<string, readonly string[]>>> = {
  proactive: new WeakMap(),
  applications: new WeakMap(),
  review: new WeakMap(),
};

/** The paths of one row's cells, by column index. */
function rowPaths(section: TableSection, row: string, columns: Columns): readonly string[] {
  let rows = PATHS[section].get(columns);
  if (rows === undefined) {
    rows = new Map();
    PATHS[section].set(columns, rows);
  }
  let paths = rows.get(row);
  if (paths === undefined) {
    paths = columns.map((column) => cellPath(section, row, column.key));
    rows.set(row, paths);
  }
  return paths;
}

/** A row being filled: its values and the paths of its cells, looked up once for the row. */
interface RowTarget {
  values: Record<string, CellValue>;
  columns: Columns;
  paths: readonly string[];
}

/**
 * The value of a plain run of ASCII digits (up to twelve), the cell nearly every table is made
 * of, or -1: read as the digits go by, without Number() converting the string a second time.
 */
function digitsValue(text: string): number {
  if (text.length === 0 || text.length > 12) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Where a cell came from: its line in `ParsedDocument.text`, and its table position if any. */
function provenanceOf(token: Token, text: string): Provenance {
  const { source } = token;
  const out: Provenance = { line: token.line + 1, text };
  if (source === undefined) return out;
  if (source.table !== undefined) out.table = source.table;
  if (source.row !== undefined) out.row = source.row;
  if (source.col !== undefined) out.col = source.col;
  if (source.page !== undefined) out.page = source.page;
  return out;
}

/** Reads the section 二, 三 and 四 tables of a tokenised document in one format. */
export function readTables(
  stream: TokenStream,
  labels: LabelMatches,
  format: FormatId,
  headings: readonly FoundHeading[],
): TableReading {
  const reader = new TableReader(stream, labels, format);
  const { matches } = labels;
  // Section 二's rows first: reports often add a small table of the same labels (行政许可 |
  // 356) in 一、总体情况, and the row that counts is the one section 二 or its caption holds.
  const bound = proactiveRowsInPlace(reader.meanings, matches, headings);
  for (const k of bound) reader.readProactiveRow(k, format);
  for (let k = 0; k < matches.length; k += 1) {
    const match = matches[k] as LabelMatch;
    if (!bound.has(k)) reader.readProactiveRow(k, format);
    for (const meaning of reader.meanings[k] ?? [])
      if (meaning.kind === 'appRow') reader.readApplicationRow(match, meaning.row);
  }
  reader.readUnnumberedOther();
  reader.readBlankTable('proactive', headings);
  reader.readBlankTable('applications', headings);
  reader.readReview(headings);
  reader.reportUnknownRows();
  return reader.result;
}

/**
 * The matches of section 二 rows that sit where the row belongs: inside section 二 (from its
 * heading to the next), after their own table's caption (第二十条第（五）项 before 行政许可)
 * with no other caption in between, or under their own table's column header (本年处理决定数量
 * before 行政许可). Their reading wins over a match elsewhere.
 */
function proactiveRowsInPlace(
  meanings: readonly (readonly LabelMeaning[])[],
  matches: readonly LabelMatch[],
  headings: readonly FoundHeading[],
): Set<number> {
  const heading = headings.findIndex((h) => h.key === 'proactive');
  const from = heading >= 0 ? (headings[heading]?.token ?? -1) : -1;
  const to = heading >= 0 ? (headings[heading + 1]?.token ?? Infinity) : -1;
  const bound = new Set<number>();
  let caption = -1;
  // The sub-tables whose column header (本年处理决定数量, 本年制发件数 …) came last: a row under
  // its own table's header belongs there even without a caption or a 二 heading.
  let fields: number[] = [];
  for (let k = 0; k < matches.length; k += 1) {
    const list = meanings[k] ?? [];
    if (list.some((m) => m.kind === 'proField')) {
      fields = [];
      for (const m of list) if (m.kind === 'proField') fields.push(m.table);
    }
    for (const meaning of list) {
      if (meaning.kind === 'caption') caption = meaning.table;
      else if (meaning.kind === 'proRow') {
        const start = (matches[k] as LabelMatch).start;
        if (
          (start > from && start < to) ||
          caption === meaning.table ||
          fields.includes(meaning.table)
        )
          bound.add(k);
      }
    }
  }
  return bound;
}

class TableReader {
  readonly result: TableReading = {
    proactive: new Map(),
    applications: new Map(),
    review: new Map(),
    notes: {},
    provenance: {},
    problems: [],
    cellCount: 0,
  };

  /**
   * Each match's meanings in the document's format, by match index, looked up once: they are
   * keyed by format ids, which objects store as sparse array indices (a slow lookup), and the
   * tables asked for each match's meanings several times.
   */
  readonly meanings: (readonly LabelMeaning[])[];

  constructor(
    private readonly stream: TokenStream,
    private readonly labels: LabelMatches,
    private readonly format: FormatId,
  ) {
    this.meanings = labels.matches.map((match) => meaningsIn(match, format));
  }

  /** The section 二 row of match k (its first proRow meaning), if not read yet. */
  readProactiveRow(k: number, format: FormatId): void {
    const match = this.labels.matches[k];
    if (!match) return;
    for (const meaning of this.meanings[k] ?? []) {
      if (meaning.kind !== 'proRow') continue;
      const table = getFormat(format).proactive[meaning.table];
      if (table) this.readRow('proactive', meaning.row.key, match, table.fields);
    }
  }

  /** A section 二 row or a table 四 block: its cells in column order. */
  readRow(section: TableSection, row: string, match: LabelMatch, columns: Columns): void {
    if (this.has(section, row)) return;
    const { cells, cut } = this.cellsAfter(match.end, columns.length);
    if (cells.length === 0) return;
    if (cells.length < columns.length && !cut) {
      this.shortRow(match, cells.length, columns.length);
      return;
    }
    const target = this.rowTarget(section, row, columns);
    for (let i = 0; i < cells.length && i < columns.length; i += 1)
      this.set(target, i, cells[i] ?? null, match);
  }

  /** A table 三 row: seven applicant columns. */
  readApplicationRow(match: LabelMatch, row: ApplicationRowDef): void {
    if (this.has('applications', row.key)) return;
    const columns = APPLICANT_FIELDS;
    const { cells, cut } = this.cellsAfter(match.end, columns.length);
    if (cells.length === 0) return;
    const [first, last] = cells;
    const twoEqual =
      cells.length === 2 &&
      first?.cls === 'number' &&
      last?.cls === 'number' &&
      first.text === last.text;
    if (cells.length === columns.length || cut) {
      const target = this.rowTarget('applications', row.key, columns);
      // Two equal figures where the document ends: the first two columns of a cut row, or a
      // whole row whose empty cells a capture collapsed (自然人 and 总计, as read below). The
      // first is 自然人 in both readings; the second figure's column is not known.
      const known = cut && twoEqual && columns.length > 2 ? 1 : cells.length;
      for (let i = 0; i < known && i < columns.length; i += 1)
        this.set(target, i, cells[i] ?? null, match);
      return;
    }
    // Captures that collapse empty cells into a run of pipes lose their positions. Two equal
    // numbers can only be one applicant column and its total; the first column (自然人) is
    // the one nearly every report fills, so that is how they are read, and said so.
    if (twoEqual && first && last) {
      const target = this.rowTarget('applications', row.key, columns);
      for (let i = 0; i < columns.length; i += 1)
        this.set(target, i, i === 0 ? first : i === columns.length - 1 ? last : null, match);
      this.problem(
        'table.inferred-columns',
        `第${this.lineOf(match)}行“${this.labelText(match)}”只有两个相同的数值（${first.text}），其余单元格的位置已丢失：按“自然人”和“总计”两列读取，其余列视为空白。`,
        match,
      );
      return;
    }
    this.shortRow(match, cells.length, columns.length);
  }

  /**
   * 三（六）3.其他 printed without its number: a bare `其他`, a word too common (it heads an
   * applicant column too) to be a row label anywhere. Read only where the format's row order
   * puts it: the first table 三 row after （六）2. (group labels, such as a rowspan's copies,
   * may stand between), and followed by nothing or by a later row or group of table 三.
   */
  readUnnumberedOther(): void {
    const rows = getFormat(this.format).applicationRows;
    const at = rows.findIndex((r) => r.key === OTHER_HANDLING_OTHER);
    const row = rows[at];
    const before = rows[at - 1];
    if (!row || !before || this.has('applications', row.key)) return;
    const { matches } = this.labels;
    const { tokens } = this.stream;
    for (let k = 0; k < matches.length; k += 1) {
      const match = matches[k] as LabelMatch;
      if (match.key !== OTHER_KEY || tokens[match.start]?.spanned === true) continue;
      if (this.appRowNear(k, -1) !== before.key) continue;
      const next = rows.findIndex((r) => r.key === this.appRowNear(k, 1));
      if (next > at || k === matches.length - 1) this.readApplicationRow(match, row);
      return;
    }
  }

  /**
   * The table 三 row of the nearest match before (`step` -1) or after (+1) match k, passing
   * group labels (a rowspan's copies among them), or null when that match is no table 三 row
   * label or there is none.
   */
  private appRowNear(k: number, step: -1 | 1): string | null {
    for (let p = k + step; p >= 0 && p < this.labels.matches.length; p += step) {
      const list = this.meanings[p] ?? [];
      const found = list.find((m) => m.kind === 'appRow');
      if (found?.kind === 'appRow') return found.row.key;
      if (!list.some((m) => m.kind === 'appGroup')) return null;
    }
    return null;
  }

  /**
   * Table 二 or 三 left blank, as a PDF or a text copy shows it (blank cells print nothing):
   * under the section's heading, most of the table's row labels and not one figure from the
   * first of them to the next section's heading. The table is there with every cell blank
   * (cells.blank warns), not absent (which reads as a table left out, an error). A document
   * cut off before the next section, or a table any of whose rows was read, is left as it is.
   */
  readBlankTable(section: 'proactive' | 'applications', headings: readonly FoundHeading[]): void {
    if (this.result[section].size > 0) return;
    const heading = headings.find((h) => h.key === section);
    if (!heading) return;
    const next = headings.find(
      (h) => h.token > heading.token && h.key !== null && h.key !== section,
    );
    if (!next) return;
    const def = getFormat(this.format);
    const rows: { key: string; fields: Columns }[] =
      section === 'proactive'
        ? def.proactive.flatMap((t) => t.rows.map((r) => ({ key: r.key, fields: t.fields })))
        : def.applicationRows.map((r) => ({ key: r.key, fields: APPLICANT_FIELDS }));
    const printed = new Map<string, LabelMatch>();
    this.labels.matches.forEach((match, k) => {
      if (match.start <= heading.token || match.start >= next.token) return;
      for (const meaning of this.meanings[k] ?? []) {
        const key =
          section === 'proactive' && meaning.kind === 'proRow'
            ? meaning.row.key
            : section === 'applications' && meaning.kind === 'appRow'
              ? meaning.row.key
              : null;
        if (key !== null && !printed.has(key)) printed.set(key, match);
      }
    });
    let first: LabelMatch | null = null;
    for (const match of printed.values()) if (!first || match.start < first.start) first = match;
    if (!first || printed.size * 2 < rows.length || this.hasNumber(first.start, next.token)) return;
    for (const row of rows) {
      const target = this.rowTarget(section, row.key, row.fields);
      const anchor = printed.get(row.key) ?? first;
      for (let i = 0; i < row.fields.length; i += 1) this.set(target, i, null, anchor);
    }
  }

  /**
   * Table 四: block rows (`行政复议 | 0 | 0 | 0 | 0 | 0`) when the document has them, else the
   * fifteen numbers that follow the header, in the national column order.
   */
  readReview(headings: readonly FoundHeading[]): void {
    const blockMatches: LabelMatch[] = [];
    const blocks: ReviewBlockKey[] = [];
    this.labels.matches.forEach((match, k) => {
      const meaning = this.meanings[k]?.find((m) => m.kind === 'reviewBlock');
      if (meaning?.kind !== 'reviewBlock') return;
      blockMatches.push(match);
      blocks.push(meaning.key);
    });
    blockMatches.forEach((match, b) => {
      const key = blocks[b] as ReviewBlockKey;
      // A header cell followed by its colspan padding is not a block row: one needs a value.
      const { cells } = this.cellsAfter(match.end, REVIEW_FIELDS.length);
      if (
        cells.length === REVIEW_FIELDS.length &&
        cells.some((c) => c.cls !== 'blank') &&
        !this.has('review', key)
      )
        this.readRow('review', key, match, REVIEW_FIELDS);
    });
    if (this.result.review.size > 0) return;

    const reviewHeading = headings.find((h) => h.key === 'review');
    const first = blockMatches[0];
    const start = first ? first.end + 1 : reviewHeading ? reviewHeading.token + 1 : -1;
    if (start < 0) return;
    const stopHeading = headings.find(
      (h) => h.token > start && (h.key === 'problems' || h.key === 'other'),
    );
    const stop = stopHeading ? stopHeading.token : this.stream.tokens.length;
    const anchor = first ?? null;
    // Where table 四's header may print a 序号 column: from the section heading (when it comes
    // before the first block label), else from the first block label's line.
    const headerFrom =
      reviewHeading && reviewHeading.token < start
        ? reviewHeading.token + 1
        : first
          ? (this.stream.lineStart[this.stream.tokens[first.start]?.line ?? -1] ?? start)
          : start;
    const cells = this.reviewRun(start, stop, headerFrom);
    if (!cells && this.readTransposedReview(blockMatches, blocks, start, stop)) return;
    if (!cells) {
      // The header printed, then no figure at all before section 五 (a table left blank, as a
      // PDF or a text copy shows it): the table is there with blank cells, not absent. A
      // document cut off before 五 keeps the table absent.
      if (first && stopHeading && !this.hasNumber(start, stop))
        for (const block of REVIEW_BLOCKS) {
          const target = this.rowTarget('review', block.key, REVIEW_FIELDS);
          for (let i = 0; i < REVIEW_FIELDS.length; i += 1) this.set(target, i, null, anchor);
        }
      return;
    }
    // The cells in the national order: block by block, five results each.
    const width = REVIEW_FIELDS.length;
    REVIEW_BLOCKS.forEach((block, b) => {
      const blockCells = cells.slice(b * width, (b + 1) * width);
      if (blockCells.length === 0) return;
      const target = this.rowTarget('review', block.key, REVIEW_FIELDS);
      blockCells.forEach((cell, i) => this.set(target, i, cell, anchor));
    });
  }

  /**
   * Table 四 printed transposed: a header naming the three blocks (`项目 | 行政复议 | 行政诉讼
   * （未经复议直接起诉） | 行政诉讼（复议后起诉）`, or 行政诉讼 over its two), then a row per
   * result (`结果维持 | 5 | 8 | 9` … `总计 | 26 | 29 | 12`), its values in the header's block
   * order. Read only when the header names the three blocks once each and all five result rows
   * in [start, stop) have three cells: nothing is guessed. True when it read the table.
   */
  private readTransposedReview(
    blockMatches: readonly LabelMatch[],
    blocks: readonly ReviewBlockKey[],
    start: number,
    stop: number,
  ): boolean {
    // The header's own block labels, not the copies a rowspan leaves below them.
    const printed = blocks.filter((_, b) => {
      const at = blockMatches[b]?.start;
      return at !== undefined && this.stream.tokens[at]?.spanned !== true;
    });
    const order = [...new Set(printed)];
    if (order.length !== REVIEW_BLOCKS.length || printed.length !== order.length) return false;
    const rows: { field: number; match: LabelMatch; cells: Token[] }[] = [];
    for (const match of this.labels.matches) {
      if (match.start < start || match.start >= stop) continue;
      const field = REVIEW_FIELD_KEYS.indexOf(match.key);
      if (field < 0 || rows.some((r) => r.field === field)) continue;
      const { cells } = this.cellsAfter(match.end, order.length);
      if (cells.length !== order.length || cells.every((c) => c.cls === 'blank')) return false;
      rows.push({ field, match, cells });
    }
    if (rows.length !== REVIEW_FIELDS.length) return false;
    rows.sort((a, b) => a.field - b.field);
    order.forEach((block, j) => {
      const target = this.rowTarget('review', block, REVIEW_FIELDS);
      for (const row of rows) this.set(target, row.field, row.cells[j] ?? null, row.match);
    });
    return true;
  }

  /**
   * Rows inside the tables whose label is none of the format's (e.g. 其他主动公开文件, which
   * some localities add): their numbers are not read, and the reader says so.
   */
  reportUnknownRows(): void {
    const { tokens } = this.stream;
    const { matches, at } = this.labels;
    const first = matches[0];
    const last = matches[matches.length - 1];
    if (!first || !last) return;
    for (let i = first.start + 1; i < last.start; i += 1) {
      const token = tokens[i];
      if (!token || token.cls !== 'text' || (at[i] ?? -1) >= 0 || token.text.length > 120) continue;
      if (
        token.row &&
        i > 0 &&
        tokens[i - 1]?.line === token.line &&
        tokens[i - 1]?.cls !== 'blank'
      )
        continue;
      let numbers = 0;
      for (let j = i + 1; j < tokens.length && numbers < 2; j += 1) {
        const next = tokens[j];
        if (!next || (token.row && next.line !== token.line)) break;
        if (next.cls === 'number') numbers += 1;
        else if (next.cls !== 'blank' && next.cls !== 'dash' && next.cls !== 'page') break;
      }
      if (numbers < 2) continue;
      this.result.problems.push({
        code: 'table.unknown-row',
        message: `第${token.line + 1}行“${token.text.slice(0, 40)}”不是年度报告格式中的表格行，其中的数字未读取。`,
        line: token.line + 1,
      });
    }
  }

  /** True when a header cell in [from, to) is the given column's (序号, 备注). */
  private hasHeaderCell(header: RegExp, from: number, to: number): boolean {
    const { tokens } = this.stream;
    for (let i = Math.max(0, from); i < to; i += 1) {
      const token = tokens[i];
      if (token?.cls === 'text' && header.test(token.text)) return true;
    }
    return false;
  }

  /** True when a number token lies in [start, stop). */
  private hasNumber(start: number, stop: number): boolean {
    const { tokens } = this.stream;
    for (let i = start; i < stop; i += 1) if (tokens[i]?.cls === 'number') return true;
    return false;
  }

  /**
   * The first run of at least fifteen value cells in [start, stop), or a run the document cuts.
   * A run of exactly sixteen under a header with a 序号 column (from `headerFrom` on) is the
   * row's number and its fifteen figures: the number is left out (and of seventeen, when a
   * 备注 column ends the header, the remark too).
   */
  private reviewRun(start: number, stop: number, headerFrom: number): Token[] | null {
    const { tokens } = this.stream;
    const runs: { cells: Token[]; row: boolean; at: number }[] = [];
    let current: Token[] = [];
    let currentAt = -1;
    let previous: Token | null = null;
    const close = (): void => {
      if (current.length > 0)
        runs.push({ cells: current, row: current[0]?.row === true, at: currentAt });
      current = [];
    };
    for (let i = start; i < stop; i += 1) {
      const token = tokens[i];
      if (!token || token.cls === 'page') continue;
      if (!isValueLike(this.stream, this.labels, i)) {
        close();
        previous = null;
        continue;
      }
      // Cells of different table rows never form one run; single-cell lines do.
      if (previous && (previous.row || token.row) && previous.line !== token.line) close();
      if (current.length === 0) currentAt = i;
      current.push(token);
      previous = token;
    }
    close();
    for (const run of runs) {
      let cells = run.cells;
      if (run.row && cells.length > REVIEW_CELLS) {
        // A figure merged over two grid columns (a converter's table 四 whose 总计 spans two:
        // `7 | ^7`) is one cell: when the row's own cells fill it, the copies are left out.
        const own = cells.filter((c) => !c.spanned);
        if (own.length >= REVIEW_CELLS) cells = own;
      }
      if (!run.row) {
        // Whitespace lines around a run of one-cell lines are not cells of the table.
        while (cells.length > REVIEW_CELLS && cells[cells.length - 1]?.cls === 'blank')
          cells = cells.slice(0, -1);
        while (cells.length > REVIEW_CELLS && cells[0]?.cls === 'blank') cells = cells.slice(1);
      }
      if (
        cells.length > REVIEW_CELLS &&
        cells[0]?.cls !== 'text' &&
        this.hasHeaderCell(ROW_NUMBER_HEADER, headerFrom, run.at) &&
        cells.length ===
          REVIEW_CELLS + 1 + (this.hasHeaderCell(NOTE_HEADER, headerFrom, run.at) ? 1 : 0)
      )
        return cells.slice(1, REVIEW_CELLS + 1);
      if (cells.length >= REVIEW_CELLS) return cells.slice(0, REVIEW_CELLS);
    }
    const last = runs[runs.length - 1];
    const lastCell = last?.cells.findLast((c) => c.cls !== 'blank');
    if (last && lastCell && tokens.indexOf(lastCell) >= this.stream.lastContent)
      return last.cells.filter((_, i) => i < REVIEW_CELLS);
    return null;
  }

  /**
   * The cells after a row label: in a table row, the row's next cells (a spanned copy of the
   * label skipped, a further label ending them); on one-cell lines, the value-like cells that
   * follow (page numbers skipped). `cut` when the document ends before `count` cells.
   */
  private cellsAfter(end: number, count: number): RowCells {
    const { tokens, lineStart, lastContent } = this.stream;
    const label = tokens[end];
    if (!label) return { cells: [], cut: false };
    // Room for the row's cells and no more (an empty array's first push reserves 17 slots,
    // for every row label of the document), cut to the cells found.
    const cells = new Array<Token>(count);
    let found = 0;
    if (label.row) {
      const stop = lineStart[label.line + 1] ?? tokens.length;
      let j = end + 1;
      while (j < stop && tokens[j]?.spanned && tokens[j]?.text === label.text) j += 1;
      j = this.pastMergedLabelArea(j, stop, count);
      const ownOnly = this.ownCells(j, stop) >= count;
      for (; j < stop && found < count; j += 1) {
        const token = tokens[j];
        if (!token || token.cls === 'page' || (ownOnly && token.spanned)) continue;
        if ((this.labels.at[j] ?? -1) >= 0) break;
        cells[found++] = token;
      }
      cells.length = found;
      const lastLine = tokens[lastContent]?.line ?? -1;
      return { cells, cut: found < count && label.line >= lastLine };
    }
    let j = end + 1;
    // A unit column's cell on its own line after the label (`行政许可` / `件` / `3120`).
    if (UNIT_CELL.test(tokens[j]?.text ?? '') && isValueLike(this.stream, this.labels, j + 1))
      j += 1;
    for (; j < tokens.length && found < count; j += 1) {
      const token = tokens[j];
      if (!token) break;
      if (token.cls === 'page') continue;
      if (!isValueLike(this.stream, this.labels, j)) break;
      cells[found++] = token;
    }
    cells.length = found;
    return { cells, cut: found < count && j > lastContent };
  }

  /**
   * How many cells of its own (not copies of a merged cell) a row has from `j` to its next
   * label. When they fill the row, copies are left out: a table 二 laid out on a wider grid
   * (one table holding tables 二 and 三) gives each value two columns (`规章 | 2 | ^2 | 1 | ^1`).
   * Otherwise a copy stands for its row's cell (a value merged down over two rows).
   */
  private ownCells(j: number, stop: number): number {
    const { tokens } = this.stream;
    let n = 0;
    for (let k = j; k < stop; k += 1) {
      const token = tokens[k];
      if (!token || token.cls === 'page' || token.spanned) continue;
      if ((this.labels.at[k] ?? -1) >= 0) break;
      n += 1;
    }
    return n;
  }

  /**
   * Where a row's values start when the merged cells of its label area came out as empty cells
   * (a table copied from Excel or WPS, or a page whose merges were lost: `一、本年新收… | | |
   * 663 | …`): past as many leading empty cells as the row has cells beyond `count`, when the
   * last value that leaves is a number — the values sit under their columns, right-aligned.
   * A unit column between label and figures (`行政许可 | 件 | 3120`) is skipped the same way.
   * A row with no surplus, or whose surplus is not leading blanks or units, starts at `j`.
   */
  private pastMergedLabelArea(j: number, stop: number, count: number): number {
    const { tokens } = this.stream;
    const at = this.labels.at;
    let lead = 0;
    let n = 0;
    for (let k = j; k < stop; k += 1) {
      const token = tokens[k];
      // A merged value's copies (an HTML colspan) are no surplus: only cells of their own count.
      if (!token || token.cls === 'page' || token.spanned) continue;
      if ((at[k] ?? -1) >= 0) break;
      if ((token.cls === 'blank' || UNIT_CELL.test(token.text)) && lead === n) lead += 1;
      n += 1;
    }
    const skip = Math.min(lead, n - count);
    if (skip <= 0) return j;
    let seen = 0;
    let start = j;
    for (let k = j; k < stop; k += 1) {
      const token = tokens[k];
      if (!token || token.cls === 'page' || token.spanned) continue;
      if (seen === skip) start = k;
      if (seen === skip + count - 1) return token.cls === 'number' ? start : j;
      seen += 1;
    }
    return j;
  }

  /** The row's values (created with the row) and the paths of its cells. */
  private rowTarget(section: TableSection, row: string, columns: Columns): RowTarget {
    const rows = this.result[section] as Map<string, Record<string, CellValue>>;
    let values = rows.get(row);
    if (values === undefined) {
      values = {};
      rows.set(row, values);
    }
    return { values, columns, paths: rowPaths(section, row, columns) };
  }

  private has(section: TableSection, row: string): boolean {
    return this.result[section].has(row);
  }

  /**
   * Sets column `i` of a row from its cell (null: blank, its provenance the row's label
   * `anchor`), with the cell's note and provenance.
   */
  private set(target: RowTarget, i: number, cell: Token | null, anchor: LabelMatch | null): void {
    const path = target.paths[i] as string;
    const column = target.columns[i] as Columns[number];
    const digits = cell !== null && cell.cls === 'number' ? digitsValue(cell.text) : -1;
    let value: CellValue = digits >= 0 ? digits : null;
    if (digits < 0 && cell !== null) {
      const reading = readCellValue(cell.text, column);
      value = reading.value;
      if (reading.note !== undefined) this.result.notes[path] = reading.note;
    }
    target.values[column.key] = value;
    const at = cell ?? (anchor ? this.stream.tokens[anchor.end] : undefined);
    this.result.provenance[path] = at ? provenanceOf(at, cell ? cell.raw : '') : { text: '' };
    this.result.cellCount += 1;
  }

  private shortRow(match: LabelMatch, found: number, expected: number): void {
    this.problem(
      'table.short-row',
      `第${this.lineOf(match)}行“${this.labelText(match)}”只有${found}个单元格，应有${expected}个，无法确定各数值所在的列，已略去该行。`,
      match,
    );
  }

  private problem(code: string, message: string, match: LabelMatch): void {
    this.result.problems.push({ code, message, line: this.lineOf(match) });
  }

  private lineOf(match: LabelMatch): number {
    return (this.stream.tokens[match.start]?.line ?? 0) + 1;
  }

  private labelText(match: LabelMatch): string {
    const parts: string[] = [];
    for (let i = match.start; i <= match.end; i += 1) parts.push(this.stream.tokens[i]?.text ?? '');
    return parts.join('');
  }
}
