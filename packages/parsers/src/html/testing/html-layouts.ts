import {
  APPLICANT_COLUMNS,
  APPLICATIONS_HEADER_NOTE,
  cellPath,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_FIELDS,
  type CellValue,
  type FormatDef,
  type Report,
} from '@xxgk/model';

/**
 * Test helper: a report rendered as the HTML pages real sites publish, with the national
 * template's merged cells, to check that the HTML reader and the report reader together read
 * every cell back. Two layouts:
 * - `gov-page`: a CMS article page (UTF-8, meta tags, navigation, breadcrumbs, an info bar,
 *   print/close links, a site footer) whose tables are plain `<td>` cells;
 * - `word-export`: Word's "save as web page" (MsoNormal paragraphs, nested spans, `<o:p>`,
 *   conditional comments, `<xml>` properties, source wrapped mid-text with CRLF, header cells
 *   broken over several paragraphs, a spacer row).
 */
export type HtmlLayout = 'gov-page' | 'word-export';

/** Every HTML layout. */
export const HTML_LAYOUTS: readonly HtmlLayout[] = ['gov-page', 'word-export'];

/** The report fields the layouts print; a report's other fields are not rendered. */
export type RenderableReport = Pick<
  Report,
  'format' | 'year' | 'agency' | 'publishedOn' | 'proactive' | 'applications' | 'review'
> & { notes?: Record<string, string> };

/**
 * A report rendered as a page in one of the {@link HTML_LAYOUTS}. `charset` is the label the
 * page declares (encoding the string accordingly is the caller's business): Word saves
 * Chinese documents as gb2312 by default, CMSs mostly as utf-8.
 */
export function renderHtmlLayout(
  report: RenderableReport,
  layout: HtmlLayout,
  charset = 'utf-8',
): string {
  return layout === 'gov-page' ? govPage(report, charset) : wordExport(report, charset);
}

/** One printed cell: its text and spans. */
interface Cell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** Printed as a header (Word layout: one paragraph per piece). */
  pieces?: string[];
}

type Grid = Cell[][];

function cellText(report: RenderableReport, path: string, value: CellValue | undefined): string {
  const note = report.notes?.[path];
  if (note !== undefined) return note;
  return value === null || value === undefined ? '' : String(value);
}

