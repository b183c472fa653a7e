import {
  APPLICANT_PARTS,
  cellPath,
  emptyReport,
  formatForYear,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_PARTS,
  setCell,
  type Report,
} from '@xxgk/model';
import { Calendar, toDayNumber, type IsoDate } from '@xxgk/calendar';
import type { Application } from './application.js';
import { proactiveTable2021, type Article20Figures } from './article20.js';
import { conclusionOf, isOpenOn } from './conclusion.js';
import { resultOn, type ReviewCase } from './review-cases.js';

/** What an annual report is compiled from: one agency's casework. */
export interface CompileInput {
  agencyName: string;
  year: number;
  applications: readonly Application[];
  reviewCases: readonly ReviewCase[];
  article20?: Article20Figures;
  /** 信息处理费 collected in the year, in 元 (0 or absent: none). @see 国办函〔2020〕109号 */
  feesCollectedYuan?: number;
  calendar?: Calendar;
}

/** The compiled report and, for each table cell, the ids of the cases counted in it. */
export interface CompiledReport {
  report: Report;
  /** Cell path → application ids (table 三) or review case ids (table 四). */
  drillDown: Record<string, string[]>;
}

const within = (d: IsoDate, from: IsoDate, to: IsoDate): boolean =>
  toDayNumber(d) >= toDayNumber(from) && toDayNumber(d) <= toDayNumber(to);

/**
 * Compiles an agency's annual report for `year` from its casework, in the format that year
 * must use. Table 三: 一 received in the year; 二 received earlier and open on 1 January; 三
 * concluded in the year by outcome; 四 open on 31 December; 总计 columns and rows summed. So
 * 一+二 = 三（七）+四 and next year's 二 equals this year's 四 hold by construction. Table 四:
 * cases filed in the year or still pending on 1 January, by result on 31 December. Table 二 from
 * the Article 20 figures (2021 format; in the 2019 format only 处理决定数量). The narrative
 * drafts state the same figures.
 * @see 条例第四十九条、第五十条
 * @see 国办公开办函〔2021〕30号
 */
export function compileReport(input: CompileInput): CompiledReport {
  const { year } = input;
  const calendar = input.calendar ?? Calendar.builtIn();
  const format = formatForYear(year);
  const def = getFormat(format);
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const lastYearEnd = `${year - 1}-12-31`;
  const report = emptyReport(format);
  report.year = year;
  report.agency = input.agencyName;
  report.title = `${input.agencyName}${year}年政府信息公开工作年度报告`;
  report.period = { text: `${year}年1月1日至${year}年12月31日`, start: first, end: last, year };
  const drillDown: Record<string, string[]> = {};
  const rowKeys = def.applicationRows.map((r) => r.key);
  for (const path of Object.keys(report.applications).flatMap((row) =>
    [...APPLICANT_PARTS, 'total'].map((col) => cellPath('applications', row, col)),
  ))
    drillDown[path] = [];

  const count = (row: string, app: Application): void => {
    for (const col of [app.applicant.type, 'total'])
      (drillDown[cellPath('applications', row, col)] ??= []).push(app.id);
  };
  const rowOf = (outcome: string): string =>
    rowKeys.includes(outcome) ? outcome : (outcome.split('.')[0] ?? outcome);

  for (const app of input.applications) {
    if (within(app.receivedOn, first, last)) count('received', app);
    if (isOpenOn(app, lastYearEnd, calendar)) count('carriedOver', app);
    const end = conclusionOf(app, calendar);
    if (end && within(end.on, first, last)) {
      count(rowOf(end.outcome), app);
      count('totalProcessed', app);
    }
    if (isOpenOn(app, last, calendar)) count('carriedForward', app);
  }
  for (const [path, ids] of Object.entries(drillDown)) setCell(report, path, ids.length);

  for (const block of REVIEW_BLOCKS) {
    for (const f of [...REVIEW_PARTS, 'total']) drillDown[cellPath('review', block.key, f)] = [];
  }
  for (const c of input.reviewCases) {
    const counted =
      within(c.filedOn, first, last) ||
      (toDayNumber(c.filedOn) < toDayNumber(first) && resultOn(c, lastYearEnd) === 'pending');
    if (!counted) continue;
    for (const f of [resultOn(c, last), 'total'])
      (drillDown[cellPath('review', c.kind, f)] ??= []).push(c.id);
  }
  for (const block of REVIEW_BLOCKS)
    for (const f of [...REVIEW_PARTS, 'total']) {
      const path = cellPath('review', block.key, f);
      setCell(report, path, drillDown[path]?.length ?? 0);
    }

  if (input.article20 && format === '2021') report.proactive = proactiveTable2021(input.article20);
  else if (input.article20) {
    // The 2019 table counts items (上一年项目数量, 本年增/减), which the figures do not hold;
    // only its 处理决定数量 column means the same thing, so only that is filled.
    const f = input.article20;
    setCell(report, 'proactive.licensing.decisions', f.licensingDecisions);
    setCell(report, 'proactive.punishment.decisions', f.punishmentDecisions);
    setCell(report, 'proactive.coercion.decisions', f.coercionDecisions);
  }

  report.sections = draftNarrative(input, report);
  return { report, drillDown };
}

function cell(report: Report, row: string): number {
  return report.applications[row]?.total ?? 0;
}

/**
 * The draft narrative (一 总体情况, 六 其他需要报告的事项) stating the figures `report` holds:
 * exported so that a compile from aggregate counts (the database's) drafts the same text.
 */
export function draftNarrative(
  input: Pick<CompileInput, 'agencyName' | 'year' | 'feesCollectedYuan'>,
  report: Report,
): Report['sections'] {
  const r = (k: string): number => cell(report, k);
  const review = (k: 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration') =>
    report.review[k]?.total ?? 0;
  const litigation = review('litigationDirect') + review('litigationAfterReconsideration');
  const overview =
    `${input.year}年，${input.agencyName}新收政府信息公开申请${r('received')}件，` +
    `上年结转${r('carriedOver')}件，本年度办结${r('totalProcessed')}件，` +
    `其中予以公开${r('granted')}件、部分公开${r('partiallyGranted')}件，` +
    `结转下年度继续办理${r('carriedForward')}件。` +
    `因政府信息公开工作被申请行政复议${review('reconsideration')}件，被提起行政诉讼${litigation}件。`;
  const fee = input.feesCollectedYuan ?? 0;
  const other =
    fee > 0
      ? `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${fee}元。`
      : '本年度未收取信息处理费。';
  return { overview, other };
}
