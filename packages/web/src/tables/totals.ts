import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  cellPath,
  getCell,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_PARTS,
  setCell,
  type CellValue,
  type Report,
} from '@xxgk/model';

/** Sum of the given values; null when every one is blank (a blank total is not a zero). */
export function sumCells(values: readonly (CellValue | undefined)[]): CellValue {
  let sum: number | null = null;
  for (const v of values) if (typeof v === 'number') sum = (sum ?? 0) + v;
  // Keep 万元 sums free of float noise (0.1 + 0.2).
  return sum === null ? null : Math.round(sum * 1e6) / 1e6;
}

/**
 * The cells a 填报 form computes instead of letting the user type them: every 总计 column cell
 * of table 三, the （七）总计 row, and each 总计 of table 四 — path → computed value.
 * @see 国办公开办函〔2021〕30号 附件 表三（勾稽关系）、表四
 */
export function computedTotals(report: Report): Map<string, CellValue> {
  const def = getFormat(report.format);
  const out = new Map<string, CellValue>();
  const value = (path: string) => (out.has(path) ? out.get(path) : getCell(report, path));
  for (const row of def.applicationRows) {
    if (row.key === 'totalProcessed') continue;
    const parts = APPLICANT_PARTS.map((c) => getCell(report, cellPath('applications', row.key, c)));
    out.set(cellPath('applications', row.key, 'total'), sumCells(parts));
  }
  const results = def.applicationRows.filter((r) => r.result);
  for (const col of APPLICANT_PARTS)
    out.set(
      cellPath('applications', 'totalProcessed', col),
      sumCells(results.map((r) => value(cellPath('applications', r.key, col)))),
    );
  out.set(
    cellPath('applications', 'totalProcessed', 'total'),
    sumCells(APPLICANT_PARTS.map((c) => value(cellPath('applications', 'totalProcessed', c)))),
  );
  for (const block of REVIEW_BLOCKS)
    out.set(
      cellPath('review', block.key, 'total'),
      sumCells(REVIEW_PARTS.map((f) => getCell(report, cellPath('review', block.key, f)))),
    );
  return out;
}

/** A copy of the report with every computed total filled in. */
export function withComputedTotals(report: Report): Report {
  const copy = structuredClone(report);
  for (const [path, v] of computedTotals(report)) setCell(copy, path, v);
  return copy;
}

/** One arithmetic identity the national tables must satisfy, evaluated on a report. */
export interface Identity {
  /** Stable key, e.g. `balance.naturalPerson`. */
  key: string;
  /** Chinese description, e.g. `自然人列：一＋二＝（七）总计＋四`. */
  title: string;
  left: CellValue;
  right: CellValue;
  /** null when both sides are blank (nothing to check yet). */
  ok: boolean | null;
  /** Cells involved, for highlighting. */
  cells: string[];
}

function identity(
  key: string,
  title: string,
  left: CellValue,
  right: CellValue,
  cells: string[],
): Identity {
  const ok = left === null && right === null ? null : (left ?? 0) === (right ?? 0);
  return { key, title, left, right, ok, cells };
}

/**
 * The identities shown live while filling in or correcting: for each applicant column
 * 一 + 二 = 三（七）总计 + 四 (printed in the table's header), then every 总计 against its parts.
 * @see 国办公开办函〔2021〕30号 附件 表三 说明；docs/domain.md §1.8 a, c, d, e
 */
export function identities(report: Report): Identity[] {
  const def = getFormat(report.format);
  const at = (row: string, col: string) =>
    getCell(report, cellPath('applications', row, col)) ?? null;
  const list: Identity[] = [];
  for (const col of APPLICANT_COLUMNS) {
    const cells = ['received', 'carriedOver', 'totalProcessed', 'carriedForward'].map((r) =>
      cellPath('applications', r, col.key),
    );
    list.push(
      identity(
        `balance.${col.key}`,
        `${col.label}列：一＋二＝三（七）总计＋四`,
        sumCells([at('received', col.key), at('carriedOver', col.key)]),
        sumCells([at('totalProcessed', col.key), at('carriedForward', col.key)]),
        cells,
      ),
    );
  }
  const computed = computedTotals(report);
  for (const [path, expected] of computed) {
    const actual = getCell(report, path) ?? null;
    const [section, ...rest] = path.split('.');
    const row = rest.slice(0, -1).join('.');
    const col = rest[rest.length - 1] ?? '';
    if (section === 'applications') {
      const label = def.applicationRows.find((r) => r.key === row)?.fullLabel ?? row;
      const colLabel = APPLICANT_COLUMNS.find((c) => c.key === col)?.label ?? col;
      const title =
        row === 'totalProcessed'
          ? `${colLabel}列：三（七）总计＝各项办理结果之和`
          : `${label}：总计＝各类申请人之和`;
      list.push(identity(`total.${path}`, title, actual, expected, [path]));
    } else {
      const label = REVIEW_BLOCKS.find((b) => b.key === row)?.label ?? row;
      list.push(
        identity(`total.${path}`, `四 ${label}：总计＝四项结果之和`, actual, expected, [path]),
      );
    }
  }
  return list;
}
