import ExcelJS from 'exceljs';

/** Loads workbook bytes back with exceljs, the way the tests inspect what was written. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` (an ArrayBuffer); hand it a copy of exactly these bytes.
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await workbook.xlsx.load(copy as ArrayBuffer);
  return workbook;
}

/** A sheet by name, failing the test when it is missing. */
export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`工作表“${name}”不存在`);
  return sheet;
}

/** `A1:C3` for a 1-based rectangle. */
export function rangeOf(top: number, left: number, bottom: number, right: number): string {
  const col = (n: number): string => {
    let s = '';
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
      s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  return `${col(left)}${top}:${col(right)}${bottom}`;
}
