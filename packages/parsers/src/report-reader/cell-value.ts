import type { CellValue } from '@xxgk/model';

/** What a table column allows (see the model's ProactiveFieldDef). */
export interface ValueRules {
  /** Decimals expected (万元 amounts); elsewhere a decimal is read too, for the checks to flag. */
  decimal?: boolean;
  /** Amount whose unit may be printed in the cell (2019 采购总金额): keep the number. */
  unitInText?: boolean;
}

/** A cell read as a number: the value, and the raw text when it was not a plain number. */
export interface CellReading {
  value: CellValue;
  /** Raw cell text, set whenever the cell was not blank and not a plain number. */
  note?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
const WITH_UNIT = /^([+-]?\d+(?:\.\d+)?)\s*(?:[万萬亿億]?元)$/u;
/** Full-width digits and signs, which NFKC would fold; done by hand to stay cheap. */
const FULL_WIDTH = /[０-９．，＋－]/gu;
const HAS_FULL_WIDTH = /[０-９．，＋－]/u;
/** No number printed in a report's table is longer (a sentence opening with a year is not one). */
const MAX_NUMBER_CHARS = 24;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The value of a short run of ASCII digits (the common cell), or -1. */
function smallInteger(text: string): number {
  const n = text.length;
  if (n === 0 || n > 9) return -1;
  let value = 0;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** True for the units a plain number is written with: digits, sign, point, comma (either width). */
function isNumberUnit(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    code === 43 || // +
    code === 44 || // ,
    code === 45 || // -
    code === 46 || // .
    (code >= 0xff10 && code <= 0xff19) || // ０-９
    code === 0xff0b || // ＋
    code === 0xff0c || // ，
    code === 0xff0d || // －
    code === 0xff0e // ．
  );
}

/** True when the text is a plain number (integer or decimal, optional sign, thousands commas). */
export function isPlainNumber(text: string): boolean {
  if (text.length > MAX_NUMBER_CHARS) return false;
  // Most texts that open with a digit are words (2023年, 3.危及…): one unit outside a number's
  // alphabet settles them without the patterns and the full-width copy.
  for (let i = 0; i < text.length; i += 1) if (!isNumberUnit(text.charCodeAt(i))) return false;
  return NUMBER.test(text) || (HAS_FULL_WIDTH.test(text) && NUMBER.test(halfWidth(text)));
}

/**
 * Reads a cell as the report's numeric value. A blank cell is null (never 0); a dash, "/",
 * "无" or any other text is null with the raw text kept as the note. A decimal is a plain
 * number in any column ("every numeric cell is a number", like 12.35 in the fee column): in a
 * column of counts it is wrong, and the checks say so on its cell, which a null would hide.
 */
export function readCellValue(text: string, rules: ValueRules = {}): CellReading {
  const small = smallInteger(text);
  if (small >= 0) return { value: small };
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  const plain = HAS_FULL_WIDTH.test(trimmed) ? halfWidth(trimmed) : trimmed;
  if (NUMBER.test(plain)) {
    const value = Number(plain.replaceAll(',', ''));
    return Number.isFinite(value)
      ? { value: value === 0 ? 0 : value }
      : { value: null, note: trimmed };
  }
  if (rules.unitInText) {
    const match = WITH_UNIT.exec(plain);
    if (match?.[1]) return { value: Number(match[1]), note: trimmed };
  }
  return { value: null, note: trimmed };
}
