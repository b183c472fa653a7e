import type { CellValue } from '@xxgk/model';

/** What the user typed into a number cell, read. */
export type ParsedInput = { ok: true; value: CellValue } | { ok: false; message: string };

/** Texts that mean "left blank" in a report table. */
const BLANK = new Set(['', '-', '—', '－', '/', '／', '无']);

/**
 * Reads a number cell as typed: blank (or a dash, "/", "无") is null, never 0; full-width
 * digits are accepted; thousands separators only in their proper places.
 */
export function parseCellInput(text: string): ParsedInput {
  const t = text.normalize('NFKC').trim();
  if (BLANK.has(t)) return { ok: true, value: null };
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/u.test(t) ? t.replaceAll(',', '') : t;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/u.test(plain))
    return { ok: false, message: `「${text.trim()}」不是数字：请填写数字，或留空表示未填` };
  const value = Number(plain);
  if (!Number.isFinite(value))
    return { ok: false, message: `「${text.trim()}」超出了可以保存的范围` };
  return { ok: true, value };
}

/** Prints a cell value as report tables do: plainly, no separators, blank for null. */
export function formatCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Number.isInteger(value)) return String(value);
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
}
