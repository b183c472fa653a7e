import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IMAGE_LINE, isXxgkError } from '@xxgk/model';
import type { SourceDocument } from '../source-document.js';
import type { SourceLine } from '../source-lines.js';
import { textToSourceDocument } from '../text/index.js';
import { htmlReader, readHtml } from './html-reader.js';

const sample = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./samples/${name}`, import.meta.url)));

const read = (bytes: Uint8Array, fileName?: string): Promise<SourceDocument> =>
  htmlReader.read(bytes, { fileName });

/**
 * Lines as strings: a text line is its text; a row is `R<table>/<row>:` and its cells joined by
 * ` | `, a span's copy shown as `^` + text.
 */
function show(lines: readonly SourceLine[]): string[] {
  return lines.map((l) => {
    if (l.kind === 'text') return l.cells.map((c) => c.text).join(' | ');
    const first = l.cells[0]?.source;
    const cells = l.cells.map((c) => (c.spanned ? `^${c.text}` : c.text)).join(' | ');
    return `R${first?.table}/${l.cells.find((c) => !c.spanned)?.source.row ?? first?.row}: ${cells}`;
  });
}

/** The provenance every reader owes: numbered lines, grid positions, copies pointing home. */
function expectConsistentProvenance(lines: readonly SourceLine[]): void {
  const rowLine = new Map<string, number>();
  lines.forEach((l, i) => {
    expect(l.line).toBe(i + 1);
    if (l.kind === 'text') {
      expect(l.cells).toHaveLength(1);
      expect(l.cells[0]?.source).toEqual({ line: l.line, text: l.cells[0]?.text });
      return;
    }
    l.cells.forEach((c, col) => {
      expect(c.source.text).toBe(c.text);
      // Rows of preformatted text come from the text reader: lines and cells, no table.
      if (c.source.table === undefined) {
        expect(c.source).toEqual({ line: l.line, text: c.text });
        return;
      }
      if (c.spanned) return;
      expect(c.source.col).toBe(col);
      expect(c.source.line).toBe(l.line);
      rowLine.set(`${c.source.table}/${c.source.row}`, l.line);
    });
  });
  for (const l of lines)
    for (const c of l.cells)
      if (c.spanned) {
        const home = lines[(c.source.line ?? 0) - 1];
        const origin = home?.cells[c.source.col ?? -1];
        expect(origin?.spanned).toBeUndefined();
        expect(origin?.text).toBe(c.text);
        expect(origin?.source.row).toBe(c.source.row);
        expect(rowLine.get(`${c.source.table}/${c.source.row}`)).toBe(c.source.line);
      }
}

const span4 = (text: string): string => `${text} | ^${text} | ^${text} | ^${text}`;

describe('the HTML reader on real-shaped pages', () => {
  it('reads a government site page without its navigation, breadcrumbs, tools and footer', async () => {
    const doc = await read(sample('gov-page.html'), 'gov-page.html');
    expect(doc.source).toBe('html');
    expect(doc.hints).toEqual({
      title: '2024年度绍兴市上虞区经济和信息化局政府信息公开工作年度报告',
      publishedOn: '2025-01-22',
    });
    expect(show(doc.lines)).toEqual([
      'R0/0: 索引号： | 002590745/2025-00388 | 公开方式： | 主动公开',
      'R0/1: 发布单位： | 绍兴市上虞区经济和信息化局 | 公开日期： | 2025-01-22',
      '2024年度绍兴市上虞区经济和信息化局政府信息公开工作年度报告',
      '发布时间：2025-01-22 15:32 来源：区经信局 字号：',
      '本年度报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求编制。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      '一、总体情况',
      '2024年，区经信局认真学习贯彻《中华人民共和国政府信息公开条例》，持续深入开展各项政务公开工作。',
      '（一）主动公开情况',
      '区政府门户网站年度公开信息69篇，微信公众号全年推送信息89篇。',
      '二、主动公开政府信息情况',
      `R1/0: ${span4('第二十条第（一）项')}`,
      'R1/1: 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
      'R1/2: 规章 | 0 | 0 | 0',
      'R1/3: 行政规范性文件 | 0 | 2 | 1',
      `R1/4: ${span4('第二十条第（五）项')}`,
      'R1/5: 信息内容 | 本年处理决定数量 | ^本年处理决定数量 | ^本年处理决定数量',
      'R1/6: 行政许可 | 0 | ^0 | ^0',
      `R1/7: ${span4('第二十条第（六）项')}`,
      'R1/8: 信息内容 | 本年处理决定数量 | ^本年处理决定数量 | ^本年处理决定数量',
      'R1/9: 行政处罚 | 0 | ^0 | ^0',
      'R1/10: 行政强制 |  | ^ | ^',
      `R1/11: ${span4('第二十条第（八）项')}`,
      'R1/12: 信息内容 | 本年收费金额（单位：万元） | ^本年收费金额（单位：万元） | ^本年收费金额（单位：万元）',
      'R1/13: 行政事业性收费 | 0 | ^0 | ^0',
      '五、存在的主要问题及改进情况',
      '2024年，我局政务公开工作取得了一定成效，但仍存在信息更新不够及时等问题。',
      '六、其他需要报告的事项',
      '本年度未收取信息处理费。',
      '绍兴市上虞区经济和信息化局',
      '2025年1月22日',
    ]);
    expectConsistentProvenance(doc.lines);
    expect(doc.lines[12]?.cells[3]?.source).toEqual({
      line: 13,
      table: 1,
      row: 2,
      col: 3,
      text: '0',
    });
    expect(doc.lines[16]?.cells[2]).toEqual({
      text: '0',
      spanned: true,
      source: { line: 17, table: 1, row: 6, col: 1, text: '0' },
    });
  });

  it('reads a Word-exported page: MsoNormal, <o:p>, nested spans, wrapped source, one character per line', async () => {
    const doc = await read(sample('word-export.html'));
    expect(doc.hints).toEqual({ title: '淄博市工业和信息化局2021年政府信息公开工作年度报告' });
    const fields = '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计';
    const copies = '^结果维持 | ^结果纠正 | ^其他结果 | ^尚未审结 | ^总计';
    const repeat = (text: string, n: number): string =>
      [text, ...Array.from({ length: n - 1 }, () => `^${text}`)].join(' | ');
    expect(show(doc.lines)).toEqual([
      '淄博市工业和信息化局2021年政府信息公开工作年度报告',
      '本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。如对本报告有疑问，请与淄博市工业和信息化局办公室联系（电话：0533-3185106）。',
      '一、总体情况',
      '（一） 主动公开情况',
      '全年主动公开政府信息156条，其中政策文件12条。',
      '二、主动公开政府信息情况',
      `R0/0: ${span4('第二十条第（一）项')}`,
      'R0/1: 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
      'R0/2: 规章 | 0 | 0 | 0',
      'R0/3: 行政规范性文件 | 1 |  | 5',
      '四、政府信息公开行政复议、行政诉讼情况',
      `R1/0: ${repeat('行政复议', 5)} | ${repeat('行政诉讼', 10)}`,
      `R1/1: ${fields} | ${repeat('未经复议直接起诉', 5)} | ${repeat('复议后起诉', 5)}`,
      `R1/2: ${copies} | ${fields} | ${fields}`,
      'R1/3: 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |  |  |  |  | ',
      '六、其他需要报告的事项',
      '本机关2021年度未收取信息处理费。',
      '淄博市工业和信息化局',
      '2022年1月29日',
    ]);
    expectConsistentProvenance(doc.lines);
  });

  it('reads a GBK page labelled gb2312 with a GBK-only character, inside an old table layout', async () => {
    const bytes = sample('gbk-page.html');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const doc = await read(bytes);
    expect(doc.hints).toEqual({ title: '大碶街道办事处2020年政府信息公开工作年度报告' });
    const caption = (item: string): string => span4(`第二十条第（${item}）项`);
    expect(show(doc.lines)).toEqual([
      '您现在的位置：首页 > 政府信息公开年报',
      '大碶街道办事处2020年政府信息公开工作年度报告',
      '本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
      '一、总体情况',
      '2020年，大碶街道认真贯彻落实政府信息公开工作要求。',
      '二、主动公开政府信息情况',
      `R0/0: ${caption('一')}`,
      'R0/1: 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量',
      'R0/2: 规章 | 0 | 0 | 0',
      'R0/3: 规范性文件 | 2 | 2 | 17',
      `R0/4: ${caption('五')}`,
      'R0/5: 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      'R0/6: 行政许可 | 3 | 0 | 41',
      'R0/7: 其他对外管理服务事项 | 0 | 0 | 0',
      `R0/8: ${caption('六')}`,
      'R0/9: 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      'R0/10: 行政处罚 | 5 | -2 | 12',
      'R0/11: 行政强制 | 0 | 0 | 0',
      `R0/12: ${caption('八')}`,
      'R0/13: 信息内容 | 上一年项目数量 | 本年增/减 | ',
      'R0/14: 行政事业性收费 | 0 | 0 | ',
      `R0/15: ${caption('九')}`,
      'R0/16: 信息内容 | 采购项目数量 | 采购总金额 | ',
      'R0/17: 政府集中采购 | 4 | 36.5万元 | ',
      '六、其他需要报告的事项',
      '无。',
      '宁波市北仑区人民政府大碶街道办事处',
      '2021年1月25日',
      '【】【】',
      '版权所有：宁波市北仑区人民政府 浙ICP备05010405号',
    ]);
    expectConsistentProvenance(doc.lines);
  });

  it('expands the national template tables 三 and 四 into their full grids', async () => {
    const doc = await read(sample('template-tables.html'));
    const lines = show(doc.lines);
    const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
    const rows = doc.lines.filter((l) => l.kind === 'row');
    expect(rows.filter((l) => l.cells[0]?.source.table === 0)).toHaveLength(28);
    expect(rows.filter((l) => l.cells[0]?.source.table === 1)).toHaveLength(4);
    for (const row of rows)
      expect(row.cells).toHaveLength(row.cells[0]?.source.table === 0 ? 10 : 15);
    expect(lines.slice(0, 10)).toEqual([
      '淮安市人民政府2024年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      `R0/0: ${note} | ^${note} | ^${note} | 申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况`,
      `R0/1: ^${note} | ^${note} | ^${note} | 自然人 | 法人或其他组织 | ^法人或其他组织 | ^法人或其他组织 | ^法人或其他组织 | ^法人或其他组织 | 总计`,
      `R0/2: ^${note} | ^${note} | ^${note} | ^自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^总计`,
      'R0/3: 一、本年新收政府信息公开申请数量 | ^一、本年新收政府信息公开申请数量 | ^一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119',
      'R0/4: 二、上年结转政府信息公开申请数量 | ^二、上年结转政府信息公开申请数量 | ^二、上年结转政府信息公开申请数量 | 34 | 0 | 0 | 0 | 0 | 0 | 34',
      'R0/5: 三、本年度办理结果 | （一）予以公开 | ^（一）予以公开 | 1288 | 21 | 0 | 0 | 50 | 3 | 1362',
      'R0/6: ^三、本年度办理结果 | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | ^（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 447 | 7 | 0 | 0 | 0 | 0 | 454',
      'R0/7: ^三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2',
    ]);
    expect(lines.slice(24, 35)).toEqual([
      'R0/22: ^三、本年度办理结果 | ^（五）不予处理 | 5.要求行政机关确认或重新出具已获取信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
      'R0/23: ^三、本年度办理结果 | （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 67 | 3 | 0 | 0 | 1 | 0 | 71',
      'R0/24: ^三、本年度办理结果 | ^（六）其他处理 | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6',
      'R0/25: ^三、本年度办理结果 | ^（六）其他处理 | 3.其他 | 108 | 2 | 0 | 0 | 0 | 0 | 110',
      'R0/26: ^三、本年度办理结果 | （七）总计 | ^（七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3050',
      'R0/27: 四、结转下年度继续办理 | ^四、结转下年度继续办理 | ^四、结转下年度继续办理 | 103 | 0 | 0 | 0 | 0 | 0 | 103',
      '四、政府信息公开行政复议、行政诉讼情况',
      'R1/0: 行政复议 | ^行政复议 | ^行政复议 | ^行政复议 | ^行政复议 | 行政诉讼 | ^行政诉讼 | ^行政诉讼 | ^行政诉讼 | ^行政诉讼 | ^行政诉讼 | ^行政诉讼 | ^行政诉讼 | ^行政诉讼 | ^行政诉讼',
      'R1/1: 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | ^未经复议直接起诉 | ^未经复议直接起诉 | ^未经复议直接起诉 | ^未经复议直接起诉 | 复议后起诉 | ^复议后起诉 | ^复议后起诉 | ^复议后起诉 | ^复议后起诉',
      'R1/2: ^结果维持 | ^结果纠正 | ^其他结果 | ^尚未审结 | ^总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计',
      'R1/3: 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20',
    ]);
    // The 22-row block label of the 2021 format reaches from （一） down to （七）总计.
    const block = rows.filter((l) => l.cells[0]?.text === '三、本年度办理结果');
    expect(block).toHaveLength(22);
    expect(block.every((l, i) => (l.cells[0]?.spanned ?? false) === i > 0)).toBe(true);
    expect(block[21]?.cells[0]?.source).toEqual({
      line: 8,
      table: 0,
      row: 5,
      col: 0,
      text: '三、本年度办理结果',
    });
    expectConsistentProvenance(doc.lines);
  });

  it('joins cells split over several paragraphs, keeps blanks blank and stops where a cut-off page stops', async () => {
    const doc = await read(sample('split-cells.html'));
    const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
    expect(show(doc.lines)).toEqual([
      '县交通运输局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '2023年，县交通运输局主动公开政府信息88条。',
      '二、主动公开政府信息情况',
      '表一 主动公开政府信息情况',
      `R0/0: ${span4('第二十条第（一）项')}`,
      'R0/1: 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
      'R0/2: 规章 |  |  | ',
      'R0/3: 行政规范性文件 | 22（其中修订16件） | 1 5 | -',
      `R0/4: ${span4('第二十条第（五）项')}`,
      'R0/5: 信息内容 | 本年处理决定数量 | ^本年处理决定数量 | ^本年处理决定数量',
      'R0/6: 行政许可 | 1,203 | ^1,203 | ^1,203',
      `R0/7: ${span4('第二十条第（八）项')}`,
      'R0/8: 信息内容 | 本年收费金额（单位：万元） | ^本年收费金额（单位：万元） | ^本年收费金额（单位：万元）',
      'R0/9: 行政事业性收费 | 12.5 Excel统计 | ^12.5 Excel统计 | ^12.5 Excel统计',
      '三、收到和处理政府信息公开申请情况',
      `R1/0: ${note} | ^${note} | ^${note} | 申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况 | ^申请人情况`,
      `R1/1: ^${note} | ^${note} | ^${note} | 自然人 | 法人或其他组织 | ^法人或其他组织 | ^法人或其他组织 | ^法人或其他组织 | ^法人或其他组织 | 总计`,
      `R1/2: ^${note} | ^${note} | ^${note} | ^自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^总计`,
      'R1/3: 一、本年新收政府信息公开申请数量 | ^一、本年新收政府信息公开申请数量 | ^一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6',
      'R1/4: 二、上年结转政府信息公开申请数量 | ^二、上年结转政府信息公开申请数量 | ^二、上年结转政府信息公开申请数量 | 0 | 0 | 0',
    ]);
    expectConsistentProvenance(doc.lines);
  });
});

/** Lines of a page read from a string. */
const linesOf = (html: string): string[] => show(readHtml(html).lines);

describe('the HTML reader on page furniture and markup quirks', () => {
  it('ignores scripts, styles, Word properties, conditional comments and form controls', () => {
    expect(
      linesOf(`<html><head><title>t</title><style>p{color:red}</style>
