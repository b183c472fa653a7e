import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@xxgk/parsers';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { CheckInput } from '../types.js';
import { TESTDATA } from '../testing/seeds.js';

/** 淮安市人民政府 2024: a real report with real, non-zero figures and a narrative that states them. */
let input: CheckInput;

beforeAll(async () => {
  const bytes = readFileSync(join(TESTDATA, 'fixtures', 'huaian-2024.pdf'));
  const parsed = await parseDocument(bytes, { fileName: 'huaian-2024.pdf' });
  input = { report: parsed.report, text: parsed.text, outline: parsed.outline };
}, 60_000);

/** Each figure the narrative states, with another value that the tables contradict. */
const PLANTED: readonly [string, string, string][] = [
  ['受理政府信息公开申请3119件', '受理政府信息公开申请3191件', 'text.applications'],
  ['答复3050件', '答复3005件', 'text.applications'],
  ['结转申请34件', '结转申请43件', 'text.applications'],
  ['另有103件顺延', '另有130件顺延', 'text.applications'],
  ['行政复议351件', '行政复议315件', 'text.review'],
  ['结果纠正64件', '结果纠正46件', 'text.review'],
  ['行政诉讼46件', '行政诉讼64件', 'text.review'],
  ['尚未审结7件', '尚未审结9件', 'text.review'],
];

describe('the 淮安 2024 report, read from its PDF', () => {
  it('raises no error and no warning', () => {
    expect(check(input).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  for (const [original, planted, rule] of PLANTED)
    it(`catches “${planted}” where the tables say otherwise`, () => {
      const text = input.text ?? '';
      expect(text).toContain(original);
      const findings = check({ ...input, text: text.replace(original, planted) });
      const hit = findings.filter((f) => f.rule === rule);
      expect(hit.length).toBe(1);
      expect(hit[0]?.severity).toBe('warning');
      expect(hit[0]?.excerpt).toContain(planted.replace(/^\D*/u, '').slice(0, 2));
    });
});
