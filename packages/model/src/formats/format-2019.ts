import { APPLICANT_COLUMN_KEYS } from '../applicant-columns.js';
import {
  APPLICATION_GROUPS,
  APPLICATION_ROWS_HEAD,
  APPLICATION_ROWS_TAIL,
  SECTIONS,
} from './common.js';
import type { FormatDef, ProactiveFieldDef } from './types.js';

const PREVIOUS_YEAR: ProactiveFieldDef = {
  key: 'previousYear',
  label: '上一年项目数量',
  variants: ['上年项目数量'],
};
const CHANGE: ProactiveFieldDef = {
  key: 'change',
  label: '本年增/减',
  variants: ['本年增减', '本年增/减数量'],
  signed: true,
};
const DECISIONS: ProactiveFieldDef = {
  key: 'decisions',
  label: '处理决定数量',
  variants: ['本年处理决定数量'],
};

/**
 * The 2019 trial format (试行), used for reports on 2019 and 2020.
 * @see 国办公开办函〔2019〕60号
 */
export const FORMAT_2019: FormatDef = {
  id: '2019',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  issuedBy: '国办公开办函〔2019〕60号',
  firstYear: 2019,
  lastYear: 2020,
  sections: SECTIONS,
  proactive: [
    {
      item: '（一）',
      caption: '第二十条第（一）项',
      fields: [
        { key: 'made', label: '本年新制作数量', variants: ['本年制作数量'] },
        { key: 'published', label: '本年新公开数量', variants: ['本年公开数量'] },
        { key: 'totalPublished', label: '对外公开总数量', variants: ['对外公开总数'] },
      ],
      rows: [
        { key: 'regulations', label: '规章', variants: [] },
        {
          key: 'normativeDocuments',
          label: '规范性文件',
          // 规范性档案: Taiwan-localised vocabulary of zh-Hant mirror sites.
          variants: ['行政规范性文件', '规范性档案', '行政规范性档案'],
        },
      ],
    },
    {
      item: '（五）',
      caption: '第二十条第（五）项',
      fields: [PREVIOUS_YEAR, CHANGE, DECISIONS],
      rows: [
        { key: 'licensing', label: '行政许可', variants: [] },
        { key: 'otherServices', label: '其他对外管理服务事项', variants: [] },
      ],
    },
    {
      item: '（六）',
      caption: '第二十条第（六）项',
      fields: [PREVIOUS_YEAR, CHANGE, DECISIONS],
      rows: [
        { key: 'punishment', label: '行政处罚', variants: [] },
        { key: 'coercion', label: '行政强制', variants: [] },
      ],
    },
    {
      item: '（八）',
      caption: '第二十条第（八）项',
      fields: [PREVIOUS_YEAR, CHANGE],
      rows: [{ key: 'fees', label: '行政事业性收费', variants: [] }],
    },
    {
      item: '（九）',
      caption: '第二十条第（九）项',
      fields: [
        { key: 'projects', label: '采购项目数量', variants: [] },
        {
          key: 'totalAmount',
          label: '采购总金额',
          variants: [],
          decimal: true,
          unitInText: true,
        },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购', variants: [] }],
    },
  ],
  applicationGroups: APPLICATION_GROUPS,
  applicationRows: [
    ...APPLICATION_ROWS_HEAD,
    {
      key: 'otherHandling',
      label: '（六）其他处理',
      fullLabel: '三（六）其他处理',
      group: 'results',
      result: true,
      variants: [],
    },
    ...APPLICATION_ROWS_TAIL,
  ],
  applicantColumns: APPLICANT_COLUMN_KEYS,
};
