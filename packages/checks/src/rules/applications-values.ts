import { cellPath } from '@xxgk/model';
import type { Rule } from '../types.js';
import { badValue, valueFindings, type ValueKind } from '../values.js';

const NO_KIND: ValueKind = {};

/**
 * Table 三 counts applications (件): every cell is a non-negative integer.
 * @see 国办公开办函〔2021〕30号 附件 表三; docs/domain.md §5.3 h
 */
export const applicationsValues: Rule = {
  id: 'applications.values',
  severity: 'error',
  title: '申请情况表数值',
  description: '收到和处理政府信息公开申请情况表以“件”计数，每个单元格都应为非负整数。',
  see: ['国办公开办函〔2021〕30号 表三', '国办公开办函〔2019〕60号 表三'],
  examples: [
    {
      name: 'zeros and whole counts pass',
      input: { cells: { 'applications.granted.total': 3 } },
      expect: [],
    },
    {
      name: 'a negative count is an error on its cell',
      input: { cells: { 'applications.carriedOver.naturalPerson': -2 } },
      expect: [
        {
          severity: 'error',
          cells: ['applications.carriedOver.naturalPerson'],
          message: ['-2', '负数'],
        },
      ],
    },
    {
      name: 'a fraction of an application is an error',
      input: { cells: { 'applications.received.total': 2.5 } },
      expect: [
        { severity: 'error', cells: ['applications.received.total'], message: ['2.5', '整数'] },
      ],
    },
  ],
  run({ report, format }) {
    const cells: { path: string; kind: ValueKind }[] = [];
    for (const row in report.applications) {
      const values =
        (report.applications as Record<string, Record<string, number | null> | undefined>)[row] ??
        {};
      for (const col in values)
        if (badValue(values[col], NO_KIND))
          cells.push({ path: cellPath('applications', row, col), kind: NO_KIND });
    }
    return valueFindings('applications.values', report, format, cells);
  },
};
