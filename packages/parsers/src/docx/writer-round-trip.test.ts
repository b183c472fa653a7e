import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCellPaths, emptyReport, setCell, type Report } from '@xxgk/model';
import { cellText, layoutGrid, renderDocx, tableLayouts, type LayoutTableId } from '@xxgk/render';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../source-lines.js';
import { readDocx } from './docx-reader.js';
import { arbitraryFilledReport } from './testing/arbitrary-filled-report.js';
import { TESTDATA } from '../testing/shared-fixtures.js';

const TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');
const TABLES: readonly LayoutTableId[] = ['proactive', 'applications', 'review'];

/** A grid position as the reader gives it: its text, `~` marking a merged copy. */
type Grid = string[][];

function tablesRead(lines: readonly SourceLine[]): Grid[] {
  const grids: Grid[] = [];
  for (const line of lines) {
    if (line.kind !== 'row') continue;
    const table = line.cells[0]?.source.table ?? -1;
    (grids[table] ??= []).push(line.cells.map((c) => (c.spanned ? `~${c.text}` : c.text)));
  }
  return grids;
}

/** The grid a report's tables must read back as: the layout's cells, data cells as printed. */
function tablesExpected(report: Report): Grid[] {
  const layouts = tableLayouts(report.format);
  return TABLES.map((id) =>
    layoutGrid(layouts[id]).map((slots) =>
      slots.map((slot) => {
        if (!slot) return '<hole>';
        const cell = slot.cell;
        const text = cell.kind === 'data' && cell.path ? cellText(report, cell.path) : cell.text;
        return slot.origin ? text : `~${text}`;
      }),
    ),
  );
}

/** Tables with white space removed: the template pads blank cells with ideographic spaces. */
const squeeze = (grids: Grid[]): Grid[] =>
  grids.map((grid) => grid.map((row) => row.map((t) => t.replace(/[\s\u3000]/gu, ''))));

describe('reports written as DOCX and read back', () => {
  it('give the tables they were written with, cell for cell, in both formats', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFilledReport(), async (report) => {
        const doc = readDocx(await renderDocx(report), { fileName: 'round-trip.docx' });
        expect(tablesRead(doc.lines)).toEqual(tablesExpected(report));
      }),
      { numRuns: 24 },
    );
  });

  it.each(['2021', '2019'] as const)(
    'give back %s tables whose every cell holds the longest exact count, printed in narrowed digits',
    async (format) => {
      const report = emptyReport(format);
      for (const path of allCellPaths(format)) setCell(report, path, Number.MAX_SAFE_INTEGER);
      const doc = readDocx(await renderDocx(report), { fileName: 'widest.docx' });
      expect(tablesRead(doc.lines)).toEqual(tablesExpected(report));
    },
  );

  it('keep the title, the section headings and the narrative paragraphs as text lines', async () => {
    const report = emptyReport('2021');
    report.title = '某某县自然资源局2024年政府信息公开工作年度报告';
    report.agency = '某某县自然资源局';
    report.publishedOn = '2025-01-20';
    report.sections.overview = '本年度，本局认真贯彻落实《条例》。\n（一）主动公开';
    report.sections.problems = '公开内容不够全面。';
    const doc = readDocx(await renderDocx(report));
    const texts = doc.lines.filter((l) => l.kind === 'text').map((l) => l.cells[0]?.text);
    expect(texts).toEqual([
      // The writer breaks a long title where the sense allows (GB/T 9704).
      '某某县自然资源局2024年',
      '政府信息公开工作年度报告',
      '一、总体情况',
      '本年度，本局认真贯彻落实《条例》。',
      '（一）主动公开',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '公开内容不够全面。',
      '六、其他需要报告的事项',
      '某某县自然资源局',
      '2025年1月20日',
    ]);
    expect(doc.hints).toEqual({ title: '某某县自然资源局2024年政府信息公开工作年度报告' });
  });
});

describe('the official template filled by our writer', () => {
  const blank = tablesRead(
    readDocx(new Uint8Array(readFileSync(TEMPLATE)), { fileName: 'template.docx' }).lines,
  );

  it('reads back with the blank template’s grid, labels and merges', async () => {
    const filled = tablesRead(readDocx(await renderDocx(emptyReport('2021'))).lines);
    expect(squeeze(filled)).toEqual(squeeze(blank));
  });

  it('reads back with its values where the blank template has empty cells', async () => {
    const report = emptyReport('2021');
    setCell(report, 'applications.received.naturalPerson', 3119);
    setCell(report, 'applications.carriedOver.total', 34);
    setCell(report, 'review.litigationAfterReconsideration.pending', 6);
    setCell(report, 'proactive.fees.amountWanYuan', 0.35);
    const filled = tablesRead(readDocx(await renderDocx(report)).lines);
    const differences: string[] = [];
    filled.forEach((rows, t) =>
      rows.forEach((cells, r) =>
        cells.forEach((text, c) => {
          const before = (blank[t]?.[r]?.[c] ?? '').replace(/[\s\u3000]/gu, '');
          if (text.replace(/[\s\u3000]/gu, '') !== before)
            differences.push(`${t}:${r}:${c}=${text}`);
        }),
      ),
    );
    // The fee spans three grid columns, so it reads back three times (twice as a copy).
    expect(differences.sort()).toEqual(
      ['0:13:1=0.35', '0:13:2=~0.35', '0:13:3=~0.35', '1:3:3=3119', '1:4:9=34', '2:3:13=6'].sort(),
    );
  });
});
