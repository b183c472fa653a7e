import { APPLICANT_PARTS, getCell, type Finding } from '@xxgk/model';
import { appPath } from '../cells.js';
import {
  claimPattern,
  findClaims,
  otherPeriod,
  type Claim,
  type ClaimContext,
} from '../text/claims.js';
import { textFinding } from '../text/finding.js';
import { formatNumber } from '../text/numbers.js';
import type { TextView } from '../text/text-view.js';
import type { CheckContext, Rule } from '../types.js';

const UNIT = String.raw`\s*(?:件次|件|条|个|份|宗|例)`;
/**
 * A measure word, or none right before a sentence mark: “收到和办理依申请公开2，” still states
 * a figure (writing.measure-word reports the missing word).
 */
const UNIT_OR_MARK = String.raw`(?:${UNIT}|(?=[,，。；;]))`;
/** Clauses about other kinds of case: their counts are not applications. */
const NOT_APPLICATIONS = /复议|诉讼|建议|提案|信访|举报|投诉|咨询|留言|来信|来电|热线|12345/u;

const RECEIVED = claimPattern(
  String.raw`(?:新收|收到|受理|接收|接到)(?<span>[^，,。；;：:\d\n]{0,20}?)(?:共|共计|合计)?{N}${UNIT_OR_MARK}`,
);
const NONE_RECEIVED = claimPattern(
  String.raw`(?:未|没有|无)(?:新)?(?:收到|受理|接到|接收)(?:过)?(?:任何)?(?<span>[^，,。；;\d\n]{0,16}?)(?:政府信息公开|依申请公开|信息公开)(?:的)?(?:申请|事项)|(?:无|没有)(?:政府信息公开申请|依申请公开(?:申请|事项)?)(?![^，,。；;\n]{0,8}(?:复议|诉讼|收费|费用))`,
);
const CARRIED_OVER = [
  claimPattern(
    String.raw`(?:上年(?:度)?|上一年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:的)?(?:申请)?结转(?:而来)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:事项)?(?:共)?{N}${UNIT}`,
  ),
  claimPattern(
    String.raw`结转上(?:一)?年(?:度)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共)?{N}${UNIT}`,
  ),
];
const NONE_CARRIED_OVER = claimPattern(
  String.raw`(?:无|没有)上(?:一)?年(?:度)?结转|上(?:一)?年(?:度)?(?:无|没有)结转`,
);
const PROCESSED = claimPattern(
  String.raw`(?:办结|答复|办理完毕|处理完毕|办理完成|作出答复|予以答复|完成答复)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|共计)?{N}${UNIT}`,
);
const CARRIED_FORWARD = [
  claimPattern(
    String.raw`结转(?:至|到|入)?(?:下(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:继续)?(?:办理|处理|答复)?(?:的)?(?:申请)?(?:共)?{N}${UNIT}`,
  ),
  claimPattern(
    // Arabic digits only here: a pattern that opens with a Chinese numeral would be tried at
    // every 一 of the text.
    String.raw`(?<n>\d+)\s*件(?:申请)?(?:需|将|已)?(?:结转|顺延|转入|延续)(?:至|到|入)?(?:下(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)`,
  ),
];
const NONE_CARRIED_FORWARD = claimPattern(
  String.raw`(?:无|没有)(?:需)?(?:结转|顺延)(?:至|到)?下(?:一)?年`,
);

const MENTIONS_APPLICATIONS = /申请/u;

const HANDLED = claimPattern(
  String.raw`办理(?:了)?(?:政府信息公开|依申请公开)(?:申请)?(?:事项)?(?:共|共计)?{N}${UNIT_OR_MARK}`,
);
const NATURAL_PERSONS = claimPattern(
  String.raw`(?:自然人|公民)(?:提出(?:的)?)?(?:申请)?(?:共)?{N}${UNIT}`,
);
const ORGANISATIONS = claimPattern(
  String.raw`法人(?:或|和|及)?其他组织(?:提出(?:的)?)?(?:申请)?(?:共)?{N}${UNIT}`,
);
const outcome = (words: string) =>
  claimPattern(String.raw`(?:${words})(?:的)?(?:申请)?(?:共)?{N}${UNIT}`);

