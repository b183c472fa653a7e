import { emptyReport, getCell, setCell } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { applyEdits, changeCount, correctionOf } from './edits.js';

const base = () => {
  const r = emptyReport('2021');
  setCell(r, 'applications.received.naturalPerson', 10);
  setCell(r, 'applications.received.total', 10);
  r.sections = { overview: '本机关认真贯彻落实条例。' };
  return r;
};

describe('editing a report', () => {
  it('applies typed numbers and sends only the cells that changed', () => {
    const original = base();
    const { report, invalid } = applyEdits(
      original,
      {
        cells: {
          'applications.received.naturalPerson': '12',
          'applications.carriedOver.total': '',
        },
        sections: {},
      },
      false,
    );
    expect(invalid).toEqual([]);
    expect(correctionOf(original, report, ' 核对原件 ')).toEqual({
      cells: [{ path: 'applications.received.naturalPerson', value: 12 }],
      reason: '核对原件',
    });
  });

  it('keeps the saved value of a cell that is not a number and names it', () => {
    const original = base();
    const { report, invalid } = applyEdits(
      original,
      { cells: { 'applications.received.naturalPerson': '十二' }, sections: {} },
      false,
    );
    expect(getCell(report, 'applications.received.naturalPerson')).toBe(10);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.label).toBe('一、本年新收政府信息公开申请数量 · 自然人');
  });

  it('computes totals from their parts when filling in, and sends them as changes', () => {
    const original = base();
    const { report } = applyEdits(
      original,
      { cells: { 'applications.received.commercial': '3' }, sections: {} },
      true,
    );
    expect(getCell(report, 'applications.received.total')).toBe(13);
    const c = correctionOf(original, report, '填报');
    expect(c.cells).toContainEqual({ path: 'applications.received.total', value: 13 });
  });

  it('sends an edited paragraph and a new title, and counts every change', () => {
    const original = base();
    const { report } = applyEdits(
      original,
      { cells: {}, sections: { problems: '一是……' }, title: 'XX局2024年政府信息公开工作年度报告' },
      false,
    );
    const c = correctionOf(original, report, '补充第五部分');
    expect(c.sections).toEqual({ problems: '一是……' });
    expect(c.meta).toEqual({ title: 'XX局2024年政府信息公开工作年度报告' });
    expect(changeCount(c)).toBe(2);
  });

  it('sees no change when nothing typed differs from what was saved', () => {
    const original = base();
    const { report } = applyEdits(
      original,
      {
        cells: { 'applications.received.naturalPerson': '10' },
        sections: { overview: '本机关认真贯彻落实条例。' },
      },
      false,
    );
    expect(changeCount(correctionOf(original, report, 'x'))).toBe(0);
  });
});