function title(report: RenderableReport): string {
  return `${report.agency ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
}

/** The date as a signature prints it: 2025年1月20日. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Section 二 as one table: a caption row per Article 20 item, a header row, data rows. */
function proactiveGrid(report: RenderableReport, def: FormatDef, padShortTables: boolean): Grid {
  const width = Math.max(...def.proactive.map((t) => t.fields.length));
  const rows: Grid = [];
  for (const table of def.proactive) {
    rows.push([{ text: table.caption, colSpan: width + 1 }]);
    const fit = (cells: Cell[]): Cell[] => {
      const missing = width - table.fields.length;
      if (missing === 0) return cells;
      if (padShortTables)
        return [...cells, ...Array.from({ length: missing }, () => ({ text: '' }))];
      const last = cells[cells.length - 1];
      if (last) last.colSpan = missing + 1;
      return cells;
    };
    rows.push([{ text: '信息内容' }, ...fit(table.fields.map((f) => ({ text: f.label })))]);
    for (const row of table.rows) {
      const values = report.proactive[row.key];
      if (!values) continue;
      const cells = table.fields.map((f) => ({
        text: cellText(report, cellPath('proactive', row.key, f.key), values[f.key]),
      }));
      rows.push([{ text: row.label }, ...fit(cells)]);
    }
  }
  return rows;
}

/**
 * Table 三 with the template's merged cells: the note over three label columns and three
 * header rows, 申请人情况 over seven columns, 法人或其他组织 over five, the 本年度办理结果 block
 * label down its rows, each numbered group's label down its items.
 * @see 国办公开办函〔2021〕30号 附件 表三
 */
function applicationsGrid(report: RenderableReport, def: FormatDef): Grid {
  const corporate = APPLICANT_COLUMNS.filter((c) => c.group !== null);
  const rows: Grid = [
    [
      { text: APPLICATIONS_HEADER_NOTE, rowSpan: 3, colSpan: 3 },
      { text: '申请人情况', colSpan: APPLICANT_COLUMNS.length },
    ],
    [
      { text: '自然人', rowSpan: 2, pieces: ['自', '然', '人'] },
      { text: '法人或其他组织', colSpan: corporate.length },
      { text: '总计', rowSpan: 2, pieces: ['总', '计'] },
    ],
    corporate.map((c) => ({
      text: c.label,
      pieces: c.label.length > 2 ? [c.label.slice(0, -2), c.label.slice(-2)] : [c.label],
    })),
  ];
  const present = def.applicationRows.filter((r) => report.applications[r.key] !== undefined);
  const blockHeight = present.filter((r) => r.group !== null).length;
  const groupLabel = new Map(def.applicationGroups.map((g) => [g.key, g.label]));
  let blockOpen = false;
  present.forEach((row, i) => {
    const labels: Cell[] = [];
    if (row.group === null) labels.push({ text: row.label, colSpan: 3 });
    else {
      if (!blockOpen) {
        // Word prints this narrow, tall label one character per paragraph.
        const block = '三、本年度办理结果';
        labels.push({ text: block, rowSpan: blockHeight, pieces: [...block] });
        blockOpen = true;
      }
      if (row.group === 'results') labels.push({ text: row.label, colSpan: 2 });
      else {
        if (present[i - 1]?.group !== row.group) {
          let height = 0;
          while (present[i + height]?.group === row.group) height++;
          const label = groupLabel.get(row.group) ?? '';
          labels.push({
            text: label,
            rowSpan: height,
            pieces: [label.slice(0, 3), label.slice(3)],
          });
        }
        labels.push({ text: row.label });
      }
    }
    const values = report.applications[row.key] ?? {};
    rows.push([
      ...labels,
      ...def.applicantColumns.map((col) => ({
        text: cellText(report, cellPath('applications', row.key, col), values[col]),
      })),
    ]);
  });
  return rows;
}

/** Table 四: 行政复议 over five columns, 行政诉讼 over ten, then the fifteen numbers. */
function reviewGrid(report: RenderableReport): Grid {
  const header = (rowSpan?: number): Cell[] =>
    REVIEW_FIELDS.map((f) => ({
      text: f.label,
      pieces: f.label.length > 2 ? [...f.label] : [f.label],
      ...(rowSpan ? { rowSpan } : {}),
    }));
  return [
    [
      { text: '行政复议', colSpan: 5 },
      { text: '行政诉讼', colSpan: 10 },
    ],
    [...header(2), { text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
    [...header(), ...header()],
    REVIEW_BLOCKS.flatMap((b) =>
      REVIEW_FIELDS.map((f) => ({
        text: cellText(report, cellPath('review', b.key, f.key), report.review[b.key]?.[f.key]),
      })),
    ),
  ];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const spanAttrs = (cell: Cell): string =>
  `${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}`;

function govTable(grid: Grid): string {
  const rows = grid.map(
    (row) =>
      `<tr>${row.map((c) => `<td${spanAttrs(c)}>${c.text === '' ? '&nbsp;' : escapeHtml(c.text)}</td>`).join('')}</tr>`,
  );
  return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse" width="100%">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function govPage(report: RenderableReport, charset: string): string {
  const def = getFormat(report.format);
  const t = title(report);
  const year = report.year ?? '';
  const date = report.publishedOn;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${charset}">
<meta name="SiteName" content="某某市人民政府">
<meta name="ArticleTitle" content="${escapeHtml(t)}">
${date ? `<meta name="PubDate" content="${date} 09:30">\n` : ''}<title>${escapeHtml(t)}_政府信息公开年报_某某市人民政府</title>
<script>var siteId = 1; document.write('<p>统计</p>');</script>
</head>
<body>
<div class="topbar">欢迎访问 <a href="/wza/">无障碍</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/ndbg/">政府信息公开年度报告</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开年报</a></div>
<h1>${escapeHtml(t)}</h1>
<div class="info">${date ? `发布日期：${date}&nbsp;&nbsp;` : ''}来源：${escapeHtml(report.agency ?? '')} 字号：<a href="javascript:zoom(16)">大</a></div>
<div class="article">
<p>&#12288;&#12288;本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。</p>
<p><strong>一、总体情况</strong></p>
<p>&#12288;&#12288;本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续做好政府信息公开工作。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
${govTable(proactiveGrid(report, def, report.format === '2019'))}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
${govTable(applicationsGrid(report, def))}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
${govTable(reviewGrid(report))}
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>&#12288;&#12288;政府信息公开工作仍存在公开内容不够全面等问题，下一步将持续改进。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>&#12288;&#12288;本年度未收取信息处理费。</p>
<p style="text-align:right">${escapeHtml(report.agency ?? '')}${date ? `<br>${chineseDate(date)}` : ''}</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="footer"><p>主办：某某市人民政府办公室&#12288;网站标识码：0000000001</p></div>
</body>
</html>
`;
}

