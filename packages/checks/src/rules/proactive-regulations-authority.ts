import { cellPath, getCell } from '@xxgk/model';
import {
  AGENCY_KIND_LABELS,
  agencyFromTitle,
  agencyKind as kindOf,
  mayMakeRegulations,
} from '../agency-kind.js';
import { label } from '../cells.js';
import { formatNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';

/**
 * 规章 figures from a body that cannot make 规章. Only 国务院部门 and the people's governments
 * of provinces, autonomous regions, municipalities, 设区的市 and 自治州 make 规章; towns,
 * sub-districts, counties and local government departments do not, so non-zero 规章 figures
 * there usually mean 规范性文件 were counted in the wrong row.
 * @see 立法法第九十一条、第九十三条; 条例第二十条第（一）项
 */
export const proactiveRegulationsAuthority: Rule = {
  id: 'proactive.regulations-authority',
  severity: 'warning',
  title: '规章数据与制定主体',
  description:
    '只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府可以制定规章。乡镇、街道、县区人民政府和地方政府部门的报告中“规章”一行出现非零数字，多半是把规范性文件填进了规章行，需要核实。',
  see: ['立法法第九十一条、第九十三条', '条例第二十条第（一）项'],
  examples: [
    {
      name: 'a town that reports 规章 gets a warning naming the figures',
      input: {
        report: { agency: '某某县某某镇人民政府' },
        cells: { 'proactive.regulations.issued': 2 },
      },
      expect: [
        {
          severity: 'warning',
          cells: ['proactive.regulations.issued'],
          message: ['乡镇人民政府', '本年制发件数', '2'],
        },
      ],
    },
    {
      name: 'a city bureau reporting 规章 in force gets a warning',
      input: {
        report: { agency: '淄博市工业和信息化局' },
        cells: { 'proactive.regulations.inForce': 3 },
      },
      expect: [{ severity: 'warning', cells: ['proactive.regulations.inForce'] }],
    },
    {
      name: 'a provincial government reporting 规章 passes',
      input: {
        report: { agency: '山东省人民政府' },
        cells: { 'proactive.regulations.issued': 5 },
      },
      expect: [],
    },
    {
      name: 'a 市 government may be a 设区的市 and is not warned',
      input: {
        report: { agency: '淮安市人民政府' },
        cells: { 'proactive.regulations.inForce': 40 },
      },
      expect: [],
    },
    {
      name: 'a body named only in the title is recognised from the title',
      input: {
        report: { agency: null, title: '某某区某某街道办事处2024年政府信息公开工作年度报告' },
        cells: { 'proactive.regulations.repealed': 1 },
      },
      expect: [{ severity: 'warning', message: ['街道办事处'] }],
    },
    {
      name: 'a provincial government’s general office, which publishes that government’s 规章, passes',
      input: {
        report: { agency: '上海市人民政府办公厅' },
        cells: { 'proactive.regulations.issued': 13, 'proactive.regulations.inForce': 524 },
      },
      expect: [],
    },
    {
      name: 'a county government’s office reporting 规章 still gets a warning',
      input: {
        report: { agency: '某某县人民政府办公室' },
        cells: { 'proactive.regulations.issued': 2 },
      },
      expect: [{ severity: 'warning', message: ['政府部门'] }],
    },
    {
      name: 'zero 规章 figures from a department pass',
      input: { report: { agency: '某某市民政局' } },
      expect: [],
    },
  ],
  run({ report, format, agencyKind }) {
    if (mayMakeRegulations(agencyKind) !== 'no') return [];
    // Most bodies are departments, so this runs for most reports: the row's cells are read in
    // place, and paths are built only for non-zero figures.
    const table = format.proactive.find((t) => t.rows.some((r) => r.key === 'regulations'));
    if (!table) return [];
    const values = report.proactive.regulations;
    const nonZero: string[] = [];
    for (const f of table.fields) {
      const v = values?.[f.key];
      if (typeof v === 'number' && v !== 0)
        nonZero.push(cellPath('proactive', 'regulations', f.key));
    }
    if (nonZero.length === 0) return [];
    const name = report.agency ?? agencyFromTitle(report.title) ?? '';
    if (agencyKind === 'department' && officeOfRegulationMaker(name)) return [];
    const figures = nonZero
      .map(
        (p) => `${label(format, p).replace(/^二 /u, '')}为${formatNumber(getCell(report, p) ?? 0)}`,
      )
      .join('，');
    return [
      {
        rule: 'proactive.regulations-authority',
        severity: 'warning',
        message: `${name}属于${AGENCY_KIND_LABELS[agencyKind]}，无权制定规章，但表中${figures}；请核实是否将规范性文件填入了规章行（立法法第九十三条）`,
        cells: nonZero,
      },
    ];
  },
};

/** The general office of a government, as its name ends. */
const GENERAL_OFFICE = /(?:人民政府|政府)(?:办公厅|办公室)$/u;

/**
 * True for the general office (办公厅/办公室) of a government that may make 规章: it edits
 * the government's 公报 and reports the government's own documents, 规章 among them (上海市
 * 人民政府办公厅's report lists 市政府规章 as 主动公开规章13件), so its 规章 row is no mistake.
 */
function officeOfRegulationMaker(name: string): boolean {
  const office = GENERAL_OFFICE.exec(name);
  if (!office) return false;
  const government = name.slice(0, office.index) + '人民政府';
  return mayMakeRegulations(kindOf(government)) !== 'no';
}
