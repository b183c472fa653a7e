import type { Provenance } from '@xxgk/model';
import type { SourceDocument } from '../source-document.js';
import type { SourceLine } from '../source-lines.js';
import type { LineSink } from '../text/text-lines.js';
import { isPlainNumber } from './cell-value.js';
import { ANY_ARTEFACTS, cleanCellText, type Artefacts } from './clean-text.js';

/**
 * How a cell looks before anyone asks what it means: empty, a number, a placeholder for
 * "nothing" (dash, slash, 无), a page number the converter left inside the text, or text.
 */
export type TokenClass = 'blank' | 'number' | 'dash' | 'page' | 'text';

/** One cell of the document, in reading order. */
export interface Token {
  /** The cell text without conversion artefacts, trimmed. */
  text: string;
  /** The cell text as the reader produced it. */
  raw: string;
  /** Where the reader says the cell came from, when it says more than the line. */
  source: Provenance | undefined;
  /** 0-based index of the source line (its 1-based number in `ParsedDocument.text` is +1). */
  line: number;
  /** True for a cell of a table row (`kind: 'row'`), whose neighbours are its columns. */
  row: boolean;
  /** True for a copy made by expanding a rowspan/colspan. */
  spanned: boolean;
  cls: TokenClass;
}

/** The document as tokens, with the text of each line as it goes into `ParsedDocument.text`. */
export interface TokenStream {
  tokens: Token[];
  /** Plain text of each source line. */
  lineTexts: string[];
  /** Index of the first token of each line, and one past the last (length lines + 1). */
  lineStart: number[];
  /** Index of the last token that is not blank or a page number, or -1. */
  lastContent: number;
}

const DASHES = /^[-—–－_/／\\×xX*…·.。]+$/u;
const NOTHING = new Set(['无', '空', '暂无', '没有', '不涉及', '不适用', '未发生', '未涉及', '——']);
const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?)$/u;

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** True when a text opening with this UTF-16 unit may match PAGE_NUMBER (its first units). */
function mayOpenPageNumber(first: number): boolean {
  return (
    (first >= 48 && first <= 57) ||
    first === 45 || // -
    first === 0x2014 || // —
    first === 0x2013 || // –
    first === 0xff0d || // －
    first === 0x7b2c || // 第
    first === 80 || // P
    first === 112 // p
  );
}

/** The units DASHES is made of: a text opening with any other is not a dash. */
const DASH_UNITS = new Set([...'-—–－_/／\\×xX*…·.。'].map((ch) => ch.charCodeAt(0)));

/**
 * Classifies a cleaned cell text. The page-number and dash patterns run only on texts whose
 * first character can open them: most cells are words, which open with neither.
 */
export function classify(text: string): TokenClass {
  if (text === '') return 'blank';
  const first = text.charCodeAt(0);
  const startsDigit = (first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19);
  if (startsDigit && allDigits(text)) return 'number';
  if ((startsDigit || first === 43 || first === 45 || first === 0xff0d) && isPlainNumber(text))
    return 'number';
  if (mayOpenPageNumber(first) && PAGE_NUMBER.test(text)) return 'page';
  if ((DASH_UNITS.has(first) && DASHES.test(text)) || (text.length <= 3 && NOTHING.has(text)))
    return 'dash';
  return 'text';
}

/** True when the text starts like a number (digit or sign), e.g. `22（其中修订16件）`. */
export function startsNumeric(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19);
}

/**
 * The plain text of a line of several cells: a row's cells between pipes, other cells between
 * spaces. One join makes one flat string; adding cell after cell made a chain of partial
 * strings per row, copied again when the document's text was joined.
 */
function lineTextOf(cells: readonly string[], isRow: boolean): string {
  return cells.join(isRow ? ' | ' : ' ');
}

/**
 * Builds the token stream line by line: from a SourceDocument's lines, or straight from the
 * text reader's layout (no SourceCell objects in between).
 */
export class TokenBuilder implements LineSink {
  private tokens: Token[] = [];
  private lineTexts: string[] = [];
  private lineStart: number[] = [];
  /** Tokens and lines so far (the arrays may be longer: see {@link reserve}). */
  private tokenCount = 0;
  private lineCount = 0;
  private lastContent = -1;

