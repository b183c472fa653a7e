import { describe, expect, it } from 'vitest';
import { readCellValue } from './cell-value.js';

describe('a table cell', () => {
  it('is null, never 0, when blank', () => {
    expect(readCellValue('')).toEqual({ value: null });
    expect(readCellValue(' \u00a0\u3000')).toEqual({ value: null });
  });

  it('is its number when it holds a plain number, padded or full-width', () => {
    expect(readCellValue('0')).toEqual({ value: 0 });
    expect(readCellValue('\u00a0 12 ')).toEqual({ value: 12 });
    expect(readCellValue('1,234')).toEqual({ value: 1234 });
    expect(readCellValue('３５')).toEqual({ value: 35 });
    expect(readCellValue('-8')).toEqual({ value: -8 });
  });

  it('is null with its text kept when it is a dash, a slash, 无 or any other text', () => {
    for (const text of ['-', '—', '/', '无', '22（其中修订16件）', '3件'])
      expect(readCellValue(text)).toEqual({ value: null, note: text });
  });

  it('is the number a decimal is, in a column of counts too, so that the checks can flag it', () => {
    expect(readCellValue('190.457379', { decimal: true })).toEqual({ value: 190.457379 });
    // A plain number (no note, like 12.35 in the fee column): 10.5 decisions is an error the
    // checks report on its cell, not a blank.
    expect(readCellValue('10.5')).toEqual({ value: 10.5 });
    expect(readCellValue('１９．５')).toEqual({ value: 19.5 });
  });

  it('keeps the number of an amount printed with its unit, and the text as a note', () => {
    expect(readCellValue('12.5万元', { decimal: true, unitInText: true })).toEqual({
      value: 12.5,
      note: '12.5万元',
    });
    expect(readCellValue('12.5万元')).toEqual({ value: null, note: '12.5万元' });
  });
});
