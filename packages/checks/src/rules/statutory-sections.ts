import { SECTIONS, type Finding, type SectionKey } from '@xxgk/model';
import type { LocatedHeading } from '../text/headings.js';
import type { CheckContext, Rule } from '../types.js';

const INDEX = new Map<SectionKey, number>(SECTIONS.map((s, i) => [s.key, i]));

function standardHeading(key: SectionKey): string {
  const s = SECTIONS.find((x) => x.key === key);
  return s ? `${s.ordinal}、${s.title}` : key;
}

function at(h: LocatedHeading): { line?: number; excerpt: string } {
  return { line: h.line, excerpt: `${h.ordinal}、${h.text}`.slice(0, 60) };
}

/** True when the report carries the section's content even though its heading was not found. */
function hasContent(ctx: CheckContext, key: SectionKey): boolean {
  const r = ctx.report;
  if (key === 'proactive') return Object.keys(r.proactive).length > 0;
  if (key === 'applications') return Object.keys(r.applications).length > 0;
  if (key === 'review') return Object.keys(r.review).length > 0;
  return Boolean(r.sections[key]?.trim());
}

/**
 * The report has the six statutory sections, in order, under the format's headings. A missing
 * section is an error when a later one is present (it was left out, not cut off); a document
 * that simply ends early gets a warning. Headings out of order or numbered wrongly are
 * warnings; wording that differs from the format is a warning, a known variant only advice.
 * @see 条例第五十条; 国办公开办函〔2021〕30号
 */
export const statutorySections: Rule = {
  id: 'statutory.sections',
  severity: 'error',
  title: '六个部分及其标题',
  description:
    '年度报告应依次包含六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。缺少部分为错误（文档在末尾中断时为警告），顺序或序号错误为警告，标题措辞与格式不同为警告（常见变体仅提示）。',
  see: ['条例第五十条', '国办公开办函〔2021〕30号'],
  examples: [
    {
      name: 'six standard headings in order pass',
      input: {
        text: '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
      },
      expect: [],
    },
    {
      name: 'a section left out between others is an error',
      input: {
        text: '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n六、其他需要报告的事项',
        report: { sections: {} },
      },
      expect: [{ severity: 'error', message: ['五、存在的主要问题及改进情况'] }],
    },
    {
      name: 'a document that ends after section 四 gets a warning for the sections it lacks',
      input: {
        text: '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况',
      },
      expect: [{ severity: 'warning', message: ['五', '六', '中断'] }],
    },
    {
      name: 'non-standard wording is a warning and a known variant is advice',
      input: {
        text: '一、总体情况\n二、行政机关主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
      },
      expect: [
        {
          severity: 'warning',
          line: 2,
          message: ['行政机关主动公开政府信息情况', '二、主动公开政府信息情况'],
        },
        { severity: 'info', line: 4, message: ['因政府信息公开工作被申请行政复议'] },
      ],
    },
    {
      name: 'the common 五、存在问题及改进情况 (no 的主要) is a known variant: advice',
      input: {
        text: '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在问题及改进情况\n六、其他需要报告的事项',
      },
      expect: [{ severity: 'info', line: 5, message: ['存在问题及改进情况', '措辞不同'] }],
    },
    {
      name: 'sections out of order and numbered wrongly are warnings',
      input: {
        text: '一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、存在的主要问题及改进情况\n五、政府信息公开行政复议、行政诉讼情况\n六、其他需要报告的事项',
      },
      expect: [
        { severity: 'warning', line: 4, message: ['序号'] },
        { severity: 'warning', line: 5, message: ['序号'] },
        { severity: 'warning', line: 5, message: ['顺序'] },
      ],
    },
  ],
  run(ctx) {
    const view = ctx.text;
    if (!view || view.synthetic) return [];
    const headings = view.headings.filter(
      (h): h is LocatedHeading & { key: SectionKey } => h.key !== null,
    );
    if (headings.length === 0)
      return [
        {
          rule: 'statutory.sections',
          severity: 'warning',
          message: '未找到任何章节标题（一、总体情况 … 六、其他需要报告的事项），无法核对报告结构',
          cells: [],
        },
      ];
    const findings: Finding[] = [];
    const present = new Set(headings.map((h) => h.key));
    for (const h of headings) {
      const def = SECTIONS[INDEX.get(h.key) ?? 0];
      if (!def) continue;
      if (h.ordinal !== def.ordinal)
        findings.push({
          rule: 'statutory.sections',
          severity: 'warning',
          message: `“${h.ordinal}、${h.text}”的序号应为“${def.ordinal}”（${standardHeading(h.key)}）`,
          cells: [],
          ...at(h),
        });
      if (h.wording === 'standard') continue;
      const severity = h.wording === 'variant' ? 'info' : 'warning';
      const shown = h.text ? `“${h.ordinal}、${h.text}”` : `“${h.ordinal}、”（缺少标题文字）`;
      findings.push({
        rule: 'statutory.sections',
        severity,
        message: `标题${shown}与格式规定的“${standardHeading(h.key)}”${h.wording === 'variant' ? '措辞不同（常见写法）' : '不一致'}`,
        cells: [],
        ...at(h),
      });
    }
    for (let i = 1; i < headings.length; i++) {
      const prev = headings[i - 1];
      const h = headings[i];
      if (!prev || !h) continue;
      if ((INDEX.get(h.key) ?? 0) < (INDEX.get(prev.key) ?? 0))
        findings.push({
          rule: 'statutory.sections',
          severity: 'warning',
          message: `部分顺序错误：“${standardHeading(h.key)}”出现在“${standardHeading(prev.key)}”之后`,
          cells: [],
          ...at(h),
        });
    }
    const lastIndex = Math.max(...headings.map((h) => INDEX.get(h.key) ?? 0));
    const trailing: string[] = [];
    for (const [i, s] of SECTIONS.entries()) {
      if (present.has(s.key)) continue;
      if (hasContent(ctx, s.key)) {
        findings.push({
          rule: 'statutory.sections',
          severity: 'warning',
          message: `未找到“${standardHeading(s.key)}”的标题，但报告含有该部分内容；请补上标题`,
          cells: [],
        });
      } else if (i < lastIndex) {
        findings.push({
          rule: 'statutory.sections',
          severity: 'error',
          message: `缺少第${s.ordinal}部分“${standardHeading(s.key)}”（条例第五十条规定的必备内容）`,
          cells: [],
        });
      } else trailing.push(`${s.ordinal}、${s.title}`);
    }
    if (trailing.length > 0)
      findings.push({
        rule: 'statutory.sections',
        severity: 'warning',
        message: `文档在第${SECTIONS[lastIndex]?.ordinal ?? ''}部分后中断，未见：${trailing.join('；')}。如这是完整的报告，则缺少条例第五十条规定的必备内容`,
        cells: [],
      });
    return findings;
  },
};
