/**
 * The page's style sheet. On paper: A4 with the margins of 党政机关公文格式 (GB/T 9704: 37 mm top,
 * 35 mm bottom, 28 mm left, 26 mm right), body in 三号 仿宋, title in 二号 小标宋, tables in 五号
 * with rows kept whole and headers repeated. On a phone: the page narrows and the wide tables
 * scroll sideways inside their box instead of squeezing the labels.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #f2f2f2; color: #000; line-height: 1.75; font-size: 16px;
  font-family: "仿宋_GB2312", FangSong_GB2312, "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.report { max-width: 210mm; margin: 0 auto; padding: 28px 24px 48px; background: #fff; }
h1 { margin: .4em 0 1em; font-size: 1.55em; font-weight: normal; line-height: 1.4; text-align: center;
  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "宋体", SimSun, "Noto Serif CJK SC", serif; }
h2 { margin: 1.2em 0 .5em; font-size: 1em; font-weight: normal;
  font-family: "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
p { margin: 0; text-indent: 2em; }
.period { margin-bottom: .6em; }
.table-wrap { margin: .6em 0 1.2em; overflow-x: auto; -webkit-overflow-scrolling: touch; }
table.national { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 14px; line-height: 1.45;
  font-family: "宋体", SimSun, "Noto Serif CJK SC", "Source Han Serif SC", serif; }
table.national th, table.national td { padding: 4px 6px; border: 1px solid #000; vertical-align: middle; }
table.national th { font-weight: normal; text-align: center; }
table.national th.caption { font-weight: bold; }
table.national th.note { font-size: .9em; text-align: left; }
table.national td.label { text-align: left; }
table.national td.num { text-align: center; overflow-wrap: anywhere; }
table.national-applications, table.national-review { min-width: 720px; }
td.finding-error { background: #fde0dc; box-shadow: inset 0 0 0 2px #c62828; }
td.finding-warning { background: #fff3cd; box-shadow: inset 0 0 0 2px #b7791f; }
td.finding-info { background: #e3f0ff; box-shadow: inset 0 0 0 2px #3b6fb6; }
.findings { margin: 0 0 1.5em; padding: .6em 1em; border: 1px solid #999; font-size: .9em; line-height: 1.6; }
.findings h2 { margin-top: 0; }
.findings ol { margin: 0; padding-left: 1.6em; }
.findings li { margin: .3em 0; }
.findings .severity { display: inline-block; min-width: 3em; font-weight: bold; }
.findings .severity-error { color: #c62828; }
.findings .severity-warning { color: #8a5a00; }
.findings .severity-info { color: #2b5797; }
.findings .cells, .findings .rule, .findings .excerpt { color: #555; }
.signature { margin-top: 2em; text-align: right; }
.signature p { text-indent: 0; }
@media (max-width: 600px) {
  body { font-size: 15px; background: #fff; }
  .report { padding: 14px 12px 32px; }
  h1 { font-size: 1.35em; }
}
@media print {
  body { background: none; font-size: 16pt; line-height: 1.6; }
  .report { max-width: none; margin: 0; padding: 0; }
  h1 { font-size: 22pt; }
  .table-wrap { overflow: visible; }
  table.national { font-size: 10.5pt; }
  table.national-applications, table.national-review { min-width: 0; }
  table.national-review { font-size: 9pt; }
  thead { display: table-header-group; }
  /* Keep each section 二 sub-table together. Rows of table 三 get no such rule: Chromium would
     then treat the whole 22-row 三、本年度办理结果 block as one unbreakable piece. */
  table.national-proactive tbody { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .findings { break-after: page; page-break-after: always; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