  /**
   * @param artefacts the conversion artefacts the document's cells can hold (see
   *   {@link Artefacts}); by default every cell is searched for all of them.
   */
  constructor(private readonly artefacts: Artefacts = ANY_ARTEFACTS) {}

  /**
   * Makes room for about this many lines and tokens (by default one per line) before the
   * first: arrays grown push by push copied themselves several times per document, a good
   * part of what reading it allocated.
   */
  reserve(lines: number, tokens: number = lines): void {
    if (this.lineCount > 0 || lines <= 0) return;
    this.tokens = new Array<Token>(tokens);
    this.lineTexts = new Array<string>(lines);
    this.lineStart = new Array<number>(lines + 1);
  }

  /** A line from the text reader: its cells' texts. */
  push(kind: SourceLine['kind'], texts: readonly string[]): void {
    const index = this.startLine();
    const isRow = kind === 'row';
    if (texts.length === 1) {
      this.lineTexts[index] = this.add(texts[0] ?? '', undefined, false, index, isRow);
      return;
    }
    const cleaned = new Array<string>(texts.length);
    for (let c = 0; c < texts.length; c += 1)
      cleaned[c] = this.add(texts[c] ?? '', undefined, false, index, isRow);
    this.lineTexts[index] = lineTextOf(cleaned, isRow);
  }

  /** A line of text from the text reader holding one cell. */
  pushText(raw: string): void {
    const index = this.startLine();
    this.lineTexts[index] = this.add(raw, undefined, false, index, false);
  }

  /** A line from any reader, with its cells' provenance and spans. */
  pushLine(line: SourceLine): void {
    const index = this.startLine();
    const isRow = line.kind === 'row';
    const { cells } = line;
    const cleaned = new Array<string>(cells.length);
    for (let c = 0; c < cells.length; c += 1) {
      const cell = cells[c] as SourceLine['cells'][number];
      cleaned[c] = this.add(cell.text, cell.source, cell.spanned === true, index, isRow);
    }
    const text = cleaned.length === 1 ? (cleaned[0] ?? '') : lineTextOf(cleaned, isRow);
    // A cell of several paragraphs (a DOCX header cell 结果 / 维持) holds line breaks: in the
    // document's text its row stays one line, or every line after it, and the headings and
    // findings that point at them, would be counted off by one per break.
    this.lineTexts[index] = text.includes('\n') ? text.replace(/\r?\n/gu, ' ') : text;
  }

  private startLine(): number {
    this.lineStart[this.lineCount] = this.tokenCount;
    return this.lineCount++;
  }

  /** Adds one cell's token; returns its cleaned text. */
  private add(
    raw: string,
    source: Provenance | undefined,
    spanned: boolean,
    line: number,
    row: boolean,
  ): string {
    const text = cleanCellText(raw, this.artefacts);
    const cls = classify(text);
    if (cls !== 'blank' && cls !== 'page') this.lastContent = this.tokenCount;
    this.tokens[this.tokenCount++] = { text, raw, line, row, spanned, cls, source };
    return text;
  }

  /** The stream, once the last line is in (call once: its arrays are the builder's own). */
  finish(): TokenStream {
    this.tokens.length = this.tokenCount;
    this.lineTexts.length = this.lineCount;
    this.lineStart[this.lineCount] = this.tokenCount;
    this.lineStart.length = this.lineCount + 1;
    return {
      tokens: this.tokens,
      lineTexts: this.lineTexts,
      lineStart: this.lineStart,
      lastContent: this.lastContent,
    };
  }
}

/** Flattens the document's lines into tokens and renders each line as plain text. */
export function tokenize(doc: SourceDocument): TokenStream {
  const builder = new TokenBuilder();
  // The exact sizes, known before the first line: a page's table rows make hundreds of cells.
  let cells = 0;
  for (const line of doc.lines) cells += line.cells.length;
  builder.reserve(doc.lines.length, cells);
  for (const line of doc.lines) builder.pushLine(line);
  return builder.finish();
}
