import { APPLICANT_PARTS, getCell } from '@xxgk/model';
import { appPath } from '../cells.js';
import type { CheckContext } from '../types.js';

/** What a narrative figure is compared with: the sum of some table 三 cells. */
export interface Target {
  /** What the text says, for the message (e.g. 收到政府信息公开申请). */
  what: string;
  /** The table cells, for the message (e.g. 表三“一、本年新收政府信息公开申请数量”总计). */
  label: string;
  cells: (ctx: CheckContext) => string[];
  /** Other values the text may rightly give (e.g. received including last year's carry-over). */
  alternatives?: (ctx: CheckContext) => (number | null)[];
  /**
   * The table's figures the text's figure is compared with one by one, each named in the
   * message, instead of the sum of `cells` (which then only says what to point at, and that
   * none is blank): 办理…N件 may be new, new plus carried over, or （七）总计 — never new plus
   * （七）总计.
   */
  figures?: (ctx: CheckContext) => { label: string; value: number | null }[];
  /**
   * What a figure the text says includes last year's carry-over (`受理N件（含上年结转M件）`) is
   * compared with instead: its label and cells.
   */
  withCarriedOver?: {
    label: string;
    cells: (ctx: CheckContext) => string[];
    /** Compared with these cells only, not with the other values the text may rightly give. */
    only?: boolean;
  };
}

const TOTAL = '.total';

/**
 * The six applicant cells of a table 三 row whose 总计 is `path`, when that 总计 is blank and every
 * one of them is printed; otherwise null.
 */
function partsOfBlankTotal(ctx: CheckContext, path: string): string[] | null {
  if (!path.startsWith('applications.') || !path.endsWith(TOTAL)) return null;
  if (getCell(ctx.report, path) !== null) return null;
  const row = path.slice(0, -TOTAL.length);
  const parts = APPLICANT_PARTS.map((c) => `${row}.${c}`);
  return parts.every((p) => typeof getCell(ctx.report, p) === 'number') ? parts : null;
}

/**
 * A cell of table 三 as a reviewer reads it: its figure, or — for a blank 总计 whose six applicant
 * cells are all printed (上海 2019 leaves 总计 blank in most result rows; a page edge may cut it)
 * — their sum, which the format makes it; null otherwise (a blank is never 0).
 */
export function tableValue(ctx: CheckContext, path: string): number | null {
  const v = getCell(ctx.report, path);
  if (typeof v === 'number') return v;
  const parts = partsOfBlankTotal(ctx, path);
  if (!parts) return null;
  let total = 0;
  for (const p of parts) total += getCell(ctx.report, p) as number;
  return total;
}

/** The 总计 cells among `paths` that {@link tableValue} reads from their applicant cells. */
export function totalsFromParts(ctx: CheckContext, paths: readonly string[]): string[] {
  return paths.filter((p) => partsOfBlankTotal(ctx, p) !== null);
}

/** Sum of some rows in some columns; null when any cell is blank or absent. */
function plus(ctx: CheckContext, rows: readonly string[], cols: readonly string[]): number | null {
  return sumOf(
    ctx,
    rows.flatMap((row) => cols.map((col) => appPath(row, col))),
  );
}

/** Sum of some cells ({@link tableValue}); null when any is blank or absent, or when there are none. */
export function sumOf(ctx: CheckContext, paths: readonly string[]): number | null {
  let total = 0;
  for (const path of paths) {
    const v = tableValue(ctx, path);
    if (v === null) return null;
    total += v;
  }
  return paths.length > 0 ? total : null;
}

const rowTotal = (row: string) => () => [appPath(row, 'total')];
const groupTotals = (group: string) => (ctx: CheckContext) =>
  ctx.format.applicationRows
    .filter((r) => r.group === group || r.key === group)
    .map((r) => appPath(r.key, 'total'));
const ORG_COLUMNS = APPLICANT_PARTS.filter((c) => c !== 'naturalPerson');

/**
 * What each kind of narrative figure about applications is compared with, and the other values
 * the text may rightly give.
 */
