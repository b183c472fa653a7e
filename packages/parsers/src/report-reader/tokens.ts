import type { Provenance } from '@xxgk/model';
import type { SourceDocument } from '../source-document.js';
import { isPlainNumber } from './cell-value.js';
import { cleanCellText } from './clean-text.js';

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
  /** 0-based index of the source line (its 1-based number in `ParsedDocument.text` is +1). */
  line: number;
  /** True for a cell of a table row (`kind: 'row'`), whose neighbours are its columns. */
  row: boolean;
  /** True for a copy made by expanding a rowspan/colspan. */
  spanned: boolean;
  cls: TokenClass;
  source: Provenance;
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

/** Classifies a cleaned cell text. */
export function classify(text: string): TokenClass {
  if (text === '') return 'blank';
  const first = text.charCodeAt(0);
  const startsDigit = (first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19);
  if (startsDigit && allDigits(text)) return 'number';
  if ((startsDigit || first === 43 || first === 45 || first === 0xff0d) && isPlainNumber(text))
    return 'number';
  if (PAGE_NUMBER.test(text)) return 'page';
  if (DASHES.test(text) || NOTHING.has(text)) return 'dash';
  return 'text';
}

/** True when the text starts like a number (digit or sign), e.g. `22（其中修订16件）`. */
export function startsNumeric(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19);
}

/** Flattens the document's lines into tokens and renders each line as plain text. */
export function tokenize(doc: SourceDocument): TokenStream {
  const tokens: Token[] = [];
  const lineTexts: string[] = new Array<string>(doc.lines.length);
  const lineStart: number[] = new Array<number>(doc.lines.length + 1);
  let lastContent = -1;
  for (let index = 0; index < doc.lines.length; index += 1) {
    const line = doc.lines[index];
    lineStart[index] = tokens.length;
    if (!line) continue;
    const isRow = line.kind === 'row';
    let lineText = '';
    for (let c = 0; c < line.cells.length; c += 1) {
      const cell = line.cells[c];
      if (!cell) continue;
      const text = cleanCellText(cell.text);
      if (c > 0) lineText += isRow ? ' | ' : ' ';
      lineText += text;
      const cls = classify(text);
      if (cls !== 'blank' && cls !== 'page') lastContent = tokens.length;
      tokens.push({
        text,
        raw: cell.text,
        line: index,
        row: isRow,
        spanned: cell.spanned === true,
        cls,
        source: cell.source,
      });
    }
    lineTexts[index] = lineText;
  }
  lineStart[doc.lines.length] = tokens.length;
  return { tokens, lineTexts, lineStart, lastContent };
}
