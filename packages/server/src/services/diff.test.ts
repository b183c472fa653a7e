import { allCellPaths, emptyReport, getCell, setCell, type Report } from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReports } from './diff.js';

const paths = allCellPaths('2021');
const cellValue = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 500 }));

function reportWith(values: Record<string, number | null>): Report {
  const r = emptyReport('2021');
  for (const [path, value] of Object.entries(values)) setCell(r, path, value);
  return r;
}

describe('the difference between two versions', () => {
  it('lists exactly the cells whose values differ, and applying it turns one into the other', () => {
    const edits = fc.dictionary(fc.constantFrom(...paths), cellValue, { maxKeys: 20 });
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        const from = reportWith(a);
        const to = reportWith(b);
        const diff = diffReports(from, to);
        for (const path of paths) {
          const changed = diff.cells.some((c) => c.path === path);
          expect(changed).toBe((getCell(from, path) ?? null) !== (getCell(to, path) ?? null));
        }
        for (const c of diff.cells) setCell(from, c.path, c.to);
        expect(diffReports(from, to).cells).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('names each changed cell in Chinese and reports changed sections and metadata', () => {
    const a = emptyReport('2021');
    const b = structuredClone(a);
    setCell(b, 'applications.received.total', 3);
    b.sections.problems = '存在的问题。';
    b.title = '新标题';
    const diff = diffReports(a, b);
    expect(diff.cells.map((c) => [c.path, c.from, c.to])).toEqual([
      ['applications.received.total', null, 3],
    ]);
    expect(diff.cells[0]?.label).toContain('总计');
    expect(diff.sections).toEqual([{ key: 'problems', from: null, to: '存在的问题。' }]);
    expect(diff.meta).toEqual([{ key: 'title', from: null, to: '新标题' }]);
  });
});
