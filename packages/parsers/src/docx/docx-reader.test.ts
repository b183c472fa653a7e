import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../source-lines.js';
import { docxReader, readDocx } from './docx-reader.js';
import { buildDocx, p, tbl, tc, type DocxParts } from './testing/build-docx.js';
import { TESTDATA } from '../testing/shared-fixtures.js';

const TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');

function lines(body: string, parts?: DocxParts): SourceLine[] {
  return readDocx(buildDocx(body, parts), { fileName: 'test.docx' }).lines;
}

/** Text lines as strings, row lines as arrays of cell texts (copies marked with ~). */
function view(ls: readonly SourceLine[]): (string | string[])[] {
  return ls.map((l) =>
    l.kind === 'text'
      ? (l.cells[0]?.text ?? '')
      : l.cells.map((c) => (c.spanned ? `~${c.text}` : c.text)),
  );
}

function rows(ls: readonly SourceLine[], table: number): string[][] {
  return ls
    .filter((l) => l.kind === 'row' && l.cells[0]?.source.table === table)
    .map((l) => l.cells.map((c) => (c.spanned ? `~${c.text}` : c.text)));
}

const run = (text: string, rPr = ''): string =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('the DOCX reader on the official blank template', () => {
  const doc = readDocx(new Uint8Array(readFileSync(TEMPLATE)), {
    fileName: 'official-blank-template-2021.docx',
  });
  const texts = doc.lines.filter((l) => l.kind === 'text').map((l) => l.cells[0]?.text);

  it('finds the title and the six section headings as text lines', () => {
    expect(texts).toEqual([
      '政府信息公开工作年度报告格式模板',
      '一、总体情况',
      '（文字描述）',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '（文字描述）',
      '六、其他需要报告的事项',
      '（文字描述，收取信息处理费情况在此处报告。）',
    ]);
  });

  it('reads the three tables with their merged cells expanded', () => {
    const proactive = rows(doc.lines, 0);
    expect(proactive).toHaveLength(14);
    expect(proactive[0]).toEqual([
      '第二十条第（一）项',
      ...Array<string>(3).fill('~第二十条第（一）项'),
    ]);
    expect(proactive[5]).toEqual([
      '信息内容',
      '本年处理决定数量',
      '~本年处理决定数量',
      '~本年处理决定数量',
    ]);

    const applications = rows(doc.lines, 1);
    expect(applications).toHaveLength(28);
    expect(applications.every((r) => r.length === 10)).toBe(true);
    expect(applications[1]?.slice(3, 5)).toEqual(['自然人', '法人或其他组织']);
    expect(applications[2]?.[3]).toBe('~自然人');
    expect(applications[4]?.[0]).toBe('二、上年结转政府信息公开申请数量');
    expect(applications[5]?.slice(0, 3)).toEqual([
      '三、本年度办理结果',
      '（一）予以公开',
      '~（一）予以公开',
    ]);
    expect(applications[7]?.slice(0, 3)).toEqual([
      '~三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    expect(applications[26]?.[0]).toBe('~三、本年度办理结果');
    expect(applications[27]?.[0]).toBe('四、结转下年度继续办理');

    const review = rows(doc.lines, 2);
    expect(review).toHaveLength(4);
    expect(review.every((r) => r.length === 15)).toBe(true);
    expect(review[1]?.[5]).toBe('未经复议直接起诉');
    expect(review[2]?.slice(0, 6)).toEqual([
      '~结果维持',
      '~结果\n纠正',
      '~其他\n结果',
      '~尚未\n审结',
      '~总计',
      '结果\n维持',
    ]);
  });

  it('leaves every data cell blank', () => {
    const applications = rows(doc.lines, 1).slice(3);
    for (const row of applications) expect(row.slice(3).every((t) => t.trim() === '')).toBe(true);
    expect(rows(doc.lines, 2)[3]?.every((t) => t === '')).toBe(true);
  });

  it('points a merged copy at the cell where it starts', () => {
    const line = doc.lines.find((l) => l.cells[0]?.text === '~' || l.cells[0]?.spanned === true);
    const copy = line?.cells[0];
    expect(copy?.spanned).toBe(true);
    expect(copy?.source).toMatchObject({ table: 1, row: 0, col: 0 });
    const origin = doc.lines.find((l) => l.cells[0]?.source.table === 1);
    expect(copy?.source.line).toBe(origin?.line);
  });

  it('numbers lines consecutively from 1', () => {
    expect(doc.lines.map((l) => l.line)).toEqual(doc.lines.map((_, i) => i + 1));
  });
});

describe('the DOCX reader on tables as Word, WPS and LibreOffice write them', () => {
  // The same printed table: a label merged down two rows, a header over two columns.
  const printed = [
    ['项目', '申请人', '~申请人'],
    ['~项目', '自然人', '法人'],
    ['收到', '1', '2'],
  ];

  it('joins a number Word split over runs, bookmarks and proofing marks', () => {
    const cell = `<w:tc><w:tcPr><w:tcW w:w="700" w:type="dxa"/></w:tcPr><w:p w:rsidR="00D1" w:rsidRDefault="00D1"><w:bookmarkStart w:id="3" w:name="OLE_LINK1"/><w:r w:rsidRPr="00A2"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>31</w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:t>1</w:t></w:r><w:bookmarkEnd w:id="3"/><w:r><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t>9</w:t></w:r></w:p></w:tc>`;
    expect(view(lines(tbl(2, [tc('总计') + cell])))).toEqual([['总计', '3119']]);
  });

  it('reads vMerge restart/continue with values as Word writes them', () => {
    const word = tbl(3, [
      tc('项目', '<w:vMerge w:val="restart"/>') + tc('申请人', '<w:gridSpan w:val="2"/>'),
      tc('', '<w:vMerge w:val="continue"/>') + tc('自然人') + tc('法人'),
      tc('收到') + tc('1') + tc('2'),
    ]);
    expect(view(lines(word))).toEqual(printed);
  });

  it('reads a bare vMerge as a continuation, as WPS writes it', () => {
    const wps = tbl(3, [
      tc('项目', '<w:vMerge w:val="restart"/>') + tc('申请人', '<w:gridSpan w:val="2"/>'),
      tc('', '<w:vMerge/>') + tc('自然人') + tc('法人'),
      tc('收到') + tc('1') + tc('2'),
    ]);
    expect(view(lines(wps))).toEqual(printed);
  });

  it('gives the same grid when LibreOffice splits the columns differently', () => {
    // LibreOffice keeps a grid column for every distinct cell edge; here each printed column
    // is two grid columns and every cell spans both.
    const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
    const libre = tbl(6, [
      tc('项目', `${span(2)}<w:vMerge w:val="restart"/>`) + tc('申请人', span(4)),
      tc('', `${span(2)}<w:vMerge/>`) + tc('自然人', span(2)) + tc('法人', span(2)),
      tc('收到', span(2)) + tc('1', span(2)) + tc('2', span(2)),
    ]);
    expect(view(lines(libre))).toEqual(printed);
  });

  it('extends a cell to the right over legacy hMerge continuations', () => {
    const legacy = tbl(3, [
      tc('标题', '<w:hMerge w:val="restart"/>') + tc('', '<w:hMerge/>') + tc('', '<w:hMerge/>'),
      tc('a') + tc('b') + tc('c'),
    ]);
    expect(view(lines(legacy))).toEqual([
      ['标题', '~标题', '~标题'],
      ['a', 'b', 'c'],
    ]);
  });

  it('keeps leading grid columns a row skips empty, and a short row short', () => {
    const ragged = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${tc('a') + tc('b') + tc('c')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('y') + tc('z')}</w:tr>
      <w:tr>${tc('only')}</w:tr></w:tbl>`;
    expect(view(lines(ragged))).toEqual([['a', 'b', 'c'], ['', 'y', 'z'], ['only']]);
  });

  it('joins the paragraphs of a cell with line breaks and keeps a w:br inside a cell', () => {
    const cell = `<w:tc>${p('第一段')}<w:p/>${p('第二段')}<w:p><w:r><w:t>结果</w:t><w:br/><w:t>维持</w:t></w:r></w:p></w:tc>`;
    expect(view(lines(tbl(2, [cell + tc('x')])))).toEqual([['第一段\n第二段\n结果\n维持', 'x']]);
  });

  it('reads a table holding another table as layout: its cells’ text, then the inner table', () => {
    const inner = tbl(2, [tc('内1') + tc('内2'), tc('内3') + tc('内4')]);
    const outer = tbl(2, [
      tc('外1') + `<w:tc>${p('外2')}${inner}<w:p/></w:tc>`,
      tc('外3') + tc('外4'),
    ]);
    const ls = lines(outer);
    expect(view(ls)).toEqual(['外1', '外2', ['内1', '内2'], ['内3', '内4'], '外3', '外4']);
    expect(ls.map((l) => l.cells[0]?.source.table)).toEqual([
      undefined,
      undefined,
      0,
      0,
      undefined,
      undefined,
    ]);
  });

  it('reads a two-column layout whose cell holds the report as its text', () => {
    const article = Array.from({ length: 40 }, (_, i) =>
      p(`第${i + 1}段，本机关认真贯彻落实《条例》，做好政府信息公开工作。`),
    ).join('');
    const layout = tbl(2, [tc('导航') + `<w:tc>${p('一、总体情况')}${article}</w:tc>`]);
    const ls = view(lines(layout));
    expect(ls.slice(0, 3)).toEqual([
      '导航',
      '一、总体情况',
      '第1段，本机关认真贯彻落实《条例》，做好政府信息公开工作。',
    ]);
    expect(ls).toHaveLength(42);
  });

  it('reads a single-cell frame around the report as its paragraphs and tables', () => {
    const table = tbl(2, [tc('自然人') + tc('总计'), tc('1') + tc('1')]);
    const frame = tbl(1, [`<w:tc>${p('一、总体情况')}${p('正文')}${table}<w:p/></w:tc>`]);
    const ls = lines(p('标题') + frame + p('结尾'));
    expect(view(ls)).toEqual([
      '标题',
      '一、总体情况',
      '正文',
      ['自然人', '总计'],
      ['1', '1'],
      '结尾',
    ]);
    expect(ls[3]?.cells[0]?.source.table).toBe(0);
  });
});

describe('the DOCX reader on paragraphs', () => {
  it('turns w:tab into a tab and w:br into separate lines', () => {
    const body = `<w:p><w:r><w:t>一、总体情况</w:t><w:tab/><w:t>1</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>`;
    expect(view(lines(body))).toEqual(['一、总体情况\t1', '第二行']);
  });

  it('does not take tab-stop definitions for tabs', () => {
    const body = `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${run('正文')}</w:p>`;
    expect(view(lines(body))).toEqual(['正文']);
  });

  it('keeps inserted text and drops deleted, hidden and moved-away text', () => {
    const body = `<w:p>${run('本年')}<w:del w:id="1"><w:r><w:delText>新收</w:delText></w:r></w:del><w:ins w:id="2">${run('共收到')}</w:ins>${run('隐藏', '<w:vanish/>')}${run('不隐藏', '<w:vanish w:val="0"/>')}<w:moveFrom>${run('移走')}</w:moveFrom><w:moveTo>${run('移来')}</w:moveTo></w:p>`;
    expect(view(lines(body))).toEqual(['本年共收到不隐藏移来']);
  });

  it('keeps field results and drops field codes', () => {
    const body = `<w:p>${run('共')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(ABOVE) </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3153')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('件')}</w:p><w:p><w:fldSimple w:instr=" PAGE ">${run('7')}</w:fldSimple></w:p>`;
    expect(view(lines(body))).toEqual(['共3153件', '7']);
  });

  it('does not lose the rest of the document to a field whose end was deleted', () => {
    const body = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 单位 </w:instrText></w:r><w:del w:id="1"><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:del></w:p>${p('一、总体情况')}`;
    expect(view(lines(body))).toEqual(['一、总体情况']);
  });

  it('leaves a table of contents out, so its entries are not taken for headings', () => {
    const body = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-3" \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('一、总体情况\t1')}</w:p>${p('二、主动公开政府信息情况\t2')}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>${p('一、总体情况')}`;
    expect(view(lines(body))).toEqual(['一、总体情况']);
  });

  it('reads filled content controls and leaves out those still showing their placeholder', () => {
    const control = (text: string, placeholder: boolean): string =>
      `<w:sdt><w:sdtPr><w:alias w:val="单位"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;
    const body = `<w:p>${run('单位：')}${control('单击或点击此处输入文字。', true)}</w:p><w:p>${run('单位：')}${control('某某局', false)}</w:p>`;
    const cell = `<w:tc><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p('输入数字')}</w:sdtContent></w:sdt></w:tc>`;
    expect(view(lines(body + tbl(2, [tc('自然人') + cell])))).toEqual([
      '单位：',
      '单位：某某局',
      ['自然人', ''],
    ]);
  });

  it('turns w:sym into the character it shows', () => {
    const body = `<w:p>${run('是')}<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>${run('否')}<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r><w:r><w:sym w:font="Symbol" w:char="F061"/></w:r><w:r><w:sym w:font="宋体" w:char="2605"/></w:r></w:p>`;
    expect(view(lines(body))).toEqual(['是☑否□α★']);
  });

  it('decodes character references in text', () => {
    expect(view(lines(p('A&amp;B &lt;1&gt; &#x4E00;')))).toEqual(['A&B <1> 一']);
  });

  it('drops blank paragraphs', () => {
    expect(view(lines(`${p('甲')}<w:p/>${p('　 ')}${p('乙')}`))).toEqual(['甲', '乙']);
  });

  it('passes the core properties title as a hint', () => {
    const doc = readDocx(buildDocx(p('x'), { title: 'XX局2024年政府信息公开工作年度报告' }));
    expect(doc.hints).toEqual({ title: 'XX局2024年政府信息公开工作年度报告' });
    expect(readDocx(buildDocx(p('x'), { title: '  ' })).hints).toBeUndefined();
  });
});

describe('the DOCX reader on text boxes', () => {
  const box = (text: string): string => `<w:txbxContent>${p(text)}</w:txbxContent>`;

  it('reads a Word text box once, from the DrawingML choice and not the VML fallback', () => {
    const anchored = `<w:p>${run('正文')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('框内文字')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('框内文字')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>${run('继续')}</w:p>`;
    expect(view(lines(anchored + p('下一段')))).toEqual(['正文继续', '框内文字', '下一段']);
  });

  it('reads a VML-only text box as WPS and older Word write it', () => {
    const vml = `<w:p><w:r><w:pict><v:shape><v:textbox>${box('一、总体情况')}</v:textbox></v:shape></w:pict></w:r></w:p>`;
    expect(view(lines(vml))).toEqual(['一、总体情况']);
  });

  it('reads a table inside a text box', () => {
    const inBox = `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${tbl(2, [tc('a') + tc('b')])}<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    expect(view(lines(inBox))).toEqual([['a', 'b']]);
  });
});

describe('the DOCX reader on list numbering', () => {
  const numbering = `
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
  const styles = `
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>`;
  const numbered = (text: string, numId: string, ilvl: number): string =>
    p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

  it('prints the labels of auto-numbered headings and items', () => {
    const body = [
      p('总体情况', '<w:pStyle w:val="Heading1"/>'),
      numbered('主动公开', '1', 1),
      numbered('依申请公开', '1', 1),
      numbered('细项', '1', 2),
      numbered('细项', '1', 2),
      p('主动公开政府信息情况', '<w:pStyle w:val="MyHeading"/>'),
      numbered('又一项', '1', 1),
      numbered('要点', '2', 0),
      p('未编号'),
      p('取消编号', '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
    ].join('');
    expect(view(lines(body, { numbering, styles }))).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '（二）依申请公开',
      '1.细项',
      '2.细项',
      '二、主动公开政府信息情况',
      '（一）又一项',
      '要点',
      '未编号',
      '取消编号',
    ]);
  });

  it('starts a list instance over at its start override', () => {
    const body =
      numbered('甲', '1', 0) +
      numbered('乙', '1', 0) +
      numbered('戊', '3', 0) +
      numbered('己', '3', 0);
    expect(view(lines(body, { numbering, styles }))).toEqual([
      '一、甲',
      '二、乙',
      '五、戊',
      '六、己',
    ]);
  });

  it('counts past ten the way Chinese documents do', () => {
    const body = Array.from({ length: 12 }, (_, i) => numbered(`第${i + 1}项`, '1', 0)).join('');
    const texts = view(lines(body, { numbering, styles }));
    expect(texts.slice(9)).toEqual(['十、第10项', '十一、第11项', '十二、第12项']);
  });
});

describe('the DOCX reader on imported documents (w:altChunk)', () => {
  const rels = (target: string): Uint8Array =>
    new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${target}"/></Relationships>`,
    );
  const html =
    '<html><body><p>一、总体情况</p><table><tr><td rowspan="2">项目</td><td>自然人</td></tr><tr><td>3</td></tr></table></body></html>';

  it('reads an HTML part wrapped as MHT, as html-docx-js writes "export to Word"', () => {
    const utf8 = Buffer.from(html, 'utf8').toString('latin1');
    const qp = utf8.replace(
      /[^\x20-\x3c\x3e-\x7e]/gu,
      (ch) => `=${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
    const mht = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----=mhtDocumentPart"',
      '',
      '------=mhtDocumentPart',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: file:///C:/fake/document.html',
      '',
      qp.replace(/(.{70})/gu, '$1=\r\n'),
      '',
      '------=mhtDocumentPart--',
    ].join('\r\n');
    const docx = buildDocx(`${p('标题')}<w:altChunk r:id="htmlChunk"/>${p('结尾')}`, {
      extra: {
        'word/_rels/document.xml.rels': rels('/afchunk.mht'),
        'afchunk.mht': Uint8Array.from(mht, (c) => c.charCodeAt(0)),
      },
    });
    const ls = readDocx(docx).lines;
    expect(view(ls)).toEqual(['标题', '一、总体情况', ['项目', '自然人'], ['~项目', '3'], '结尾']);
    expect(ls.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
    expect(ls[3]?.cells[0]?.source).toMatchObject({ table: 0, line: 3 });
  });

  it('reads an HTML part and numbers its tables after the document’s own', () => {
    const docx = buildDocx(`${tbl(2, [tc('a') + tc('b')])}<w:altChunk r:id="htmlChunk"/>`, {
      extra: {
        'word/_rels/document.xml.rels': rels('chunk.html'),
        'word/chunk.html': new TextEncoder().encode(html),
      },
    });
    const ls = readDocx(docx).lines;
    expect(ls.filter((l) => l.kind === 'row').map((l) => l.cells[0]?.source.table)).toEqual([
      0, 1, 1,
    ]);
  });
});

describe('the DOCX reader as a registered reader', () => {
  it('recognises DOCX and legacy .doc bytes and nothing else', () => {
    const docx = buildDocx(p('x'));
    expect(docxReader.sniff(docx)).toBe(true);
    expect(docxReader.sniff(docx, 'report.docx')).toBe(true);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(docxReader.sniff(ole, 'old.doc')).toBe(true);
    expect(docxReader.sniff(new TextEncoder().encode('<html>一、总体情况</html>'), 'a.html')).toBe(
      false,
    );
    expect(docxReader.sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'book.xlsx')).toBe(
      false,
    );
  });

  it('reads through the DocumentReader interface with source docx', async () => {
    const doc = await docxReader.read(buildDocx(p('一、总体情况')), { fileName: 'a.docx' });
    expect(doc.source).toBe('docx');
    expect(doc.lines).toEqual([
      {
        kind: 'text',
        cells: [{ text: '一、总体情况', source: { line: 1, text: '一、总体情况' } }],
        line: 1,
      },
    ]);
  });
});

describe('the DOCX reader on a data table with a long remark', () => {
  it('keeps the table a table', () => {
    const remark = '说明：'.padEnd(400, '本表数据来源于各部门统计报送，');
    const table = tbl(2, [
      tc('信息内容') + tc('本年处理决定数量'),
      tc('行政许可') + tc('12'),
      `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p(remark)}</w:tc>`,
    ]);
    const ls = lines(table);
    expect(ls.map((l) => l.kind)).toEqual(['row', 'row', 'row']);
    expect(ls[1]?.cells.map((c) => c.text)).toEqual(['行政许可', '12']);
  });
});