/**
 * Word wraps its HTML source near column 76, also inside Chinese text: breaks the line once,
 * between two ideographs outside any tag, after the 24th character.
 */
function wordWrap(html: string): string {
  let inTag = false;
  for (let i = 1; i < html.length; i++) {
    const ch = html[i] ?? '';
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else if (!inTag && i >= 24 && isIdeograph(html[i - 1] ?? '') && isIdeograph(ch))
      return `${html.slice(0, i)}\r\n${html.slice(i)}`;
  }
  return html;
}

const isIdeograph = (ch: string): boolean => /\p{Script=Han}/u.test(ch);

function wordParagraph(text: string, style = "style='text-align:center'"): string {
  if (text === '')
    return `<p class=MsoNormal align=center ${style}><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`;
  const numeric = /^[\d.,+-]+$/u.test(text);
  const inner = numeric
    ? `<span lang=EN-US style='font-size:10.5pt'>${escapeHtml(text)}<o:p></o:p></span>`
    : `<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:"Times New Roman"'>${wordWrap(escapeHtml(text))}<span\r\nlang=EN-US><o:p></o:p></span></span>`;
  return `<p class=MsoNormal align=center ${style}>${inner}</p>`;
}

function wordTable(grid: Grid): string {
  const width = Math.max(...grid.map((row) => row.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  const rows = grid.map(
    (row, r) =>
      ` <tr style='mso-yfti-irow:${r};height:18.0pt'>\r\n${row
        .map(
          (c) =>
            `  <td${spanAttrs(c).replace(/"/gu, '')} valign=top style='border:solid windowtext 1.0pt;\r\n  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n  ${(c.pieces ?? [c.text]).map((p) => wordParagraph(p)).join('\r\n  ')}\r\n  </td>`,
        )
        .join('\r\n')}\r\n </tr>`,
  );
  const spacer = ` <![if !supportMisalignedColumns]>\r\n <tr height=0>\r\n${Array.from({ length: width }, () => "  <td width=40 style='border:none'></td>").join('\r\n')}\r\n </tr>\r\n <![endif]>`;
  return `<div align=center>\r\n\r\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0\r\n style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\r\n mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\r\n${rows.join('\r\n')}\r\n${spacer}\r\n</table>\r\n\r\n</div>`;
}

function wordHeading(text: string): string {
  return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span\r\nstyle='font-size:16.0pt;font-family:黑体'>${text}<span lang=EN-US><o:p></o:p></span></span></b></p>`;
}

function wordBody(text: string): string {
  return `<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;\r\nfont-family:仿宋_GB2312'>${wordWrap(text)}<span lang=EN-US><o:p></o:p></span></span></p>`;
}

function wordExport(report: RenderableReport, charset: string): string {
  const def = getFormat(report.format);
  const t = escapeHtml(title(report));
  const year = String(report.year ?? '');
  const yearSpan = `<span lang=EN-US>${year}</span>`;
  const date = report.publishedOn;
  const [y, m, d] = date ? date.split('-').map(Number) : [];
  const signatureDate = date
    ? `<p class=MsoNormal align=right style='text-align:right'><st1:chsdate IsROCDate="False"\r\nIsLunarDate="False" Day="${d}" Month="${m}" Year="${y}" w:st="on"><span lang=EN-US\r\nstyle='font-size:16.0pt'>${y}</span><span style='font-size:16.0pt'>年<span lang=EN-US>${m}</span>月<span\r\nlang=EN-US>${d}</span>日</span></st1:chsdate><span lang=EN-US><o:p></o:p></span></p>\r\n`
    : '';
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"\r
xmlns:o="urn:schemas-microsoft-com:office:office"\r
xmlns:w="urn:schemas-microsoft-com:office:word"\r
xmlns:st1="urn:schemas-microsoft-com:office:smarttags"\r
xmlns="http://www.w3.org/TR/REC-html40">\r
\r
<head>\r
<meta http-equiv=Content-Type content="text/html; charset=${charset}">\r
<meta name=ProgId content=Word.Document>\r
<meta name=Generator content="Microsoft Word 15">\r
<title>${t}</title>\r
<!--[if gte mso 9]><xml>\r
 <o:DocumentProperties>\r
  <o:Author>Administrator</o:Author>\r
  <o:Pages>6</o:Pages>\r
 </o:DocumentProperties>\r
</xml><![endif]-->\r
<style>\r
<!--\r
p.MsoNormal, li.MsoNormal, div.MsoNormal\r
	{mso-style-unhide:no;\r
	margin:0cm;\r
	font-size:10.5pt;}\r
-->\r
</style>\r
</head>\r
\r
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r
\r
<div class=WordSection1 style='layout-grid:15.6pt'>\r
\r
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;\r
font-family:方正小标宋简体'>${escapeHtml(report.agency ?? '')}${yearSpan}年政府信息公开工作年度报告<span\r
lang=EN-US><o:p></o:p></span></span></b></p>\r
\r
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r
\r
${wordBody(`本报告中所列数据的统计期限自${yearSpan}年<span lang=EN-US>1</span>月<span lang=EN-US>1</span>日起至${yearSpan}年<span lang=EN-US>12</span>月<span lang=EN-US>31</span>日止。`)}\r
\r
${wordHeading('一、总体情况')}\r
\r
${wordBody('本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续做好政府信息公开工作，不断提升政务公开质量。')}\r
\r
${wordHeading('二、主动公开政府信息情况')}\r
\r
${wordTable(proactiveGrid(report, def, false))}\r
\r
${wordHeading('三、收到和处理政府信息公开申请情况')}\r
\r
${wordTable(applicationsGrid(report, def))}\r
\r
${wordHeading('四、政府信息公开行政复议、行政诉讼情况')}\r
\r
${wordTable(reviewGrid(report))}\r
\r
${wordHeading('五、存在的主要问题及改进情况')}\r
\r
${wordBody('政府信息公开工作仍存在公开内容不够全面、解读形式较为单一等问题，下一步将持续改进。')}\r
\r
${wordHeading('六、其他需要报告的事项')}\r
\r
${wordBody('本年度未收取信息处理费。')}\r
\r
<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;\r
font-family:仿宋_GB2312'>${escapeHtml(report.agency ?? '')}<span lang=EN-US><o:p></o:p></span></span></p>\r
\r
${signatureDate}\r
</div>\r
\r
</body>\r
\r
</html>\r
`;
}
