import { describe, expect, it } from 'vitest';
import type { Report } from '@xxgk/model';
import { parseDocument, parseText } from '../index.js';
import { HTML_LAYOUTS, renderHtmlLayout } from '../html/testing/html-layouts.js';
import { huaianTables } from '../testing/shared-fixtures.js';
import { renderTextReport, type TextLayout } from '../testing/text-layouts.js';

const truth: Report = huaianTables();

/** Table 三's sub-rows printed without their numbers: `1.属于国家秘密` → `属于国家秘密`. */
const unnumbered = (text: string): string =>
  text.replace(/(^|\| |\t|>)\d\.(?=[\u4e00-\u9fff])/gmu, '$1');

const LAYOUTS: readonly TextLayout[] = ['pipe-leading', 'cell-per-line', 'word-tab'];

describe('an unnumbered 其他 under （六）其他处理', () => {
  it('is read as 三（六）3.其他 right after the row 2. of （六）, in text layouts and HTML', async () => {
    for (const layout of LAYOUTS) {
      const text = unnumbered(renderTextReport(truth, layout));
      expect(text).not.toMatch(/3\.其他/u);
      const { report } = parseText(text, { fileName: 'r.txt' });
      expect(report.applications['otherHandling.other'], layout).toEqual(
        truth.applications['otherHandling.other'],
      );
      expect(report.applications, layout).toEqual(truth.applications);
    }
    for (const layout of HTML_LAYOUTS) {
      const html = unnumbered(renderHtmlLayout(truth, layout));
      expect(html, layout).not.toMatch(/3\.其他/u);
      const { report } = await parseDocument(new TextEncoder().encode(html), {
        fileName: 'r.html',
      });
      expect(report.applications, layout).toEqual(truth.applications);
    }
  });

  it('is read when written 其它 (a common variant of 其他), numbered or not', () => {
    const numbered = renderTextReport(truth, 'pipe-leading');
    for (const text of [numbered, unnumbered(numbered)]) {
      const variant = text.replace(/(\| (?:3\.)?)其他( \| \d)/u, '$1其它$2');
      expect(variant).toMatch(/其它 \| \d/u);
      const { report } = parseText(variant, { fileName: 'r.txt' });
      expect(report.applications).toEqual(truth.applications);
    }
  });

  it('is not read as that row anywhere else: after （七）总计, or with no （六）2. before it', () => {
    const text = unnumbered(renderTextReport(truth, 'pipe-leading'));
    const lines = text.split('\n');
    const other = lines.findIndex((l) => /^\|[\s|]*其他 \| \d/u.test(l));
    const total = lines.findIndex((l) => l.includes('（七）总计'));
    expect(other).toBeGreaterThan(0);
    expect(total).toBe(other + 1);
    // Moved below 总计.
    const moved = [...lines];
    const [row] = moved.splice(other, 1);
    moved.splice(total, 0, row as string);
    const below = parseText(moved.join('\n'), { fileName: 'r.txt' }).report;
    expect(below.applications['otherHandling.other']).toBeUndefined();
    // The row 2. of （六） left out.
    const without = lines.filter((_, i) => i !== other - 1).join('\n');
    const alone = parseText(without, { fileName: 'r.txt' }).report;
    expect(alone.applications['otherHandling.other']).toBeUndefined();
  });
});