/** What a narrative figure is compared with: the sum of some table 三 cells. */
interface Target {
  /** What the text says, for the message (e.g. 收到政府信息公开申请). */
  what: string;
  /** The table cells, for the message (e.g. 表三“一、本年新收政府信息公开申请数量”总计). */
  label: string;
  cells: (ctx: CheckContext) => string[];
  /** Other values the text may rightly give (e.g. received including last year's carry-over). */
  alternatives?: (ctx: CheckContext) => (number | null)[];
}

/** Sum of some rows in some columns; null when any cell is blank or absent. */
function plus(ctx: CheckContext, rows: readonly string[], cols: readonly string[]): number | null {
  let total = 0;
  for (const row of rows)
    for (const col of cols) {
      const v = getCell(ctx.report, appPath(row, col));
      if (typeof v !== 'number') return null;
      total += v;
    }
  return total;
}

function sumOf(ctx: CheckContext, paths: readonly string[]): number | null {
  let total = 0;
  for (const path of paths) {
    const v = getCell(ctx.report, path);
    if (typeof v !== 'number') return null;
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

const TARGETS = {
  received: {
    what: '收到政府信息公开申请',
    label: '表三“一、本年新收政府信息公开申请数量”总计',
    cells: rowTotal('received'),
    alternatives: (ctx: CheckContext) => [plus(ctx, ['received', 'carriedOver'], ['total'])],
  },
  handled: {
    what: '办理政府信息公开申请',
    label: '表三“一、本年新收”总计（及加上年结转）、“（七）总计”',
    cells: () => [appPath('received', 'total'), appPath('totalProcessed', 'total')],
    alternatives: (ctx: CheckContext) => [
      plus(ctx, ['received'], ['total']),
      plus(ctx, ['received', 'carriedOver'], ['total']),
      plus(ctx, ['totalProcessed'], ['total']),
    ],
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

type TargetKey = keyof typeof TARGETS;

const OUTCOMES: readonly [TargetKey, RegExp][] = [
  ['granted', outcome('(?<!部分)(?:予以公开|同意公开|全部公开)')],
  ['partiallyGranted', outcome('部分(?:予以)?公开')],
  ['withheld', outcome('不予公开')],
  ['unableToProvide', outcome('无法提供')],
  ['notProcessed', outcome('不予处理')],
  ['otherHandling', outcome('其他处理')],
];

function claims(view: TextView, year: number | null): { target: TargetKey; claim: Claim }[] {
  const plain = (c: ClaimContext) => !NOT_APPLICATIONS.test(c.clause);
  const thisYear = (c: ClaimContext) => plain(c) && !otherPeriod(c.before, year);
  const aboutApplications = (c: ClaimContext) =>
    MENTIONS_APPLICATIONS.test(c.sentence) && thisYear(c);
  const out: { target: TargetKey; claim: Claim }[] = [];
  const add = (target: TargetKey, list: Claim[]) =>
    list.forEach((claim) => out.push({ target, claim }));
  add(
    'received',
    findClaims(view, RECEIVED, (c) => {
      const span = c.match.groups?.span ?? '';
      return /申请/u.test(span) && !NOT_APPLICATIONS.test(span) && !otherPeriod(c.before, year);
    }),
  );
  add(
    'received',
    findClaims(
      view,
      NONE_RECEIVED,
      (c) => !NOT_APPLICATIONS.test(c.match.groups?.span ?? '') && !otherPeriod(c.before, year),
    ),
  );
  add('handled', findClaims(view, HANDLED, thisYear));
  add('naturalPersons', findClaims(view, NATURAL_PERSONS, aboutApplications));
  add('organisations', findClaims(view, ORGANISATIONS, aboutApplications));
  const lastYear = (y: string | undefined) =>
    y === undefined || year === null || Number(y) === year - 1;
  for (const re of CARRIED_OVER)
    add(
      'carriedOver',
      findClaims(view, re, (c) => plain(c) && lastYear(c.match.groups?.y)),
    );
  add('carriedOver', findClaims(view, NONE_CARRIED_OVER, plain));
  add(
    'totalProcessed',
    findClaims(view, PROCESSED, (c) => aboutApplications(c) && !/其中/u.test(c.before)),
  );
  const nextYear = (c: ClaimContext) => {
    const y = c.match.groups?.y;
    return y === undefined || year === null || Number(y) === year + 1;
  };
  for (const re of CARRIED_FORWARD)
    add(
      'carriedForward',
      findClaims(view, re, (c) => plain(c) && nextYear(c)),
    );
  add('carriedForward', findClaims(view, NONE_CARRIED_FORWARD, plain));
  for (const [target, re] of OUTCOMES) add(target, findClaims(view, re, thisYear));
  return out;
}

/**
 * Figures about applications that the narrative states — received (收到…申请X件, or 未收到…申请
 * for none), carried over from last year, answered (办结/答复X件) and carried forward — must
 * agree with the totals of table 三. Only tight phrasings are read, so unrelated numbers raise
 * nothing; a received figure that includes last year's carry-over is accepted.
 * @see 条例第五十条第（二）项; docs/domain.md §5.3 g
 */
export const textApplications: Rule = {
  id: 'text.applications',
  severity: 'warning',
  title: '正文申请数字与表三',
  description:
    '正文所述收到（或未收到）、上年结转、办结（答复）、结转下年度的政府信息公开申请件数，应与表三相应行的总计一致。只识别“收到政府信息公开申请12件”“上年结转3件”“办结10件”“结转下年度2件”“未收到政府信息公开申请”等明确说法。',
  see: ['条例第五十条第（二）项', '国办公开办函〔2021〕30号 表三'],
  examples: [
    {
      name: 'a received figure equal to the table passes',
      input: {
        cells: { 'applications.received.total': 12 },
        text: '一、总体情况\n本年度共收到政府信息公开申请12件，均已按时答复。',
      },
      expect: [],
    },
    {
      name: 'a received figure that differs from the table is a warning on its line',
      input: {
        cells: { 'applications.received.total': 3 },
        text: '一、总体情况\n（二）依申请公开。本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。',
      },
      expect: [
        {
          severity: 'warning',
          line: 2,
          cells: ['applications.received.total'],
          message: ['2件', '3'],
        },
      ],
    },
    {
      name: 'saying no application was received while the table has some is a warning',
      input: {
        cells: { 'applications.received.total': 1 },
        text: '一、总体情况\n2024年，我局未收到政府信息公开申请。',
      },
      expect: [{ severity: 'warning', line: 2, message: ['未收到', '1'] }],
    },
    {
      name: 'the 淮安 phrasing of answered, carried-over and carried-forward figures passes',
      input: {
        cells: {
          'applications.received.total': 3119,
          'applications.carriedOver.total': 34,
          'applications.totalProcessed.total': 3050,
          'applications.carriedForward.total': 103,
        },
        text: '全年新收政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）。',
      },
      expect: [],
    },
    {
      name: 'a carried-forward figure that differs from row 四 is a warning',
      input: {
        cells: {
          'applications.received.total': 5,
          'applications.totalProcessed.total': 4,
          'applications.carriedForward.total': 2,
        },
        text: '收到政府信息公开申请5件，办结4件，结转下年度1件。',
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.carriedForward.total'],
          message: ['1件', '2'],
        },
      ],
    },
    {
      name: "counts of proposals, petitions and last year's applications are not read as this year's",
      input: {
        cells: { 'applications.received.total': 4, 'applications.totalProcessed.total': 4 },
        text: '共收到人大代表建议7件，均已按时办结。上年收到政府信息公开申请9件。共办理12345热线47件，已全部办结。',
      },
      expect: [],
    },
    {
      name: "a received figure that includes last year's carry-over is accepted",
      input: {
        cells: { 'applications.received.total': 10, 'applications.carriedOver.total': 2 },
        text: '共收到政府信息公开申请12件（含上年结转2件）。',
      },
      expect: [],
    },
    {
      name: 'an outcome breakdown is compared row group by row group',
      input: {
        cells: {
          'applications.granted.total': 5,
          'applications.partiallyGranted.total': 1,
          'applications.withheld.stateSecret.total': 1,
          'applications.unableToProvide.notHeld.total': 1,
        },
        text: '其中予以公开5件，部分公开1件，不予公开2件，无法提供1件，不予处理0件。',
      },
      expect: [
        {
          severity: 'warning',
          cells: [
            'applications.withheld.stateSecret.total',
            'applications.withheld.prohibitedByLaw.total',
            'applications.withheld.endangersSafety.total',
            'applications.withheld.thirdPartyRights.total',
            'applications.withheld.internalAffairs.total',
            'applications.withheld.processInformation.total',
            'applications.withheld.enforcementFiles.total',
            'applications.withheld.queryMatters.total',
          ],
          message: ['不予公开2件', '1'],
        },
      ],
    },
    {
      name: 'counts by kind of applicant are compared with their columns',
      input: {
        cells: {
          'applications.received.naturalPerson': 7,
          'applications.received.commercial': 3,
          'applications.received.total': 10,
        },
        text: '全年收到政府信息公开申请10件，其中自然人申请8件，法人或其他组织申请2件。',
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.received.naturalPerson'],
          message: ['8件', '7'],
        },
        { severity: 'warning', message: ['2件', '3'] },
      ],
    },
    {
      name: "a count of applications handled may include last year's carry-over",
      input: {
        cells: {
          'applications.received.total': 12,
          'applications.carriedOver.total': 3,
          'applications.totalProcessed.total': 15,
        },
        text: '本年度共办理政府信息公开申请15件。',
      },
      expect: [],
    },
    {
      name: 'a figure written without its measure word is still compared',
      input: {
        cells: { 'applications.received.total': 2 },
        text: '2024年共收到和办理依申请公开3,无因政府信息公开引起的行政复议行政诉讼。',
      },
      expect: [
        { severity: 'warning', cells: ['applications.received.total'], message: ['3', '2'] },
      ],
    },
    {
      name: 'a text without tables to compare gives nothing',
      input: { remove: ['applications'], text: '共收到政府信息公开申请12件。' },
      expect: [],
    },
  ],
  run(ctx) {
    if (!ctx.text) return [];
    const view = ctx.text;
    const findings: Finding[] = [];
    // One figure is judged once, under the first reading that claimed it (收到和办理…2 is read as
    // received, not again as handled).
    const judged = new Set<string>();
    for (const { target, claim } of claims(view, ctx.report.year)) {
      const figure = `${claim.p.line}:${claim.p.offset}:${claim.end}`;
      if (judged.has(figure)) continue;
      judged.add(figure);
      const t: Target = TARGETS[target];
      const cells = t.cells(ctx);
      const table = sumOf(ctx, cells);
      if (table === null || table === claim.value) continue;
      if ((t.alternatives?.(ctx) ?? []).includes(claim.value)) continue;
      const stated = claim.p.raw.slice(claim.start, claim.end);
      const said =
        claim.value === 0 && !/\d|[一二三四五六七八九十两]/u.test(stated)
          ? `“${stated}”`
          : stated.startsWith(t.what)
            ? `“${stated}”`
            : `${t.what}${formatNumber(claim.value)}件（“${stated}”）`;
      findings.push(
        textFinding(view, claim.p, claim, {
          rule: 'text.applications',
          severity: 'warning',
          message: `正文称${said}，但${t.label}为${formatNumber(table)}`,
          cells,
        }),
      );
    }
    return findings;
  },
};
