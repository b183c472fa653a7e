import { describe, expect, it } from 'vitest';
import type { Report } from '@xxgk/model';
import { parseText } from '../index.js';
import { huaianTables } from '../testing/shared-fixtures.js';
import { renderTextReport } from '../testing/text-layouts.js';

const truth: Report = huaianTables();

/** Table 三's sub-rows renumbered: `1.属于国家秘密` → `${number(1)}属于国家秘密`. */
function renumbered(text: string, number: (n: number) => string): string {
  return text.replace(/(^|\| )(\d)\.(?=[\u4e00-\u9fff])/gmu, (_, before: string, n: string) => {
    return `${before}${number(Number(n))}`;
  });
}

describe('table 三 sub-rows numbered otherwise than 1. 2. 3.', () => {
  const plain = parseText(renderTextReport(truth, 'pipe-leading'), { fileName: 'r.txt' }).report;

  it('are read when numbered ①②③, (1)(2)(3) or （1）（2）（3）, 其他 included', () => {
    for (const number of [
      (n: number) => String.fromCharCode(0x2460 + n - 1),
      (n: number) => `(${n})`,
      (n: number) => `（${n}）`,
    ]) {
      const text = renumbered(renderTextReport(truth, 'pipe-leading'), number);
      expect(text).toContain(`| ${number(3)}其他 |`);
      expect(parseText(text, { fileName: 'r.txt' }).report.applications).toEqual(
        plain.applications,
      );
    }
  });

  it('are read when printed without their numbers, under their group', () => {
    const text = renumbered(renderTextReport(truth, 'pipe-leading'), () => '');
    expect(text).toContain('| 属于国家秘密 |');
    // Unnumbered, 其他 is too common a word to be a row by itself: only the numbered rows.
    const { applications } = parseText(text, { fileName: 'r.txt' }).report;
    expect(applications).toMatchObject({
      'withheld.stateSecret': plain.applications['withheld.stateSecret'],
      'notProcessed.confirmation': plain.applications['notProcessed.confirmation'],
    });
  });
});