<script>document.write("<p>脚本</p>")</script></head><body>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml>
<noscript>请启用脚本</noscript><select><option>部门网站</option></select>
<p>一、总体情况<!-- 编辑备注 --></p><textarea>留言</textarea><button>搜索</button>
</body></html>`),
    ).toEqual(['一、总体情况']);
  });

  it('leaves out navigation, breadcrumbs, share boxes, print/close links and the site footer', () => {
    expect(
      linesOf(`<body><nav><a href="/">首页</a></nav>
<div class="crumbs">当前位置：首页 &gt; 年报</div><div id="dqwz">您现在的位置：首页</div>
<ul class="sub_menu"><li>政府信息公开年报</li></ul>
<div class="content"><p>二、主动公开政府信息情况</p>
<p>【<a href="javascript:window.print();">打印</a>】【<a href="JavaScript:window.close()">关闭</a>】</p></div>
<div class="share-box">分享到：微信</div><footer>版权所有</footer><div class="site_foot">备案号</div></body>`),
    ).toEqual(['二、主动公开政府信息情况', '【】【】']);
  });

  it('keeps a footer that belongs to the article, with its signature and date', () => {
    expect(
      linesOf(
        '<main><section><p>六、其他需要报告的事项</p></section><footer class="signature"><p>某某局</p><p>2025年1月20日</p></footer></main>',
      ),
    ).toEqual(['六、其他需要报告的事项', '某某局', '2025年1月20日']);
    expect(
      linesOf(
        '<article><p>六、其他需要报告的事项</p><footer>某某局<br>2025年1月20日</footer></article><footer>版权所有</footer>',
      ),
    ).toEqual(['六、其他需要报告的事项', '某某局', '2025年1月20日']);
  });

  it('leaves out hidden elements, but reads hidden tables when they are the only ones', () => {
    expect(
      linesOf(
        '<p>一、总体情况</p><p style="display: none">隐藏</p><div hidden>也隐藏</div><table><tr><td>规章</td><td>0</td></tr></table><table style="visibility:hidden"><tr><td>x</td><td>1</td></tr></table>',
      ),
    ).toEqual(['一、总体情况', 'R0/0: 规章 | 0']);
    expect(
      linesOf(
        '<p>一、总体情况</p><div style="DISPLAY:none"><table><tr><td>规章</td><td>0</td></tr></table></div>',
      ),
    ).toEqual(['一、总体情况', 'R0/0: 规章 | 0']);
  });

  it('reads Word list numbers revealed by downlevel conditionals, and smart tags as text', () => {
    expect(
      linesOf(`<p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>加大主动公开力度</span></p>
