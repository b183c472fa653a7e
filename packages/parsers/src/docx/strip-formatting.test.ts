import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCellPaths, emptyReport, setCell } from '@xxgk/model';
import { renderDocx } from '@xxgk/render';
import { describe, expect, it } from 'vitest';
import { Numbering } from './numbering.js';
import { scanDocument } from './scan-document.js';
import { stripFormatting } from './strip-formatting.js';
import { parseStyles } from './styles.js';
import { NAMESPACES } from './testing/build-docx.js';
import { ZipArchive } from './zip.js';
import { TESTDATA } from '../testing/shared-fixtures.js';

const TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');

const NUMBERING = `<w:numbering ${NAMESPACES}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

function scan(xml: string): unknown {
  return scanDocument(xml, Numbering.parse(NUMBERING, parseStyles(undefined)));
}

/** A body with tracked property changes nested inside the blocks the stripper reduces. */
const TRACKED = `<w:document ${NAMESPACES}><w:body>
  <w:p w:rsidR="00A1" w14:paraId="1A2B"><w:pPr><w:pStyle w:val="a3"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:line="560"/><w:rPr><w:b/></w:rPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r w:rsidRPr="00B2"><w:rPr><w:vanish/><w:rPrChange w:id="2"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>隐</w:t></w:r><w:r><w:rPr><w:sz w:val="32"/><w:rPrChange w:id="3"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>显</w:t></w:r><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>文</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>
  <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>
  <w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblPrChange w:id="4"><w:tblPr><w:tblW w:w="5"/></w:tblPr></w:tblPrChange></w:tblPr><w:tblGrid><w:gridCol w:w="1"/><w:gridCol w:w="1"/></w:tblGrid>
    <w:tr><w:trPr><w:trHeight w:val="340"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="2"/><w:gridSpan w:val="2"/><w:tcBorders><w:top w:val="single"/></w:tcBorders><w:tcPrChange w:id="5"><w:tcPr><w:tcW w:w="1"/></w:tcPr></w:tcPrChange></w:tcPr><w:p><w:r><w:t>表头</w:t></w:r></w:p></w:tc></w:tr>
    <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:vMerge w:val="restart"/><w:shd w:fill="C6D9F1"/></w:tcPr><w:p><w:r><w:t>值</w:t></w:r></w:p></w:tc></w:tr>
  </w:tbl><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`;

describe('stripping formatting before the scan', () => {
  it('changes nothing the scanner reads, on tracked changes nested in property blocks', () => {
    expect(stripFormatting(TRACKED)).not.toContain('rsid');
    expect(scan(stripFormatting(TRACKED))).toEqual(scan(TRACKED));
  });

  it('changes nothing the scanner reads in the official template', () => {
    const xml =
      ZipArchive.open(new Uint8Array(readFileSync(TEMPLATE))).readText('word/document.xml') ?? '';
    const stripped = stripFormatting(xml);
    expect(stripped.length).toBeLessThan(xml.length / 3);
    expect(scan(stripped)).toEqual(scan(xml));
  });

  it('changes nothing the scanner reads in a report our writer made', async () => {
    const report = emptyReport('2019');
    allCellPaths('2019').forEach((path, i) => setCell(report, path, i));
    report.sections.overview = '（一）主动公开\n正文';
    const xml = ZipArchive.open(await renderDocx(report)).readText('word/document.xml') ?? '';
    const stripped = stripFormatting(xml);
    expect(stripped.length).toBeLessThan(xml.length / 3);
    expect(scan(stripped)).toEqual(scan(xml));
  });
});
