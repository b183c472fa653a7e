import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { TESTDATA } from '../../testing/testdata.js';

/** The blank official template in the repository's testdata (tests only: product code never reads it). */
export const OFFICIAL_TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');

/** A cell of a template table with the area it covers in the table's grid (0-based). */
export interface TemplateCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Text of the cell, trimmed of spaces and ideographic spaces. */
  text: string;
}

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`<w:${name} w:val="([^"]*)"`, 'u').exec(xml)?.[1];

/**
 * The tables of the official template as cells with spans, expanded from `gridSpan` and
 * `vMerge` the way Word lays them out: a `vMerge` without `restart` continues the cell above
 * in the same grid column.
 */
export function templateTables(path = OFFICIAL_TEMPLATE): TemplateCell[][] {
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  const document = zip['word/document.xml'];
  if (!document) throw new Error('template has no word/document.xml');
  const xml = strFromU8(document);
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)].map(([table]) => {
    const cells: TemplateCell[] = [];
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)].map((m) => m[0]);
    rows.forEach((rowXml, r) => {
      let col = 0;
      for (const [tc] of rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/gu)) {
        const colSpan = Number(attr(tc, 'gridSpan') ?? '1');
        const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/u.exec(tc);
        if (vMerge && vMerge[1] !== 'restart') {
          const above = cells.find((c) => c.col === col && c.row + c.rowSpan === r);
          if (!above) throw new Error(`vMerge continue without a cell above at ${r},${col}`);
          above.rowSpan += 1;
        } else {
          const text = [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)]
            .map((m) => m[1] ?? '')
            .join('')
            .replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
          cells.push({ row: r, col, rowSpan: 1, colSpan, text });
        }
        col += colSpan;
      }
    });
    return cells;
  });
}
