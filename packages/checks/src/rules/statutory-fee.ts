import { sectionText } from '../text/text-view.js';
import type { Rule } from '../types.js';

const FEE = /信息处理费|处理费|收费|收取.{0,6}费|费用/u;

/**
 * A fee statement outside section 六: the fee named, or no charging said outright. Plain 收费
 * is not enough there — a narrative tells of 收费标准听证会 and table 二 prints 行政事业性收费.
 */
const FEE_ELSEWHERE =
  /信息处理费|处理费|收费(?:和|及|与|、)?减免|(?:未|不|无|没有)收取?(?:任何)?费/u;

/**
 * Section 六 reports the information-processing fee (信息处理费) collected under 国办函〔2020〕109号,
 * including when none was collected.
 * @see 条例第四十二条; 国办函〔2020〕109号; docs/domain.md §1.4, §5.3 l
 */
export const statutoryFee: Rule = {
  id: 'statutory.fee',
  severity: 'warning',
  title: '信息处理费',
  description:
    '第六部分应说明本年度收取信息处理费的情况，未收取也应写明（如“本年度未收取信息处理费”）。只在其他部分提到时提示移到第六部分。',
  see: ['条例第四十二条', '国办函〔2020〕109号（政府信息公开信息处理费管理办法）'],
  examples: [
    {
      name: 'a section 六 that states no fee was collected passes',
      input: { text: '六、其他需要报告的事项\n（一）本年度依申请公开，未收取任何信息处理费。' },
      expect: [],
    },
    {
      name: 'a section 六 silent about the fee is a warning',
      input: { text: '六、其他需要报告的事项\n本年度无其他需要报告的事项。' },
      expect: [{ severity: 'warning', message: ['信息处理费'] }],
    },
    {
      name: 'table 二’s 行政事业性收费 row is no fee statement: a silent section 六 stays a warning',
      input: {
        text: '二、主动公开政府信息情况\n第二十条第（八）项\n行政事业性收费\n5.2\n六、其他需要报告的事项\n无。',
      },
      expect: [{ severity: 'warning', message: ['第六部分未说明'] }],
    },
    {
      name: 'a 收费标准 hearing in the narrative is no fee statement either',
      input: {
        text: '一、总体情况\n召开景区收费标准定价听证会并将相关信息上网公开。\n六、其他需要报告的事项\n无。',
      },
      expect: [{ severity: 'warning' }],
    },
    {
      name: 'a fee stated only in section 一 gets advice',
      input: {
        text: '一、总体情况\n本年度未收到政府信息公开申请，无收费和减免事项。\n六、其他需要报告的事项\n无。',
      },
      expect: [{ severity: 'info', message: ['第六部分'] }],
    },
  ],
  run({ text, report }) {
    const other =
      (text && !text.synthetic ? sectionText(text, 'other') : null) ??
      report.sections.other ??
      null;
    if (other === null || FEE.test(other)) return [];
    const heading = text?.synthetic ? undefined : text?.headings.find((h) => h.key === 'other');
    const where = heading ? { line: heading.line } : {};
    const elsewhere =
      text?.narrative.some((p) => p.section !== 'other' && FEE_ELSEWHERE.test(p.folded)) ?? false;
    return [
      elsewhere
        ? {
            rule: 'statutory.fee',
            severity: 'info',
            message: '信息处理费情况写在了其他部分；格式要求在第六部分“其他需要报告的事项”中说明',
            cells: [],
            ...where,
          }
        : {
            rule: 'statutory.fee',
            severity: 'warning',
            message: '第六部分未说明信息处理费收取情况（未收取也应写明）',
            cells: [],
            ...where,
          },
    ];
  },
};
