import { describe, expect, it } from 'vitest';
import { parseText } from '../index.js';
import { seeds } from '../testing/shared-fixtures.js';

const seed = seeds().find((s) => s.name.startsWith('001_'));
if (!seed) throw new Error('no seed 001 in testdata');
const lines = new TextDecoder().decode(seed.bytes).split('\n');
const from = lines.findIndex((l) => l.trim().startsWith('四、政府信息公开行政复议'));
const to = lines.findIndex((l) => l.trim().startsWith('五、'));
/** Seed 001 with table 四's fifteen figures not printed at all (a blank table as PDF text). */
const header = lines.slice(from, to).filter((l) => l.trim() !== '0');
const blankNulls = { upheld: null, corrected: null, other: null, pending: null, total: null };

describe('a table 四 whose header is printed with no figure after it', () => {
  it('is present with blank cells when the report goes on to section 五', () => {
    const text = [...lines.slice(0, from), ...header, ...lines.slice(to)].join('\n');
    const { report } = parseText(text, { fileName: 'blank-review.txt' });
    expect(report.review).toEqual({
      reconsideration: blankNulls,
      litigationDirect: blankNulls,
      litigationAfterReconsideration: blankNulls,
    });
  });

  it('stays absent when the document is cut off before section 五', () => {
    const text = [...lines.slice(0, from), ...header].join('\n');
    const { report } = parseText(text, { fileName: 'cut.txt' });
    expect(report.review).toEqual({});
  });
});
