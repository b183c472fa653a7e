import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyReport, setCell } from '@xxgk/model';
import { renderDocx } from '@xxgk/render';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../source-lines.js';
import { readDocx } from './docx-reader.js';
import { hasLibreOffice, resave } from './testing/libreoffice.js';
import { TESTDATA } from '../testing/shared-fixtures.js';

const TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');
const WORD_2007 = 'docx:MS Word 2007 XML';

function grids(lines: readonly SourceLine[]): string[][][] {
  const out: string[][][] = [];
  for (const line of lines) {
    if (line.kind !== 'row') continue;
    const t = line.cells[0]?.source.table ?? -1;
    (out[t] ??= []).push(
      line.cells.map((c) => (c.spanned ? '~' : '') + c.text.replace(/[\s\u3000]/gu, '')),
    );
  }
  return out;
}

function texts(lines: readonly SourceLine[]): string[] {
  return lines.filter((l) => l.kind === 'text').map((l) => l.cells[0]?.text ?? '');
}

describe.runIf(hasLibreOffice)('DOCX files saved again by LibreOffice', () => {
  it('read back with the same grid as our own DOCX, though LibreOffice rewrites the tables', () => {
    return (async () => {
      const report = emptyReport('2021');
      report.title = '某某县人民政府2024年政府信息公开工作年度报告';
      report.sections.overview = '本年度，本机关认真贯彻落实《条例》。';
      setCell(report, 'applications.received.naturalPerson', 3119);
      setCell(report, 'applications.totalProcessed.total', 3050);
      setCell(report, 'review.reconsideration.total', 351);
      setCell(report, 'proactive.fees.amountWanYuan', 96171.6);
      const ours = await renderDocx(report);
      const again = resave(ours, 'report.docx', WORD_2007);
      expect(again).not.toEqual(ours);
      const before = readDocx(ours).lines;
      const after = readDocx(again, { fileName: 'libreoffice.docx' }).lines;
      expect(grids(after)).toEqual(grids(before));
      expect(texts(after)).toEqual(texts(before));
    })();
  }, 120_000);

  it('read the official template back with the same grid after LibreOffice saved it', () => {
    const template = new Uint8Array(readFileSync(TEMPLATE));
    const again = resave(template, 'template.docx', WORD_2007);
    expect(grids(readDocx(again).lines)).toEqual(grids(readDocx(template).lines));
  }, 120_000);
});
