import type { Finding } from '@xxgk/model';
import { AGENCY_KIND_LABELS, publicationDeadline } from '../agency-kind.js';
import { chineseDate, isoDate, parseIsoDate } from '../text/dates.js';
import type { Rule } from '../types.js';
import { titleYear } from './statutory-title-year.js';

/**
 * The rule's one finding. A module function: a closure made per run is named by tsx with a
 * defineProperty, which showed in the checker's profile.
 */
function finding(severity: Finding['severity'], message: string): Finding[] {
  return [{ rule: 'statutory.publication', severity, message, cells: [] }];
}

/**
 * Publication deadline: 县级以上人民政府部门 publish their report for a year by 31 January of the
 * next year; a 县级以上地方人民政府's own report is due by 31 March. After 31 March a report is
 * late whoever issued it; after 31 January it is certainly late for a department, and only
 * possibly late for a town or sub-district (Art. 49 names neither; their 31 January comes from
 * local rules) or a body the name does not classify — a warning. When the title and the 统计期限
 * name different years, the deadline is that of the later year: `statutory.title-year` already
 * reports the disagreement, and the earlier year would make an on-time report look late (a title
 * year not before the publication year is ignored as impossible).
 * @see 条例第四十九条
 */
export const statutoryPublication: Rule = {
  id: 'statutory.publication',
  severity: 'error',
  title: '发布期限',
  description:
    '县级以上人民政府部门应在每年1月31日前公布本机关上一年度报告；县级以上地方人民政府的本级政府年度报告在3月31日前公布。晚于3月31日，或部门晚于1月31日发布为错误；乡镇人民政府、街道办事处（条例未规定其期限，多地规定为1月31日）或无法从名称判断机关类别而晚于1月31日为警告；发布日期早于统计年度结束也需核实。',
  see: ['条例第四十九条'],
  examples: [
    {
      name: 'a department publishing on 20 January passes',
      input: { report: { agency: '某某市工业和信息化局', publishedOn: '2025-01-20' } },
      expect: [],
    },
    {
      name: 'a department publishing in February is an error naming the deadline',
      input: { report: { agency: '某某市工业和信息化局', publishedOn: '2025-02-10' } },
      expect: [{ severity: 'error', message: ['2025年2月10日', '2025年1月31日'] }],
    },
    {
      name: 'a county government publishing in March is on time',
      input: { report: { agency: '某某县人民政府', publishedOn: '2025-03-28' } },
      expect: [],
    },
    {
      name: 'a city government titling its own report with the bare city name has until 31 March',
      input: {
        report: {
          agency: null,
          title: '2023年上海市政府信息公开工作年度报告',
          year: 2023,
          publishedOn: '2024-03-20',
        },
      },
      expect: [],
    },
    {
      name: 'anyone publishing in April is an error',
      input: { report: { agency: '某某市人民政府', publishedOn: '2025-04-02' } },
      expect: [{ severity: 'error', message: ['2025年3月31日'] }],
    },
    {
      name: 'a town publishing in February gets a warning citing local rules, not an error',
      input: { report: { agency: '江宁市汤山镇人民政府', publishedOn: '2024-02-10', year: 2023 } },
      expect: [{ severity: 'warning', message: ['乡镇人民政府', '2024年1月31日', '本地'] }],
    },
    {
      name: 'a sub-district publishing in March gets a warning, not an error',
      input: { report: { agency: '江宁市秣陵街道办事处', publishedOn: '2024-03-20', year: 2023 } },
      expect: [{ severity: 'warning', message: ['街道办事处', '第四十九条'] }],
    },
    {
      name: 'a town publishing in April is an error',
      input: { report: { agency: '江宁市汤山镇人民政府', publishedOn: '2024-04-01', year: 2023 } },
      expect: [{ severity: 'error', message: ['2024年3月31日'] }],
    },
    {
      name: 'an unclassified body publishing in February gets a warning',
      input: { report: { agency: '某某', publishedOn: '2025-02-10' } },
      expect: [{ severity: 'warning', message: ['1月31日'] }],
    },
    {
      name: 'a publication date inside the report year is a warning',
      input: { report: { agency: '某某局', publishedOn: '2024-12-20' } },
      expect: [{ severity: 'warning', message: ['2024年12月20日'] }],
    },
    {
      name: 'a title naming a later year than the period is judged by the later year',
      input: {
        report: {
          agency: '江宁市交通运输局',
          title: '江宁市交通运输局2023年政府信息公开工作年度报告',
          year: 2022,
          publishedOn: '2024-01-18',
        },
      },
      expect: [],
    },
    {
      name: 'a period naming a later year than the title is judged by the later year',
      input: {
        report: {
          agency: '江宁市交通运输局',
          titleYear: 2022,
          year: 2023,
          publishedOn: '2024-02-05',
        },
      },
      expect: [{ severity: 'error', message: ['2023年度', '2024年1月31日'] }],
    },
    {
      name: 'an unknown publication date is not judged',
      input: { report: { publishedOn: null } },
      expect: [],
    },
  ],
  run({ report, agencyKind }) {
    if (!report.publishedOn || typeof report.year !== 'number') return [];
    const published = parseIsoDate(report.publishedOn);
    if (!published) return [];
    const pub = isoDate(published.year, published.month, published.day);
    const fromTitle = report.titleYear ?? titleYear(report.title);
    // A title year no earlier than the publication year cannot be the report's (a typo such as
    // 2032): it would only turn into an "published before the year ended" warning.
    const year =
      typeof fromTitle === 'number' && fromTitle > report.year && fromTitle < published.year
        ? fromTitle
        : report.year;
    const next = year + 1;
    const shownPub = chineseDate(pub);
    if (pub < isoDate(next, 1, 1))
      return finding(
        'warning',
        `发布日期${shownPub}早于${year}年度结束，报告不可能含全年数据；请核实发布日期或报告年度`,
      );
    const latest = isoDate(next, 3, 31);
    if (pub > latest)
      return finding(
        'error',
        `${year}年度报告于${shownPub}发布，晚于条例第四十九条规定的最迟期限${chineseDate(latest)}`,
      );
    const deadline = publicationDeadline(agencyKind);
    const due = isoDate(next, deadline.month, deadline.day);
    if (pub <= due) return [];
    const who = report.agency ?? '';
    if (deadline.certain)
      return finding(
        'error',
        `${who}（${AGENCY_KIND_LABELS[agencyKind]}）的${year}年度报告于${shownPub}发布，晚于条例第四十九条规定的${chineseDate(due)}`,
      );
    return deadline.basis === 'local-rules'
      ? finding(
          'warning',
          `${who}（${AGENCY_KIND_LABELS[agencyKind]}）的${year}年度报告于${shownPub}发布，晚于许多地方规定的${chineseDate(due)}：条例第四十九条只规定县级以上人民政府部门在1月31日前、县级以上地方人民政府本级报告在3月31日前公布，未规定乡镇人民政府、街道办事处的期限；请按本地规定核实`,
        )
      : finding(
          'warning',
          `${year}年度报告于${shownPub}发布：除县级以上人民政府的本级政府年度报告（3月31日前）外，各行政机关应在${chineseDate(due)}前公布；请核实发布机关类别`,
        );
  },
};
