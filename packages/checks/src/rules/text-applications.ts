import { getCell, type Finding } from '@xxgk/model';
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
import { narrowView, type TextView } from '../text/text-view.js';
import type { CheckContext, Rule } from '../types.js';

const UNIT = String.raw`\s*(?:件次|件|条|个|份|宗|例)`;
/** Clauses about other kinds of case: their counts are not applications. */
const NOT_APPLICATIONS = /复议|诉讼|建议|提案|信访|举报|投诉|咨询|留言|来信|来电|热线|12345/u;

const RECEIVED = claimPattern(
  String.raw`(?:新收|收到|受理|接收|接到)(?<span>[^，,。；;：:\d]{0,20}?)(?:共|共计|合计)?{N}${UNIT}`,
);
const NONE_RECEIVED = claimPattern(
  String.raw`(?:未|没有|无)(?:新)?(?:收到|受理|接到|接收)(?:过)?(?:任何)?(?<span>[^，,。；;\d]{0,16}?)(?:政府信息公开|依申请公开|信息公开)(?:的)?(?:申请|事项)|(?:无|没有)(?:政府信息公开申请|依申请公开(?:申请|事项)?)(?![^，,。；;]{0,8}(?:复议|诉讼|收费|费用))`,
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
    String.raw`{N}\s*件(?:申请)?(?:需|将|已)?(?:结转|顺延|转入|延续)(?:至|到|入)?(?:下(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)`,
  ),
];
const NONE_CARRIED_FORWARD = claimPattern(
  String.raw`(?:无|没有)(?:需)?(?:结转|顺延)(?:至|到)?下(?:一)?年`,
);

const MENTIONS_APPLICATIONS = /申请/u;

type RowKey = 'received' | 'carriedOver' | 'totalProcessed' | 'carriedForward';

const NAMES: Readonly<Record<RowKey, { text: string; row: string }>> = {
  received: { text: '收到政府信息公开申请', row: '一、本年新收政府信息公开申请数量' },
  carriedOver: { text: '上年结转申请', row: '二、上年结转政府信息公开申请数量' },
  totalProcessed: { text: '办结（答复）申请', row: '三（七）总计' },
  carriedForward: { text: '结转下年度申请', row: '四、结转下年度继续办理' },
};

function claims(view: TextView, year: number | null): { row: RowKey; claim: Claim }[] {
  const plain = (c: ClaimContext) => !NOT_APPLICATIONS.test(c.clause);
  const out: { row: RowKey; claim: Claim }[] = [];
  const add = (row: RowKey, list: Claim[]) => list.forEach((claim) => out.push({ row, claim }));
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
    findClaims(
      view,
      PROCESSED,
      (c) =>
        MENTIONS_APPLICATIONS.test(c.sentence) &&
        plain(c) &&
        !/其中/u.test(c.before) &&
        !otherPeriod(c.before, year),
    ),
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
  return out;
}

function total(ctx: CheckContext, row: RowKey): number | null {
  const v = getCell(ctx.report, appPath(row, 'total'));
  return typeof v === 'number' ? v : null;
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
  see: ['条例第五十条第（二）项', 'docs/domain.md §5.3 g'],
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
      name: 'a text without tables to compare gives nothing',
      input: { remove: ['applications'], text: '共收到政府信息公开申请12件。' },
      expect: [],
    },
  ],
  run(ctx) {
    if (!ctx.text) return [];
    const view = narrowView(ctx.text, /申请|结转|顺延/u);
    const findings: Finding[] = [];
    for (const { row, claim } of claims(view, ctx.report.year)) {
      const table = total(ctx, row);
      if (table === null || table === claim.value) continue;
      if (row === 'received') {
        const over = total(ctx, 'carriedOver');
        if (over !== null && table + over === claim.value) continue;
      }
      const stated = claim.p.raw.slice(claim.start, claim.end);
      const said =
        claim.value === 0 && !/\d|[一二三四五六七八九十两]/u.test(stated)
          ? `称${stated}`
          : `称${NAMES[row].text}${formatNumber(claim.value)}件`;
      findings.push(
        textFinding(view, claim.p, claim, {
          rule: 'text.applications',
          severity: 'warning',
          message: `正文${said}，但表三“${NAMES[row].row}”总计为${formatNumber(table)}`,
          cells: [appPath(row, 'total')],
        }),
      );
    }
    return findings;
  },
};