export const TARGETS = {
  received: {
    what: '收到政府信息公开申请',
    label: '表三“一、本年新收政府信息公开申请数量”总计',
    cells: rowTotal('received'),
    alternatives: (ctx: CheckContext) => [plus(ctx, ['received', 'carriedOver'], ['total'])],
    withCarriedOver: {
      label: '表三“一、本年新收”与“二、上年结转”总计之和',
      cells: () => [appPath('received', 'total'), appPath('carriedOver', 'total')],
    },
  },
  handled: {
    what: '办理政府信息公开申请',
    label: '表三“一、本年新收”总计（及加上年结转）、“（七）总计”',
    cells: () => [appPath('received', 'total'), appPath('totalProcessed', 'total')],
    figures: (ctx: CheckContext) => {
      const carried = tableValue(ctx, appPath('carriedOver', 'total'));
      return [
        { label: '表三“一、本年新收”总计', value: plus(ctx, ['received'], ['total']) },
        // Named only when it adds something (a carry-over of 0 gives 新收 again).
        ...(typeof carried === 'number' && carried !== 0
          ? [
              {
                label: '加上“二、上年结转”',
                value: plus(ctx, ['received', 'carriedOver'], ['total']),
              },
            ]
          : []),
        { label: '“（七）总计”', value: plus(ctx, ['totalProcessed'], ['total']) },
      ];
    },
    // 办理政府信息公开申请69件，含2023年转至今年办理的3件: new plus carried over, and only that.
    withCarriedOver: {
      label: '表三“一、本年新收”与“二、上年结转”总计之和',
      cells: () => [appPath('received', 'total'), appPath('carriedOver', 'total')],
      only: true,
    },
  },
  naturalPersons: {
    what: '自然人申请',
    label: '表三“一、本年新收”自然人列',
    cells: () => [appPath('received', 'naturalPerson')],
    alternatives: (ctx: CheckContext) => [
      plus(ctx, ['received', 'carriedOver'], ['naturalPerson']),
    ],
  },
  organisations: {
    what: '法人或其他组织申请',
    label: '表三“一、本年新收”法人或其他组织五列之和',
    cells: () => ORG_COLUMNS.map((c) => appPath('received', c)),
    alternatives: (ctx: CheckContext) => [plus(ctx, ['received', 'carriedOver'], ORG_COLUMNS)],
  },
  carriedOver: {
    what: '上年结转申请',
    label: '表三“二、上年结转政府信息公开申请数量”总计',
    cells: rowTotal('carriedOver'),
  },
  totalProcessed: {
    what: '办结（答复）申请',
    label: '表三“三（七）总计”',
    cells: rowTotal('totalProcessed'),
  },
  carriedForward: {
    what: '结转下年度申请',
    label: '表三“四、结转下年度继续办理”总计',
    cells: rowTotal('carriedForward'),
  },
  granted: {
    what: '予以公开',
    label: '表三“三（一）予以公开”总计',
    cells: rowTotal('granted'),
    // Narratives often count partial disclosures among those disclosed (予以公开5件，含部分公开1件).
    alternatives: (ctx: CheckContext) => [plus(ctx, ['granted', 'partiallyGranted'], ['total'])],
  },
  grantedOrPartial: {
    what: '予以公开及部分公开',
    label: '表三“三（一）予以公开”与“（二）部分公开”总计之和',
    cells: () => [appPath('granted', 'total'), appPath('partiallyGranted', 'total')],
  },
  partiallyGranted: {
    what: '部分公开',
    label: '表三“三（二）部分公开”总计',
    cells: rowTotal('partiallyGranted'),
  },
  withheld: {
    what: '不予公开',
    label: '表三“三（三）不予公开”各项之和',
    cells: groupTotals('withheld'),
  },
  unableToProvide: {
    what: '无法提供',
    label: '表三“三（四）无法提供”各项之和',
    cells: groupTotals('unableToProvide'),
  },
  notProcessed: {
    what: '不予处理',
    label: '表三“三（五）不予处理”各项之和',
    cells: groupTotals('notProcessed'),
  },
  otherHandling: {
    what: '其他处理',
    label: '表三“三（六）其他处理”各项之和',
    cells: groupTotals('otherHandling'),
  },
} satisfies Record<string, Target>;

/** A kind of narrative figure about applications. */
export type TargetKey = keyof typeof TARGETS;

/**
 * The rows of groups (三)–(五) as the narrative names them (the label without its number; 本机关
 * may be left out or said otherwise: 本办不掌握相关政府信息), each with its row key.
 */
const SUB_ROWS: readonly (readonly [string, string])[] = [
  ['属于国家秘密', 'withheld.stateSecret'],
  ['其他法律行政法规禁止公开', 'withheld.prohibitedByLaw'],
  ['危及[“"]?三安全一稳定[”"]?', 'withheld.endangersSafety'],
  ['保护第三方合法权益', 'withheld.thirdPartyRights'],
  ['属于三类内部事务信息', 'withheld.internalAffairs'],
  ['属于四类过程性信息', 'withheld.processInformation'],
  ['属于行政执法案卷', 'withheld.enforcementFiles'],
  ['属于行政查询事项', 'withheld.queryMatters'],
  ['不掌握(?:相关)?(?:的)?(?:政府)?信息', 'unableToProvide.notHeld'],
  ['没有现成信息需要另行制作', 'unableToProvide.needsCreation'],
  ['补正后申请内容仍不明确', 'unableToProvide.stillUnclear'],
  ['信访举报投诉类申请', 'notProcessed.petition'],
  ['重复申请', 'notProcessed.repeated'],
  ['要求提供公开出版物', 'notProcessed.publications'],
  ['无正当理由大量反复申请', 'notProcessed.excessive'],
  ['要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'],
];

/** The row labels of {@link SUB_ROWS} as one alternation (a pattern source). */
export const SUB_ROW_SOURCE = SUB_ROWS.map(([label]) => label).join('|');

const SUB_ROW_RES = SUB_ROWS.map(
  ([label, row]) => [new RegExp(`^(?:${label})$`, 'u'), row] as const,
);

/** What a figure of one row of groups (三)–(五) is compared with, given the label as said. */
export function subRowTarget(said: string): Target | null {
  const row = SUB_ROW_RES.find(([re]) => re.test(said))?.[1];
  if (!row) return null;
  return {
    what: said,
    label: `表三“${said}”总计`,
    cells: () => [appPath(row, 'total')],
  };
}

/** The organisation columns as the narrative names them (涉及自然人72件、商业企业3件), each with its key. */
const COLUMNS: readonly (readonly [string, string])[] = [
  ['商业企业', 'commercial'],
  ['科研机构', 'research'],
  ['社会公益组织', 'socialWelfare'],
  ['法律服务机构', 'legalService'],
];

/** The column names of {@link COLUMNS} as one alternation (a pattern source). */
export const COLUMN_SOURCE = COLUMNS.map(([name]) => name).join('|');

/**
 * What a figure of one organisation column is compared with: that column of 一、本年新收 (or of
 * 新收 and 上年结转 together, as for the other applicant figures).
 */
export function columnTarget(said: string): Target | null {
  const col = COLUMNS.find(([name]) => name === said)?.[1];
  if (!col) return null;
  return {
    what: `${said}申请`,
    label: `表三“一、本年新收”${said}列`,
    cells: () => [appPath('received', col)],
    alternatives: (ctx: CheckContext) => [plus(ctx, ['received', 'carriedOver'], [col])],
  };
}
