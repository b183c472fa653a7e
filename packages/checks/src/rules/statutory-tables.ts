import {
  IMAGE_LINE,
  REVIEW_BLOCKS,
  SECTIONS,
  type Finding,
  type FormatDef,
  type Report,
  type SectionKey,
} from '@xxgk/model';
import { foldKeepLength } from '../text/fold.js';
import { sectionText } from '../text/text-view.js';
import type { Rule } from '../types.js';

type TableKey = 'proactive' | 'applications' | 'review';
const TABLES: readonly TableKey[] = ['proactive', 'applications', 'review'];

/** The picture line readers write (IMAGE_LINE), as the text view holds it (folded). */
const IMAGE_IN_VIEW = foldKeepLength(IMAGE_LINE);

const EXPECTED = new WeakMap<FormatDef, Map<TableKey, { key: string; label: string }[]>>();

/** The rows each table of a format has, computed once per format. */
function expectedRows(format: FormatDef, key: TableKey): { key: string; label: string }[] {
  let byTable = EXPECTED.get(format);
  if (!byTable) {
    byTable = new Map(TABLES.map((t) => [t, rowsOfFormat(format, t)]));
    EXPECTED.set(format, byTable);
  }
  return byTable.get(key) ?? [];
}

function rowsOfFormat(format: FormatDef, key: TableKey): { key: string; label: string }[] {
  if (key === 'proactive')
    return format.proactive.flatMap((t) => t.rows.map((r) => ({ key: r.key, label: r.label })));
  if (key === 'applications')
    return format.applicationRows.map((r) => ({ key: r.key, label: r.fullLabel }));
  return REVIEW_BLOCKS.map((b) => ({
    key: b.key,
    label: b.group ? `${b.group}（${b.label}）` : b.label,
  }));
}

function rowsOf(report: Report, key: TableKey): Record<string, unknown> {
  return report[key];
}

/**
 * Sections 二, 三 and 四 are tables of fixed rows. A table section that is there but has no
 * figures at all (and the document goes on past it) lacks its statutory table — an error; a
 * table missing some of its rows, in a document that goes on past it, is a warning.
 * @see 条例第五十条; 国办公开办函〔2021〕30号 附件
 */
export const statutoryTables: Rule = {
  id: 'statutory.tables',
  severity: 'error',
  title: '法定表格',
  description:
    '第二、三、四部分应各有格式规定的统计表。某部分有标题、文档也延续到后面的部分，却没有任何数字，即缺少表格，为错误；有数字却读不出表格、或表格缺少部分行，为警告。',
  see: ['条例第五十条', '国办公开办函〔2021〕30号 附件'],
  examples: [
    {
      name: 'complete tables under their headings pass',
      input: {
        text: '一、总体情况\n二、主动公开政府信息情况\n0\n三、收到和处理政府信息公开申请情况\n0\n四、政府信息公开行政复议、行政诉讼情况\n0\n五、存在的主要问题及改进情况',
      },
      expect: [],
    },
    {
      name: 'a section 四 with no table at all is an error',
      input: {
        remove: ['review'],
        text: '三、收到和处理政府信息公开申请情况\n0\n四、政府信息公开行政复议、行政诉讼情况\n本年度无相关情况。\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
      },
      expect: [{ severity: 'error', message: ['四、政府信息公开行政复议、行政诉讼情况', '表格'] }],
    },
    {
      name: 'a section 四 with figures of which no table could be read is a warning to look by eye',
      input: {
        remove: ['review'],
        text: '三、收到和处理政府信息公开申请情况\n0\n四、政府信息公开行政复议、行政诉讼情况\n复议 维持5 纠正8\n诉讼 维持9 纠正1\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
      },
      expect: [
        { severity: 'warning', message: ['四、政府信息公开行政复议、行政诉讼情况', '未能读出'] },
      ],
    },
    {
      name: 'a section 四 whose table is published as a picture is a warning, not an error',
      input: {
        remove: ['review'],
        text: '三、收到和处理政府信息公开申请情况\n0\n四、政府信息公开行政复议、行政诉讼情况\n［图片］\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
      },
      expect: [
        { severity: 'warning', message: ['四、政府信息公开行政复议、行政诉讼情况', '图片'] },
      ],
    },
    {
      name: 'a table 三 missing its carried-forward row is a warning naming the row',
      input: {
        remove: ['applications.carriedForward'],
        text: '三、收到和处理政府信息公开申请情况\n0\n四、政府信息公开行政复议、行政诉讼情况\n0',
      },
      expect: [{ severity: 'warning', message: ['四、结转下年度继续办理'] }],
    },
    {
      name: 'figures written on the heading line of a report captured on one line are not a table left out: unread, they are a warning',
      input: {
        remove: ['review'],
        text: `${'某局2021年度报告。'.repeat(30)} 三、收到和处理政府信息公开申请情况 | 0 | 0 | 四、政府信息公开行政复议、行政诉讼情况 | 0 | 0 | 0 | 五、存在的主要问题及改进情况 无`,
      },
      expect: [
        { severity: 'warning', message: ['四、政府信息公开行政复议、行政诉讼情况', '未能读出'] },
      ],
    },
    {
      name: 'a document cut off inside table 三 is not judged',
      input: {
        remove: ['applications.carriedForward', 'review'],
        text: '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n0',
      },
      expect: [],
    },
  ],
  run({ report, format, text }) {
    if (!text || text.synthetic) return [];
    const findings: Finding[] = [];
    const order = text.headings.map((h) => h.key);
    for (const key of TABLES) {
      const at = order.indexOf(key);
      // Only a document that goes on past the section can be said to lack something in it.
      if (at < 0 || at === order.length - 1) continue;
      const def = SECTIONS.find((s) => s.key === (key as SectionKey));
      const heading = `${def?.ordinal ?? ''}、${def?.title ?? ''}`;
      const rows = rowsOf(report, key);
      if (Object.keys(rows).length === 0) {
        // The section's text, including what follows an inline heading (a report on one line).
        const body = sectionText(text, key) ?? '';
        // Figures but no table read: a table in a shape the reader does not know, or the table
        // left out and only the narrative's figures there — either way one to look at by eye.
        if (/\d/u.test(body)) {
          findings.push({
            rule: 'statutory.tables',
            severity: 'warning',
            message: `第${def?.ordinal ?? ''}部分“${heading}”中有数字，但未能读出格式规定的统计表格，请人工核对`,
            cells: [],
          });
          continue;
        }
        // A picture in the section is most likely the table published as an image: there,
        // but unreadable — for a reviewer to check by eye, not a table left out.
        if (body.includes(IMAGE_IN_VIEW))
          findings.push({
            rule: 'statutory.tables',
            severity: 'warning',
            message: `第${def?.ordinal ?? ''}部分“${heading}”的统计表格似为图片，无法读取其中的数字，请人工核对`,
            cells: [],
          });
        else
          findings.push({
            rule: 'statutory.tables',
            severity: 'error',
            message: `第${def?.ordinal ?? ''}部分“${heading}”没有统计表格（格式规定的表格不得省略，无数据时填 0）`,
            cells: [],
          });
        continue;
      }
      const missing = expectedRows(format, key).filter((r) => !(r.key in rows));
      if (missing.length > 0)
        findings.push({
          rule: 'statutory.tables',
          severity: 'warning',
          message: `“${heading}”的表格缺少${missing.length}行：${missing.map((r) => r.label).join('；')}`,
          cells: [],
        });
    }
    return findings;
  },
};