<p class=MsoNormal><st1:chsdate Year="2025" Month="1" Day="20" w:st="on">2025年1月20日</st1:chsdate></p>`),
    ).toEqual(['1. 加大主动公开力度', '2025年1月20日']);
  });

  it('breaks lines at <br> and block elements, and keeps inline elements on one line', () => {
    expect(
      linesOf(
        '<div>一、<b>总体</b><span>情况</span><br/>第一段<div>第二段</div>第三段<h3>二、主动公开政府信息情况</h3><li>条目</li></div>',
      ),
    ).toEqual(['一、总体情况', '第一段', '第二段', '第三段', '二、主动公开政府信息情况', '条目']);
  });

  it('marks a picture in the text where it stands, but not an icon or spacer, nor inside a table cell', () => {
    const doc = readHtml(
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="/u/t4.png" alt=""></p><p>五、存在的主要问题及改进情况</p><p><img src="spacer.gif" width="1" height="1"></p>' +
        '<table><tr><td>行政许可</td><td><img src="x.gif">12</td></tr></table>',
    );
    expect(show(doc.lines)).toEqual([
      '四、政府信息公开行政复议、行政诉讼情况',
      IMAGE_LINE,
      '五、存在的主要问题及改进情况',
      'R0/0: 行政许可 | 12',
    ]);
  });

  it('leaves footnote marks out of a table cell: superscripts and Word footnote references', () => {
    const doc = readHtml(
      '<table><tr><td>一、本年新收政府信息公开申请数量<sup>①</sup></td><td>5</td></tr>' +
        '<tr><td>二、上年结转政府信息公开申请数量<a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a></td><td>2</td></tr></table>' +
        '<p>注<sup>①</sup>：含网上申请。</p>',
    );
    expect(show(doc.lines)).toEqual([
      'R0/0: 一、本年新收政府信息公开申请数量 | 5',
      'R0/1: 二、上年结转政府信息公开申请数量 | 2',
      '注①：含网上申请。',
    ]);
  });

  it('reads a Markdown capture whose tables are HTML with its text lines as lines, Markdown marks dropped', () => {
    const md = [
      '# 某局2023年政府信息公开工作年度报告',
      '',
      '## 一、总体情况',
      '**（一）主动公开**',
      '全年公开信息\\*\\*条 & 更多。',
      '## 二、主动公开政府信息情况',
      '<table><tr><td>规章</td><td>0</td></tr><tr><td>行政规范性文件</td><td>3</td></tr></table>',
      '## 三、收到和处理政府信息公开申请情况',
    ].join('\n');
    expect(show(readHtml(md).lines)).toEqual([
      '某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开',
      '全年公开信息**条 & 更多。',
      '二、主动公开政府信息情况',
      'R0/0: 规章 | 0',
      'R0/1: 行政规范性文件 | 3',
      '三、收到和处理政府信息公开申请情况',
    ]);
    // A page with markup of its own outside its tables is read as it always was.
    expect(linesOf('<p>一、总体情况</p>\n第一段\n第二段')).toEqual([
      '一、总体情况',
      '第一段第二段',
    ]);
  });

  it('keeps a title wrapped with <br> inside a heading on one line', () => {
    expect(
      linesOf('<h1>某局2024年政府信息公开<br>工作年度报告</h1><h2>Annual<br/>Report</h2>'),
    ).toEqual(['某局2024年政府信息公开工作年度报告', 'Annual Report']);
  });

  it('reads a table that holds other tables as page layout: its cells as text, the inner tables as tables', () => {
    expect(
      linesOf(`<table><tr><td>左栏</td><td><p>一、总体情况</p>
