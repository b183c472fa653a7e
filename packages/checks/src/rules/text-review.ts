import { cellPath, getCell, type Finding, type Report } from '@xxgk/model';
import {
  claimPattern,
  claimSet,
  findClaims,
  findClaimSet,
  otherPeriod,
  type Claim,
  type ClaimContext,
  type ClaimKind,
} from '../text/claims.js';
import { tableProse } from '../text/table-prose.js';
import { textFinding } from '../text/finding.js';
import { formatNumber } from '../text/numbers.js';
import type { TextView } from '../text/text-view.js';
import type { Rule } from '../types.js';

const UNIT = String.raw`\s*(?:件|起|宗|个|例|次)`;
type Found = 'both' | 'bothNone' | 'none' | 'reconsideration' | 'litigation';

/**
 * Anchors (see `ClaimKind.anchors`) of every review figure: 行政复议, 行政诉讼 (the words: 复 alone
 * is in every 答复 of the paragraphs about applications).
 */
const REVIEW_WORDS = ['复议', '诉讼'];

/** Positive counts must be about information disclosure, not the agency's cases in general. */
const ABOUT_DISCLOSURE = /信息公开|依申请|公开申请/u;
/**
 * The year of the applications a case arose from, not of the case: 因2023年度政府信息公开申请引发
 * 行政复议1件 in a 2024 report counts a 2024 case (table 四 holds it).
 */
const APPLICATION_YEAR =
  /\d{4}\s*年(?:度)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请(?:所)?(?:引发|引起|产生)/gu;
/** The text before a figure, without a year that dates the applications behind the case. */
const periodText = (before: string) =>
  before.includes('申请') ? before.replace(APPLICATION_YEAR, '') : before;
const thisYear = (c: ClaimContext, year: number | null) => !otherPeriod(periodText(c.before), year);
const about = (c: ClaimContext, year: number | null) =>
  ABOUT_DISCLOSURE.test(c.sentence) && thisYear(c, year);
/**
 * The agency as the reviewing body (作为复议机关办理行政复议案件12件, 受理行政复议申请5件): those are
 * not the reconsiderations of its own disclosure decisions, even under section 四's heading.
 */
const REVIEWING_BODY = /复议机关|(?:办理|审理|受理|审结)(?:了)?(?:各类)?行政复议/u;
/**
 * A count under section 四's heading: about disclosure by the heading's word, unless its
 * sentence makes the agency the reviewing body (a sentence naming disclosure is read as anywhere).
 */
const inSectionCount = (c: ClaimContext, year: number | null) =>
  thisYear(c, year) &&
  (ABOUT_DISCLOSURE.test(c.sentence) ||
    !REVIEWING_BODY.test(c.lead + c.clause.slice(c.before.length)));
/** 诉讼9件 after 行政复议7件 in the same sentence (信息公开类行政复议7件，诉讼9件). */
const afterReconsideration = (c: ClaimContext) => /行政复议/u.test(c.lead);

/** Where a figure-first count names disclosure: 收到2件政府信息公开行政复议申请. */
const FIGURE_FIRST_DISCLOSURE = String.raw`(?:涉及|关于|因)?(?:政府信息公开|依申请公开|信息公开)(?:工作)?(?:引起|引发|产生)?(?:的)?`;

/**
 * Every phrasing of a 复议/诉讼 figure, searched in one pass; at one place the earlier wins. Every
 * kind names 行政复议 or 行政诉讼, so only the paragraphs holding 复议 or 诉讼 are searched (most
 * hold neither: table 四 is not narrative); the whole narrative was read for them before.
 *
 * `inSection`: the kinds for the sentences under section 四's heading (政府信息公开行政复议、行政
 * 诉讼情况), whose counts are about disclosure by the heading's word: there a count need not name
 * disclosure in its sentence (本年度共发生行政复议3件，行政诉讼1件。), where elsewhere it must (an
 * agency may report all of its 复议 cases: 全年办理行政复议案件37件).
 */
