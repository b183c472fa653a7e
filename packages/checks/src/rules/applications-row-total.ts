import { APPLICANT_PARTS, type ApplicationRowValues, type Finding } from '@xxgk/model';
import { sumText, appTerm } from '../cells.js';
import { checkIdentity } from '../identity.js';
import { formatNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';

/** The usual case, decided without building terms: every cell filled and the sum right. */
function quickHolds(values: ApplicationRowValues): boolean {
  let sum = 0;
  for (const col of APPLICANT_PARTS) {
    const v = values[col];
    if (typeof v !== 'number') return false;
    sum += v;
  }
  return values.total === sum;
}

/**
 * Table 三, every row: 总计 = 自然人 + the five 法人或其他组织 columns.
 * @see 国办公开办函〔2021〕30号 附件 表三; docs/domain.md §1.8 d
 */
export const applicationsRowTotal: Rule = {
  id: 'applications.row-total',
  severity: 'error',
  title: '申请人总计列',
  description:
    '收到和处理政府信息公开申请情况表每一行的“总计”应等于自然人与法人或其他组织五个分列（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。',
  see: ['国办公开办函〔2021〕30号 表三'],
  examples: [
    {
      name: 'a row whose total is the sum of the six applicant columns passes',
      input: {
        cells: {
          'applications.received.naturalPerson': 7,
          'applications.received.commercial': 2,
          'applications.received.otherOrg': 1,
          'applications.received.total': 10,
        },
      },
      expect: [],
    },
    {
      name: 'a row total that differs from its columns is an error on all seven cells',
      input: {
        cells: {
          'applications.granted.naturalPerson': 3,
          'applications.granted.research': 1,
          'applications.granted.total': 3,
        },
      },
      expect: [
        {
          severity: 'error',
          cells: [
            'applications.granted.total',
            'applications.granted.naturalPerson',
            'applications.granted.commercial',
            'applications.granted.research',
            'applications.granted.socialWelfare',
            'applications.granted.legalService',
            'applications.granted.otherOrg',
          ],
          message: ['三（一）予以公开', '总计（3）', '4'],
        },
      ],
    },
    {
      name: 'a row that fills only its total and leaves the columns blank is not an error',
      input: {
        cells: {
          'applications.received.naturalPerson': null,
          'applications.received.commercial': null,
          'applications.received.research': null,
          'applications.received.socialWelfare': null,
          'applications.received.legalService': null,
          'applications.received.otherOrg': null,
          'applications.received.total': 4,
        },
      },
      expect: [],
    },
    {
      name: 'a row with a blank total is not an error',
      input: {
        cells: { 'applications.received.naturalPerson': 2, 'applications.received.total': null },
      },
      expect: [],
    },
  ],
  run({ report, format }) {
    const findings: Finding[] = [];
    for (const row of format.applicationRows) {
      const values = report.applications[row.key];
      if (!values || quickHolds(values)) continue;
      const parts = APPLICANT_PARTS.map((col) => appTerm(report, row.key, col));
      const total = appTerm(report, row.key, 'total');
      const result = checkIdentity([total], parts);
      if (result.status !== 'broken') continue;
      findings.push({
        rule: 'applications.row-total',
        severity: 'error',
        message: `${row.fullLabel}：总计（${formatNumber(result.left)}）不等于各类申请人之和（${sumText(
          report,
          parts.map((p) => p.path),
        )}=${formatNumber(result.right)}）`,
        cells: [total.path, ...parts.map((p) => p.path)],
      });
    }
    return findings;
  },
};
