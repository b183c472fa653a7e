import { cellPath, type FormatDef } from '@xxgk/model';
import type { Rule } from '../types.js';
import { badValue, valueFindings, type ValueKind } from '../values.js';

const KINDS = new WeakMap<FormatDef, Map<string, Map<string, ValueKind>>>();

/** What each table 二 cell of a format may hold, by row then field, computed once per format. */
function kindsOf(format: FormatDef): Map<string, Map<string, ValueKind>> {
  let kinds = KINDS.get(format);
  if (kinds) return kinds;
  kinds = new Map();
  for (const table of format.proactive)
    for (const row of table.rows) {
      const fields = kinds.get(row.key) ?? new Map<string, ValueKind>();
      for (const field of table.fields)
        fields.set(field.key, { decimal: field.decimal === true, signed: field.signed === true });
      kinds.set(row.key, fields);
    }
  KINDS.set(format, kinds);
  return kinds;
}

/**
 * Table 二: counts of documents and decisions are non-negative integers; the 2021 fee amount is
 * in 万元 and may be a decimal; the 2019 本年增/减 may be negative and the 2019 采购总金额 is an
 * amount.
 * @see 条例第二十条; 国办公开办函〔2021〕30号 附件 表二
 */
export const proactiveValues: Rule = {
  id: 'proactive.values',
  severity: 'error',
  title: '主动公开表数值',
  description:
    '主动公开政府信息情况表中的件数、处理决定数量应为非负整数；2021 年格式的收费金额以万元计，可有小数；2019 年试行格式的“本年增/减”可为负数，“采购总金额”为金额。',
  see: ['条例第二十条', '国办公开办函〔2021〕30号 表二', '国办公开办函〔2019〕60号 表二'],
  examples: [
    {
      name: 'a fee of 190.457379 万元 is a valid amount',
      input: { cells: { 'proactive.fees.amountWanYuan': 190.457379 } },
      expect: [],
    },
    {
      name: 'a fractional number of decisions is an error',
      input: { cells: { 'proactive.punishment.decisions': 3.5 } },
      expect: [{ severity: 'error', cells: ['proactive.punishment.decisions'], message: ['3.5'] }],
    },
    {
      name: 'a negative number of documents in force is an error',
      input: { cells: { 'proactive.normativeDocuments.inForce': -4 } },
      expect: [{ severity: 'error', cells: ['proactive.normativeDocuments.inForce'] }],
    },
    {
      name: 'a negative 本年增/减 in the 2019 format is allowed',
      input: { format: '2019', cells: { 'proactive.licensing.change': -3 } },
      expect: [],
    },
    {
      name: 'a decimal 采购总金额 in the 2019 format is allowed',
      input: { format: '2019', cells: { 'proactive.procurement.totalAmount': 1234.56 } },
      expect: [],
    },
  ],
  run({ report, format }) {
    const kinds = kindsOf(format);
    const cells: { path: string; kind: ValueKind }[] = [];
    // The cells read in place (for…in, no entry arrays); a path is built only for a bad value.
    for (const row in report.proactive) {
      const values = report.proactive[row] ?? {};
      const rowKinds = kinds.get(row);
      for (const field in values) {
        const kind = rowKinds?.get(field) ?? {};
        if (badValue(values[field], kind))
          cells.push({ path: cellPath('proactive', row, field), kind });
      }
    }
    return valueFindings('proactive.values', report, format, cells);
  },
};
