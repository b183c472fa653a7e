import type { Rule } from '../types.js';

/**
 * Across years: the report given as last year's (`--previous`) must be the same body's. A wrong
 * file compares another agency's figures, so its carry-over differences say nothing certain
 * about this report (previous.carried-over then warns instead of erring).
 * @see 条例第五十条（各级人民政府及其部门报告本机关的政府信息公开工作）
 */
export const previousAgency: Rule = {
  id: 'previous.agency',
  severity: 'warning',
  title: '上年报告的发布机关',
  description:
    '用 --previous 提供的上年报告应是同一机关的报告。两份报告都写明了发布机关、且两者明显不同（简称、全称之别不算）时提示核实；此时跨年度核对只作警告。',
  see: ['条例第五十条', '国办公开办函〔2021〕30号 表三（四、结转下年度继续办理；二、上年结转）'],
  examples: [
    {
      name: 'a previous report of another agency is a warning naming both agencies',
      input: {
        report: { agency: '江宁市交通运输局' },
        previous: { report: { agency: '江宁市财政局' } },
      },
      expect: [{ severity: 'warning', cells: [], message: ['江宁市财政局', '江宁市交通运输局'] }],
    },
    {
      name: 'the same agency named in a short form passes',
      input: {
        report: { agency: '淄博高新技术产业开发区管理委员会' },
        previous: { report: { agency: '淄博高新区管委会' } },
      },
      expect: [],
    },
    {
      name: "a caller that vouches for last year's report (the server, by agency id) is believed, so a renamed agency passes",
      input: {
        report: { agency: '江宁市数据局' },
        previous: { report: { agency: '江宁市大数据管理局' } },
        previousSameAgency: true,
      },
      expect: [],
    },
    {
      name: 'a report that names no agency is not compared',
      input: { report: { agency: null }, previous: { report: { agency: '江宁市财政局' } } },
      expect: [],
    },
  ],
  run({ report, previous, previousIsOtherAgency }) {
    if (!previous || !previousIsOtherAgency) return [];
    return [
      {
        rule: 'previous.agency',
        severity: 'warning',
        message: `所附上年报告的发布机关为“${previous.agency ?? ''}”，与本报告的“${report.agency ?? ''}”不同；请确认是否提供了本机关的上年报告，跨年度核对结果仅作参考`,
        cells: [],
      },
    ];
  },
};