function reviewKinds(inSection: boolean): ClaimKind<Found>[] {
  const counted = inSection ? inSectionCount : about;
  // In section 四 a figure-first count need not name disclosure (被申请2件行政复议).
  const figureFirst = inSection ? `(?:${FIGURE_FIRST_DISCLOSURE})?` : FIGURE_FIRST_DISCLOSURE;
  return [
    {
      key: 'both',
      anchors: REVIEW_WORDS,
      source: String.raw`行政复议(?:案件)?(?:[和、及与或])?(?:被?提起)?行政诉讼(?:案件)?(?:数量)?(?<each>各|分别|均)?(?:为)?(?:共|共计)?{N}${UNIT}`,
      accept: counted,
    },
    {
      key: 'bothNone',
      anchors: REVIEW_WORDS,
      source: String.raw`行政复议(?:[和、及与或])?(?:提起)?行政诉讼(?:案件|情况)?(?:数量)?(?:均|都)?(?:为)?(?:无|零|0件?)(?![\d件])`,
      accept: thisYear,
    },
    {
      // Not a kind cut short to pass the look-ahead: in 无行政复议、行政诉讼被纠错情况 the none is
      // of corrections, not of cases (行政复议、 alone before 行政诉讼被纠错 is no kind).
      key: 'none',
      anchors: REVIEW_WORDS,
      source: String.raw`(?:无|未(?:发生|出现|收到|有|产生|接到)|没有(?:发生|出现|产生)?|不存在)(?<span>[^，,。；;\n]{0,25}?)(?<kind>行政复议(?:案件)?(?:[和、及与或])?(?:被?提起)?(?:行政诉讼)?|行政诉讼)(?![和、及与或]?(?:被?提起)?行政诉讼|\s*(?:案件)?被?(?:败诉|纠错|纠正|撤销|确认违法|改变))`,
      accept: thisYear,
    },
    {
      // The figure before its noun, after its verb (a pattern opening with the figure would be
      // tried at every position): 收到2件政府信息公开行政复议申请, 被提起1件因政府信息公开引起的行政诉讼.
      key: 'reconsideration',
      anchors: REVIEW_WORDS,
      source: String.raw`(?:收到|接到|发生|被申请|被提起|提起|涉及|共有|有)(?:了)?(?:共|共计)?{N}\s*(?:件|起|宗)${figureFirst}行政复议`,
      accept: thisYear,
    },
    {
      key: 'litigation',
      anchors: REVIEW_WORDS,
      source: String.raw`(?:收到|接到|发生|被申请|被提起|提起|涉及|共有|有)(?:了)?(?:共|共计)?{N}\s*(?:件|起|宗)${figureFirst}行政诉讼`,
      accept: thisYear,
    },
    {
      key: 'reconsideration',
      anchors: REVIEW_WORDS,
      source: String.raw`行政复议(?:案件|申请)?(?:共|共计)?{N}${UNIT}`,
      accept: counted,
    },
    {
      key: 'litigation',
      anchors: REVIEW_WORDS,
      source: String.raw`行政诉讼(?:案件)?(?:共|共计)?{N}${UNIT}`,
      accept: counted,
    },
    {
      key: 'litigation',
      anchors: REVIEW_WORDS,
      source: String.raw`(?<!行政)诉讼(?:案件)?(?:共|共计)?{N}${UNIT}`,
      accept: (c, year) => afterReconsideration(c) && counted(c, year),
    },
  ];
}

/** The 复议/诉讼 figures of the narrative and of the sentences under sections 二、三. */
export const REVIEW_FIGURES = claimSet<Found>(reviewKinds(false));
/** The 复议/诉讼 figures of the sentences under section 四's heading. */
export const REVIEW_IN_SECTION = claimSet<Found>(reviewKinds(true));

type Kind = 'reconsideration' | 'litigation' | 'both' | 'bothEach';

/** A block's 总计, read in place; null when blank or absent. */
function blockTotal(report: Report, block: string): number | null {
  const v = (report.review as Record<string, Record<string, unknown> | undefined>)[block]?.total;
  return typeof v === 'number' ? v : null;
}

function value(report: Report, kind: Exclude<Kind, 'both' | 'bothEach'>): number | null {
  if (kind === 'reconsideration') return blockTotal(report, 'reconsideration');
  const direct = blockTotal(report, 'litigationDirect');
  const after = blockTotal(report, 'litigationAfterReconsideration');
  return direct === null || after === null ? null : direct + after;
}

const CELLS: Readonly<Record<'reconsideration' | 'litigation', string[]>> = {
  reconsideration: ['review.reconsideration.total'],
  litigation: ['review.litigationDirect.total', 'review.litigationAfterReconsideration.total'],
};

const RESULT = claimPattern(
  String.raw`(?<field>结果维持|维持|结果纠正|纠正|其他结果|尚未审结)(?:的)?{N}\s*(?:件|起|宗|个|例)`,
);
const FIELDS: Readonly<Record<string, ReviewField>> = {
  结果维持: 'upheld',
  维持: 'upheld',
  结果纠正: 'corrected',
  纠正: 'corrected',
  其他结果: 'other',
  尚未审结: 'pending',
};
const FIELD_LABELS: Readonly<Record<ReviewField, string>> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
};
type ReviewField = 'upheld' | 'corrected' | 'other' | 'pending';

/**
 * The results a sentence lists after a count (`行政复议351件，其中结果维持72件，结果纠正64件…`)
 * belong to that count's block (for 行政诉讼, the two litigation blocks together).
 */
