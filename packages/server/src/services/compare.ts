import type { ReportListItem } from '@xxgk/db';
import {
  allCellPaths,
  APPLICANT_COLUMNS,
  cellLabel,
  getCell,
  type CellValue,
  type Report,
} from '@xxgk/model';
import type { AppContext } from '../context.js';
import { currentReport } from './reports.js';
import { textRepetition, type TextRepetition } from './text-repetition.js';

/** One figure this year beside last year's. */
export interface ComparedCell {
  path: string;
  label: string;
  current: CellValue;
  /** Null when last year's report lacks the cell or left it blank. */
  previous: CellValue;
  /** current − previous when both are numbers. */
  change: number | null;
}

/** One applicant column of the carry-over identity. */
export interface CarryOverCheck {
  column: string;
  label: string;
  /** Last year's 结转下年度继续办理. */
  previousCarriedForward: CellValue;
  /** This year's 上年结转政府信息公开申请数量. */
  carriedOver: CellValue;
  /** True when equal, false when they differ, null when either is blank or absent. */
  ok: boolean | null;
}

/** This year against last year. */
export interface Comparison {
  previous: { id: number; year: number } | null;
  cells: ComparedCell[];
  carryOver: CarryOverCheck[];
  textRepetition: TextRepetition;
}

const value = (report: Report | null, path: string): CellValue =>
  report ? (getCell(report, path) ?? null) : null;

/** Rounds a difference of decimals (万元) so 0.1 + 0.2 prints as 0.3. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Compares two reports of one agency a year apart: every figure with its change, the
 * carry-over identity (last year's 结转下年度 = this year's 上年结转, column by column) and how
 * much of the narrative repeats last year's.
 * @see 国办公开办函〔2021〕30号 表三（勾稽关系）
 */
export function compareReports(
  current: Report,
  previous: Report | null,
): Omit<Comparison, 'previous'> {
  const cells = allCellPaths(current.format).map((path) => {
    const a = value(current, path);
    const b = value(previous, path);
    return {
      path,
      label: cellLabel(current.format, path),
      current: a,
      previous: b,
      change: a !== null && b !== null ? round(a - b) : null,
    };
  });
  const carryOver = APPLICANT_COLUMNS.map((c) => {
    const before = value(previous, `applications.carriedForward.${c.key}`);
    const now = value(current, `applications.carriedOver.${c.key}`);
    return {
      column: c.key,
      label: c.label,
      previousCarriedForward: before,
      carriedOver: now,
      ok: previous && before !== null && now !== null ? before === now : null,
    };
  });
  return { cells, carryOver, textRepetition: textRepetition(current, previous) };
}

/** The comparison for a stored report against the same agency's report of the year before. */
export async function compareWithPreviousYear(
  ctx: AppContext,
  row: ReportListItem,
): Promise<Comparison> {
  const current = await currentReport(ctx, row);
  const prevRow = await ctx.repos.reports.findByAgencyYear(row.agencyId, row.year - 1);
  const previous = prevRow ? await currentReport(ctx, prevRow) : null;
  return {
    previous: prevRow ? { id: prevRow.id, year: prevRow.year } : null,
    ...compareReports(current, previous),
  };
}
