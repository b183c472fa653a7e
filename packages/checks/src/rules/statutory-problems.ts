import type { Finding } from '@xxgk/model';
import { sectionText } from '../text/text-view.js';
import type { CheckContext, Rule } from '../types.js';

/** Below this many Chinese characters section 五 cannot describe problems and measures. */
const MIN_CHARS = 60;
/** Words that refer back to last year's report (compared as strings: no pattern to run). */
const LAST_YEAR_WORDS = ['上年', '上一年', '去年', '前一年', '整改'];

function problemsText(ctx: CheckContext): string | null {
  if (ctx.text && !ctx.text.synthetic) {
    const fromText = sectionText(ctx.text, 'problems');
    if (fromText !== null) return fromText;
  }
  return ctx.report.sections.problems ?? null;
}

/**
 * Section 五 must describe the main problems and how they are being improved — substance, not a
 * line. It should also say how last year's problems were rectified (advice: reviewers check it
 * locally; the national wording is unconfirmed).
 * @see 条例第五十条第（四）项; docs/domain.md §1.4, §5.2 8, §5.3 l
 */
export const statutoryProblems: Rule = {
  id: 'statutory.problems',
  severity: 'warning',
  title: '存在的主要问题及改进情况',
  description:
    '第五部分应具体写明存在的主要问题和改进措施，内容过短或只写“无”时警告；未提及上年度问题的整改情况时提示。',
  see: ['条例第五十条第（四）项', '国办公开办函〔2021〕30号（五、存在的主要问题及改进情况）'],
  examples: [
    {
      name: "a substantive section that reports last year's rectification passes",
      input: {
        text: '五、存在的主要问题及改进情况\n（一）2023年存在问题整改情况\n针对主动公开信息数量较去年有所下降、部门动态信息等内容公开较少的问题，我局今年积极开展政务公开工作，进一步拓宽公开范围，及时、准确、规范发布信息。\n（二）改进措施\n一是提升政务公开工作水平，深入学习相关制度政策，确保政府信息及时、准确、全面公开。\n六、其他需要报告的事项',
      },
      expect: [],
    },
    {
      name: 'a section that only says 无 is a warning',
      input: { text: '五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项' },
      expect: [{ severity: 'warning', message: ['过短'] }],
    },
    {
      name: "a section silent about last year's problems gets advice",
      input: {
        text: '五、存在的主要问题及改进情况\n我局政务公开工作虽然取得了一定成绩，但仍存在政策解读形式单一、公开渠道相对局限等问题。下一步将丰富解读形式，拓宽公开渠道，持续提升政务公开工作质量和群众满意度。\n六、其他需要报告的事项',
      },
      expect: [{ severity: 'info', message: ['上年度'] }],
    },
    {
      name: 'a report without section 五 is left to the sections rule',
      input: { text: '一、总体情况\n内容' },
      expect: [],
    },
  ],
  run(ctx) {
    const body = problemsText(ctx);
    if (body === null) return [];
    const findings: Finding[] = [];
    const heading = ctx.text?.synthetic
      ? undefined
      : ctx.text?.headings.find((h) => h.key === 'problems');
    const where = heading ? { line: heading.line } : {};
    let chars = 0;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) chars++;
    }
    // A placeholder (无, 暂无, 本年度无…) is far shorter than this.
    if (chars < MIN_CHARS)
      findings.push({
        rule: 'statutory.problems',
        severity: 'warning',
        message: `第五部分“存在的主要问题及改进情况”内容过短（${chars}字），应具体写明存在的问题和改进措施`,
        cells: [],
        ...where,
      });
    const year = ctx.report.year;
    const lastYear = year === null ? null : String(year - 1);
    const mentionsLastYear =
      LAST_YEAR_WORDS.some((w) => body.includes(w)) ||
      (lastYear !== null && body.includes(`${lastYear}年`));
    if (!mentionsLastYear && chars >= MIN_CHARS)
      findings.push({
        rule: 'statutory.problems',
        severity: 'info',
        message: '第五部分未提及上年度报告所列问题的整改情况；各地审查通常要求说明',
        cells: [],
        ...where,
      });
    return findings;
  },
};