function breakdownFindings(
  views: readonly TextView[],
  report: Report,
  claims: readonly { kind: Kind; claim: Claim }[],
): Finding[] {
  const findings: Finding[] = [];
  const counted = claims.filter(
    (c) => (c.kind === 'reconsideration' || c.kind === 'litigation') && c.claim.value > 0,
  );
  // Results belong to a count: without one, the narrative need not be searched for them.
  if (counted.length === 0) return findings;
  for (const [view, result] of views.flatMap((v) =>
    findClaims(v, RESULT).map((r) => [v, r] as const),
  )) {
    // The nearest count before the result, in the same paragraph and sentence.
    const owner = counted
      .filter((c) => c.claim.p === result.p && c.claim.end <= result.start)
      .sort((a, b) => b.claim.end - a.claim.end)[0];
    if (!owner) continue;
    const between = result.p.folded.slice(owner.claim.end, result.start);
    if (/[。；;]/u.test(between)) continue;
    // A block named between the count and the result is the result's (…行政诉讼案件3件，其中行政复议
    // 结果维持5件，尚未审结1件，行政诉讼结果维持3件): the last one named.
    const named = Math.max(between.lastIndexOf('复议'), between.lastIndexOf('诉讼'));
    const kind =
      named < 0 ? owner.kind : between.startsWith('复议', named) ? 'reconsideration' : 'litigation';
    const field = FIELDS[result.groups.field ?? ''];
    if (!field) continue;
    const blocks =
      kind === 'reconsideration'
        ? ['reconsideration']
        : ['litigationDirect', 'litigationAfterReconsideration'];
    const cells = blocks.map((b) => cellPath('review', b, field));
    let table = 0;
    for (const path of cells) {
      const v = getCell(report, path);
      if (typeof v !== 'number') {
        table = Number.NaN;
        break;
      }
      table += v;
    }
    if (Number.isNaN(table) || table === result.value) continue;
    const name = kind === 'reconsideration' ? '行政复议' : '行政诉讼';
    findings.push(
      textFinding(view, result.p, result, {
        rule: 'text.review',
        severity: 'warning',
        message: `正文称${name}${FIELD_LABELS[field]}${formatNumber(result.value)}件，但表四${name}“${FIELD_LABELS[field]}”为${formatNumber(table)}`,
        cells,
      }),
    );
  }
  return findings;
}

/**
 * 行政复议 and 行政诉讼 counts the narrative states about information disclosure (因政府信息公开
 * 被申请行政复议X件 / 行政诉讼X件 / 无…行政复议和行政诉讼) must agree with the totals of table 四; so
 * must the counts written under section 四's own heading, which are about disclosure by its word.
 * @see 条例第五十条第（三）项; docs/domain.md §5.3 g
 */
