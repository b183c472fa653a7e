import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCell, parseCellInput } from './cell-value.js';

describe('number cell input', () => {
  it('reads blank, dashes, slashes and 无 as a blank cell, not zero', () => {
    for (const t of ['', '  ', '-', '—', '/', '无'])
      expect(parseCellInput(t)).toEqual({ ok: true, value: null });
    expect(parseCellInput('0')).toEqual({ ok: true, value: 0 });
  });

  it('accepts full-width digits, decimals and grouped thousands', () => {
    expect(parseCellInput('１２３')).toEqual({ ok: true, value: 123 });
    expect(parseCellInput('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseCellInput('3,119')).toEqual({ ok: true, value: 3119 });
    expect(parseCellInput('-3')).toEqual({ ok: true, value: -3 });
  });

  it('refuses text that is not a number, quoting it in the message', () => {
    const r = parseCellInput('12件');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('「12件」不是数字');
    expect(parseCellInput('1,2,3').ok).toBe(false);
  });

  it('reads back every number it prints', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (n) => {
        const v = Math.round(n * 100) / 100;
        const parsed = parseCellInput(formatCell(v));
        expect(parsed).toEqual({ ok: true, value: v === 0 ? 0 : v });
      }),
    );
  });
});
