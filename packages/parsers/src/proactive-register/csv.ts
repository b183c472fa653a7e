/** One record of a delimited file with the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Splits delimited text into records (RFC 4180: quoted fields may hold delimiters, doubled
 * quotes and line breaks; CRLF, LF or CR end a record). The delimiter is a comma, or a tab when
 * the first line has tabs and no commas (Excel's "Unicode text"). A record keeps the line it
 * starts on, so a rejection names the line the clerk sees in a text editor.
 */
export function parseCsv(text: string): CsvRecord[] {
  const firstLine = /^[^\r\n]*/u.exec(text)?.[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    records.push({ line: start, cells });
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === delimiter) {
      cells.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else {
      field += c;
    }
    i += 1;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}