export const textReview: Rule = {
  id: 'text.review',
  severity: 'warning',
  title: '正文复议诉讼数字与表四',
  description:
    '正文所述因政府信息公开被申请行政复议、提起行政诉讼的件数（或“无…行政复议和行政诉讼”），应与表四行政复议总计、行政诉讼两栏总计之和一致。只识别与政府信息公开相关的明确说法；第四部分标题下的文字本就是政府信息公开的复议诉讼情况，其中的件数不必再写明“政府信息公开”。',
  see: ['条例第五十条第（三）项', '国办公开办函〔2021〕30号 表四'],
  examples: [
    {
      name: 'saying there was no reconsideration or litigation agrees with an all-zero table',
      input: {
        text: '2024年度，我部门未收到政府信息公开申请，无因依申请公开引起的行政复议和行政诉讼。',
      },
      expect: [],
    },
    {
      name: 'saying there was none while table 四 counts a case is a warning',
      input: {
        cells: { 'review.reconsideration.upheld': 1, 'review.reconsideration.total': 1 },
        text: '一、总体情况\n无因政府信息公开引起的行政复议行政诉讼。',
      },
      expect: [
        { severity: 'warning', line: 2, cells: ['review.reconsideration.total'], message: ['1'] },
      ],
    },
    {
      name: 'a stated reconsideration count that differs from table 四 is a warning',
      input: {
        cells: { 'review.reconsideration.total': 2 },
        text: '因政府信息公开被申请行政复议3件，提起行政诉讼1件。',
      },
      expect: [
        { severity: 'warning', cells: ['review.reconsideration.total'], message: ['3件', '2'] },
        {
          severity: 'warning',
          cells: ['review.litigationDirect.total', 'review.litigationAfterReconsideration.total'],
          message: ['1件', '0'],
        },
      ],
    },
    {
      name: 'litigation counts are compared with both litigation blocks together',
      input: {
        cells: {
          'review.litigationDirect.total': 1,
          'review.litigationAfterReconsideration.total': 1,
        },
        text: '因政府信息公开被提起行政诉讼2件。',
      },
      expect: [],
    },
    {
      name: 'the results listed after a count are compared with their block',
      input: {
        cells: {
          'review.reconsideration.upheld': 72,
          'review.reconsideration.corrected': 64,
          'review.reconsideration.other': 178,
          'review.reconsideration.pending': 37,
          'review.reconsideration.total': 351,
          'review.litigationDirect.upheld': 15,
          'review.litigationDirect.total': 15,
          'review.litigationAfterReconsideration.upheld': 10,
          'review.litigationAfterReconsideration.total': 10,
        },
        text: '政府信息公开行政复议351件，其中结果维持72件，结果纠正46件，其他结果178件，尚未审结37件；政府信息公开行政诉讼25件，其中结果维持25件。',
      },
      expect: [
        {
          severity: 'warning',
          cells: ['review.reconsideration.corrected'],
          message: ['结果纠正46件', '64'],
        },
      ],
    },
    {
      name: 'a count under section 四’s heading is compared though its sentence does not name disclosure',
      input: {
        cells: { 'review.reconsideration.total': 2, 'review.litigationDirect.total': 1 },
        text: '四、政府信息公开行政复议、行政诉讼情况\n本年度共发生行政复议3件，行政诉讼1件。',
      },
      expect: [
        {
          severity: 'warning',
          line: 2,
          cells: ['review.reconsideration.total'],
          message: ['3', '2'],
        },
      ],
    },
    {
      name: 'reconsideration cases that are not about information disclosure are not read',
      input: { text: '全年办理行政复议案件120件，行政诉讼应诉35件。' },
      expect: [],
    },
  ],
  run({ text: view, report }) {
    if (!view) return [];
    const year = report.year;
    const claims: { kind: Kind; claim: Claim }[] = [];
    // The narrative; the sentences under the headings of sections 二/三; those under section 四's.
    const prose = tableProse(view);
    const views = [
      view,
      ...(prose.other ? [prose.other] : []),
      ...(prose.review ? [prose.review] : []),
    ];
    const found = findClaimSet(view, REVIEW_FIGURES, year);
    if (prose.other) found.push(...findClaimSet(prose.other, REVIEW_FIGURES, year));
    if (prose.review) found.push(...findClaimSet(prose.review, REVIEW_IN_SECTION, year));
    for (const { key, claim } of found) {
      const kind = claim.groups.kind ?? '';
      const k: Kind =
        key === 'both'
          ? claim.groups.each
            ? 'bothEach'
            : 'both'
          : key === 'bothNone'
            ? 'both'
            : key === 'none'
              ? kind.includes('复议')
                ? kind.includes('诉讼')
                  ? 'both'
                  : 'reconsideration'
                : 'litigation'
              : key;
      claims.push({ kind: k, claim });
    }
    // `四、…行政复议、行政诉讼情况` then `无` on a line of its own: neither happened.
    const none = prose.reviewNone;
    if (none) {
      const t = none.folded.trim();
      const start = none.folded.indexOf(t);
      claims.push({
        kind: 'both',
        claim: { p: none, start, end: start + t.length, value: 0, groups: {} },
      });
    }

    const findings: Finding[] = [];
    const recon = value(report, 'reconsideration');
    const lit = value(report, 'litigation');
    for (const { kind, claim } of claims) {
      const stated = claim.p.raw.slice(claim.start, claim.end);
      const checks: ['reconsideration' | 'litigation', number | null, number][] = [];
      if (kind === 'reconsideration' || kind === 'litigation')
        checks.push([kind, kind === 'reconsideration' ? recon : lit, claim.value]);
      else if (kind === 'bothEach' || claim.value === 0) {
        checks.push(['reconsideration', recon, claim.value], ['litigation', lit, claim.value]);
      } else if (recon !== null && lit !== null && recon + lit !== claim.value) {
        findings.push(
          textFinding(view, claim.p, claim, {
            rule: 'text.review',
            severity: 'warning',
            message: `正文称“${stated}”，但表四行政复议总计为${formatNumber(recon)}、行政诉讼总计为${formatNumber(lit)}`,
            cells: [...CELLS.reconsideration, ...CELLS.litigation],
          }),
        );
      }
      for (const [k, table, said] of checks) {
        if (table === null || table === said) continue;
        const name = k === 'reconsideration' ? '行政复议' : '行政诉讼';
        findings.push(
          textFinding(view, claim.p, claim, {
            rule: 'text.review',
            severity: 'warning',
            message: `正文称${name}${formatNumber(said)}件（“${stated}”），但表四${name}总计为${formatNumber(table)}`,
            cells: CELLS[k],
          }),
        );
      }
    }
    findings.push(...breakdownFindings(views, report, claims));
    return findings;
  },
};