<table><tr><td>规章</td><td>1</td></tr></table><p>三、收到和处理</p></td></tr>
<tr><td colspan=2><table><tr><td>行政复议</td><td>2</td></tr></table></td></tr></table>`),
    ).toEqual(['左栏', '一、总体情况', 'R0/0: 规章 | 1', '三、收到和处理', 'R1/0: 行政复议 | 2']);
  });

  it('reads a one-column table, and a table with article-sized cells, as text', () => {
    const long = '政府信息公开工作'.repeat(60);
    expect(
      linesOf('<table><tr><td>标题</td></tr><tr><td><p>甲</p><p>乙</p></td></tr></table>'),
    ).toEqual(['标题', '甲', '乙']);
    expect(
      linesOf(`<table><tr><td>目录</td><td><p>一、总体情况</p><p>${long}</p></td></tr></table>`),
    ).toEqual(['目录', '一、总体情况', long]);
  });

  it('reads preformatted text as the text reader reads a text file, numbered in the page', () => {
    const text =
      '一、总体情况\n\n\u3000\u3000本机关……\n规章\t0\t0\t0\n行政许可 | 3 |\n二、主动公开政府信息情况';
    const doc = readHtml(
      `<p>标题</p><pre>${text.replace('\n行政许可', '<br>行政许可')}</pre><p>后</p>`,
    );
    const expected = textToSourceDocument(text).lines;
    expect(expected.length).toBeGreaterThan(3);
    expect(doc.lines.map((l) => [l.kind, l.cells.map((c) => c.text)])).toEqual([
      ['text', ['标题']],
      ...expected.map((l) => [l.kind, l.cells.map((c) => c.text)]),
      ['text', ['后']],
    ]);
    doc.lines.forEach((l, i) => {
      expect(l.line).toBe(i + 1);
      for (const c of l.cells) expect(c.source).toEqual({ line: l.line, text: c.text });
    });
  });

  it('keeps a table whose narrow label is printed one character per paragraph as a grid', () => {
    const vertical = [...'三、本年度办理结果'].map((ch) => `<p>${ch}</p>`).join('');
    expect(
      linesOf(
        `<table><tr><td rowspan=2>${vertical}</td><td>（一）予以公开</td><td>3</td></tr><tr><td>（七）总计</td><td>3</td></tr></table>`,
      ),
    ).toEqual([
      'R0/0: 三、本年度办理结果 | （一）予以公开 | 3',
      'R0/1: ^三、本年度办理结果 | （七）总计 | 3',
    ]);
  });

  it('drops empty tables and empty rows, keeping grid row numbers', () => {
    const doc = readHtml(
      '<table><tr><td><img src=a.gif></td><td>&nbsp;</td></tr></table><table><tr><td>a</td><td>1</td></tr><tr><td></td><td> </td></tr><tr><td>b</td><td>2</td></tr></table>',
    );
    expect(show(doc.lines)).toEqual(['R0/0: a | 1', 'R0/2: b | 2']);
    expect(doc.lines[1]?.cells[1]?.source).toEqual({
      line: 2,
      table: 0,
      row: 2,
      col: 1,
      text: '2',
    });
  });

  it('puts a table caption and text strayed between rows outside the grid', () => {
    expect(
      linesOf(
        '<p>前</p><table><caption>表一</caption>说明<tr><td>规章</td><td>0</td></tr></table><p>后</p>',
      ),
    ).toEqual(['前', '表一', 'R0/0: 规章 | 0', '说明', '后']);
  });

  it('supplies a missing <tr> and closes a table the page cut off', () => {
    expect(linesOf('<table><td>规章</td><td>1<td>2</td>')).toEqual(['R0/0: 规章 | 1 | 2']);
  });

  it('takes the title from <title> when the page has no ArticleTitle, and has no hints otherwise', () => {
    expect(readHtml('<title>年报 - 某某县人民政府</title><p>x</p>').hints).toEqual({
      title: '年报 - 某某县人民政府',
    });
    expect(readHtml('<p>x</p>').hints).toEqual({});
  });
});

describe('the HTML DocumentReader', () => {
  it('recognises HTML bytes and names', () => {
    expect(htmlReader.kind).toBe('html');
    expect(htmlReader.sniff(sample('word-export.html'))).toBe(true);
    expect(htmlReader.sniff(sample('gbk-page.html'), 'gbk-page.html')).toBe(true);
    expect(htmlReader.sniff(new TextEncoder().encode('一、总体情况\n'), 'a.txt')).toBe(false);
  });

  it('reads a UTF-16LE page saved with a BOM, as Word does for "Unicode" web pages', async () => {
    const page =
      '<html><head><meta http-equiv=Content-Type content="text/html; charset=unicode"></head><body><p class=MsoNormal>一、总体情况<o:p></o:p></p><table><tr><td>规章</td><td>3</td></tr></table></body></html>';
    const bytes = new Uint8Array(iconv.encode(page, 'utf-16le', { addBOM: true }));
    expect(htmlReader.sniff(bytes)).toBe(true);
    expect(show((await read(bytes)).lines)).toEqual(['一、总体情况', 'R0/0: 规章 | 3']);
  });

  it('reads pages with no BOM and no charset label: GBK, UTF-16BE', async () => {
    const page =
      '<html><body><p>一、总体情况</p><table><tr><td>行政许可</td><td>41</td></tr></table></body></html>';
    for (const encoding of ['gbk', 'utf-16be', 'utf-16le']) {
      const bytes = new Uint8Array(iconv.encode(page, encoding));
      expect(htmlReader.sniff(bytes), encoding).toBe(true);
      expect(show((await read(bytes)).lines), encoding).toEqual([
        '一、总体情况',
        'R0/0: 行政许可 | 41',
      ]);
    }
  });

  it('rejects bytes in no known encoding with the file named, never a stack trace', async () => {
    const bytes = new Uint8Array(
      iconv.encode(
        '<html><body><p>日本語のテキストです。東京都の会社に勤めています。ありがとうございました。</p></body></html>',
        'shift_jis',
      ),
    );
    const error: unknown = await read(bytes, '年报.html').catch((e: unknown) => e);
    expect(isXxgkError(error) && error.code).toBe('input.unreadable');
    expect((error as Error).message).toContain('“年报.html”');
  });
});

describe('the HTML reader on any markup', () => {
  const TOKENS = [
    '<table>',
    '</table>',
    '<tr>',
    '</tr>',
    '<td>',
    '</td>',
    '<th colspan=0>',
    '<td rowspan=2>',
    '<td colspan=3>',
    '<td rowspan=0 colspan=2>',
    '<td rowspan=x>',
    '<caption>',
    '</caption>',
    '<p>',
    '</p>',
    '<br>',
    '<div class="nav">',
    '<div>',
    '</div>',
    '<span>',
    '</span>',
    '<h1>',
    '</h1>',
    '<pre>',
    '</pre>',
    '<script>',
    '</script>',
    '<style>',
    '<article>',
    '<footer>',
    '</footer>',
    '<div style="display:none">',
    '<!--[if gte mso 9]>',
    '<![endif]-->',
    '<![if !supportLists]>',
    '<o:p>',
    '</o:p>',
    '<title>',
    '</title>',
    '&nbsp;',
    '&#12288;',
    '&amp;',
    '规章',
    '0',
    '12',
    '一、总体情况',
    '\n',
    '\r\n',
    ' ',
    '\t',
    'Word',
    '“三安全一稳定”',
  ];

  it('never throws, numbers every line and keeps every copy pointing at its origin', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }), (tokens) => {
        const doc = readHtml(tokens.join(''));
        expectConsistentProvenance(doc.lines);
        for (const line of doc.lines)
          for (const cell of line.cells) expect(cell.text).toBe(cell.text.trim());
        // Blank lines are the text reader's to keep (merged cells in Word text), so only a
        // page without <pre> is free of them.
        if (!tokens.includes('<pre>'))
          for (const line of doc.lines.filter((l) => l.kind === 'text'))
            expect(line.cells[0]?.text).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('reads a table whose spans would cover a huge grid as text instead of expanding it', () => {
    const rows = Array.from(
      { length: 200 },
      () => '<tr><td colspan=1000 rowspan=200>x</td><td>1</td></tr>',
    ).join('');
    const doc = readHtml(`<table>${rows}</table>`);
    expect(doc.lines.every((l) => l.kind === 'text')).toBe(true);
    expect(doc.lines).toHaveLength(400);
  });
});
