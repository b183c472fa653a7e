/**
 * Spreadsheet programs measure column widths in "characters" of the default font, and a CJK
 * ideograph is about two of them wide. Neither Excel nor LibreOffice grows a row to fit wrapped
 * text in merged cells, so the writer estimates row heights itself from these widths.
 */

/** Code point ranges drawn full width (CJK, full-width forms, CJK punctuation). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of text in spreadsheet character units: 2 per full-width character, 1 otherwise. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Lines the text needs when wrapped in a cell `columnWidth` characters wide; explicit line
 * breaks start new lines, and an empty text still takes one line.
 */
export function wrappedLines(text: string, columnWidth: number): number {
  // One character of padding: both programs keep a margin inside the cell.
  const usable = Math.max(1, columnWidth - 1);
  return text
    .split(/\r?\n/u)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}
