import { XxgkError } from '@xxgk/model';
import { Parser } from 'htmlparser2';
import { ZipArchive } from '../docx/zip.js';

/** A cell of a worksheet: text, a number (dates are serial numbers), or nothing. */
export type SheetValue = string | number | null;

/** One worksheet row with its row number as Excel shows it. */
export interface SheetRow {
  line: number;
  cells: SheetValue[];
}

/** The first worksheet's rows and the workbook's date system. */
export interface Sheet {
  rows: SheetRow[];
  /** True for the 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  date1904: boolean;
}

function parseXml(
  xml: string,
  handlers: {
    open?: (name: string, attrs: Record<string, string>) => void;
    text?: (text: string) => void;
    close?: (name: string) => void;
  },
): void {
  const parser = new Parser(
    {
      onopentag: (name, attrs) => handlers.open?.(name, attrs),
      ontext: (text) => handlers.text?.(text),
      onclosetag: (name) => handlers.close?.(name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

/** Drops a namespace prefix (`x:row` → `row`): some writers prefix the SpreadsheetML elements. */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Column index (0-based) of a cell reference such as `C12`. */
function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = /^[A-Z]+/u.exec(ref ?? '')?.[0];
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The shared strings table: `<si>` items, rich-text runs joined, phonetic runs left out. */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open(name) {
      const n = local(name);
      if (n === 'si') current = '';
      else if (n === 'rPh') phonetic += 1;
      else if (n === 't') inText = phonetic === 0;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      const n = local(name);
      if (n === 'si') out.push(current);
      else if (n === 'rPh') phonetic -= 1;
      else if (n === 't') inText = false;
    },
  });
  return out;
}

/** Path of the first worksheet, read from the workbook and its relationships. */
function firstSheetPath(zip: ZipArchive): { path: string; date1904: boolean } {
  const workbook = zip.readText('xl/workbook.xml') ?? '';
  let relId: string | undefined;
  let date1904 = false;
  parseXml(workbook, {
    open(name, attrs) {
      const n = local(name);
      if (n === 'sheet' && relId === undefined) relId = attrs['r:id'];
      if (n === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
    },
  });
  let target: string | undefined;
  parseXml(zip.readText('xl/_rels/workbook.xml.rels') ?? '', {
    open(name, attrs) {
      if (local(name) === 'Relationship' && attrs.Id === relId) target = attrs.Target;
    },
  });
  if (!target) return { path: 'xl/worksheets/sheet1.xml', date1904 };
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`;
  return { path, date1904 };
}

/**
 * The first worksheet of an XLSX file as rows of values (shared, inline and formula strings as
 * text, numbers as numbers), read through the guarded unzip the DOCX reader uses.
 * @throws XxgkError `input.unreadable` when the archive is not a workbook.
 */
export function readFirstSheet(bytes: Uint8Array, fileName?: string): Sheet {
  const zip = ZipArchive.open(bytes, fileName);
  const { path, date1904 } = firstSheetPath(zip);
  const xml = zip.readText(path);
  if (xml === undefined)
    throw new XxgkError(
      'input.unreadable',
      `${fileName ? `文件“${fileName}”` : '该文件'}不是有效的 Excel 工作簿（找不到第一个工作表）。`,
    );
  const strings = sharedStrings(zip.readText('xl/sharedStrings.xml'));
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let cell: { col: number; type: string } | null = null;
  let value = '';
  let inValue = false;
  let inInline = false;
  parseXml(xml, {
    open(name, attrs) {
      const n = local(name);
      if (n === 'row') {
        const line = Number(attrs.r ?? rows.length + 1);
        row = { line: Number.isFinite(line) ? line : rows.length + 1, cells: [] };
      } else if (n === 'c' && row) {
        cell = { col: columnIndex(attrs.r, row.cells.length), type: attrs.t ?? 'n' };
        value = '';
      } else if (n === 'v') {
        inValue = true;
      } else if (n === 'is') {
        inInline = true;
      } else if (n === 't' && inInline) {
        inValue = true;
      }
    },
    text(text) {
      if (inValue) value += text;
    },
    close(name) {
      const n = local(name);
      if (n === 'v' || n === 't') inValue = false;
      else if (n === 'is') inInline = false;
      else if (n === 'c' && row && cell) {
        row.cells[cell.col] = cellValue(cell.type, value, strings);
        cell = null;
      } else if (n === 'row' && row) {
        rows.push({ line: row.line, cells: Array.from(row.cells, (v) => v ?? null) });
        row = null;
      }
    },
  });
  return { rows, date1904 };
}

function cellValue(type: string, raw: string, strings: readonly string[]): SheetValue {
  if (raw === '') return null;
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? null;
    case 'str':
    case 'inlineStr':
      return raw;
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return null;
    default: {
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}
