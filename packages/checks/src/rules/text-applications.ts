import type { Finding } from '@xxgk/model';
import { applicationClaims } from '../text/application-claims.js';
import {
  columnTarget,
  subRowTarget,
  sumOf,
  tableValue,
  TARGETS,
  totalsFromParts,
  type Target,
} from '../text/application-targets.js';
import { textFinding } from '../text/finding.js';
import { formatNumber } from '../text/numbers.js';
import type { Rule } from '../types.js';

/** A figure followed by `（含上年结转…）` / `（包括上年度结转…）`. */
const INCLUDES_CARRIED_OVER =
  /^\s*[（(，,]\s*(?:其中)?(?:含|包含|包括)[^）)，,。]{0,12}(?:结转|转至|转入)/u;

/**
 * Figures about applications that the narrative states — received (收到…申请X件, or 未收到…申请
 * for none), carried over from last year, answered (办结/答复X件) and carried forward — must
 * agree with the totals of table 三. Only tight phrasings are read, so unrelated numbers raise
 * nothing; a received figure that includes last year's carry-over is accepted, and one said to
 * include it (`受理1149件（含上年结转14件）`) is compared with new plus carried over.
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
      name: 'a received figure whose applicants are named before it (收到公民、法人和其他组织提出的…申请) is compared',
      input: {
        cells: { 'applications.received.total': 1193 },
        text: '2023年，我局收到公民、法人和其他组织提出的政府信息公开申请1199件。',
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.received.total'],
          message: ['1199件', '1193'],
        },
      ],
    },
    {
      name: 'a received figure stated as 新增 or 登记 applications is compared',
      input: {
        cells: { 'applications.received.total': 8 },
        text: '2024年，我局新增政府信息公开申请9件。全年共登记政府信息公开申请9件。',
      },
      expect: [
        { severity: 'warning', message: ['新增政府信息公开申请9件', '8'] },
        { severity: 'warning', message: ['登记政府信息公开申请9件', '8'] },
      ],
    },
    {
      name: 'a carried-forward figure said to be deferred with its reason (另有N件因在答复期内顺延至下年答复) is compared',
      input: {
        cells: { 'applications.received.total': 10, 'applications.carriedForward.total': 2 },
        text: '2024年，我局共收到政府信息公开申请10件，另有3件因在答复期内顺延至2025年答复。',
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.carriedForward.total'],
          message: ['3件', '2'],
        },
      ],
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
      name: "a received figure said to include last year's carry-over is compared with new plus carried over",
      input: {
        cells: { 'applications.received.total': 1131, 'applications.carriedOver.total': 14 },
        text: '2024年，我局共受理政府信息公开申请1149件（含上年结转14件）。',
      },
      expect: [
        {
          severity: 'warning',
          cells: ['applications.received.total', 'applications.carriedOver.total'],
          message: ['1149', '1131', '14', '1145'],
        },
      ],
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
    for (const { target, claim } of applicationClaims(view, ctx.report.year)) {
      const figure = `${claim.p.line}:${claim.p.offset}:${claim.end}`;
      if (judged.has(figure)) continue;
      judged.add(figure);
      const t: Target | null =
        target === 'subRow'
          ? subRowTarget(claim.groups.row ?? '')
          : target === 'column'
            ? columnTarget(claim.groups.col ?? '')
            : TARGETS[target];
      if (!t) continue;
      const cells = t.cells(ctx);
      // Compared one by one and named so (办理…N件: 新收, 新收+上年结转, （七）总计).
      const figures = t.figures?.(ctx);
      // `受理1149件（含上年结转14件）`: the figure is new plus carried over, and said to be.
      const including =
        t.withCarriedOver &&
        INCLUDES_CARRIED_OVER.test(claim.p.folded.slice(claim.end, claim.end + 24))
          ? t.withCarriedOver
          : null;
      const includedCells = including?.cells(ctx) ?? [];
      const included = including ? sumOf(ctx, includedCells) : null;
      if (including?.only) {
        // Said to be new plus carried over, and such a figure can be nothing else.
        if (included === null || included === claim.value) continue;
      } else {
        const table = sumOf(ctx, cells);
        if (table === null) continue;
        if (figures ? figures.some((f) => f.value === claim.value) : table === claim.value)
          continue;
        if ((t.alternatives?.(ctx) ?? []).includes(claim.value)) continue;
      }
      const table = sumOf(ctx, cells);
      const stated = claim.p.raw.slice(claim.start, claim.end);
      const said =
        claim.value === 0 && !/\d|[一二三四五六七八九十两]/u.test(stated)
          ? `“${stated}”`
          : stated.startsWith(t.what)
            ? `“${stated}”`
            : `${t.what}${formatNumber(claim.value)}件（“${stated}”）`;
      const terms = includedCells.map((path) => tableValue(ctx, path));
      const compared = including && included !== null ? includedCells : cells;
      // A blank 总计 read as its applicant cells' sum says so (the reviewer sees a blank cell).
      const fromParts =
        totalsFromParts(ctx, compared).length > 0 ? '（总计栏空白，按各申请人列之和计）' : '';
      findings.push(
        textFinding(view, claim.p, claim, {
          rule: 'text.applications',
          severity: 'warning',
          message:
            including && included !== null
              ? `正文称${said}并注明含上年结转，但${including.label}为${terms.map((v) => formatNumber(v ?? 0)).join('+')}=${formatNumber(included)}${fromParts}`
              : figures
                ? `正文称${said}，但${figures
                    .filter((f) => f.value !== null)
                    .map((f) => `${f.label}为${formatNumber(f.value ?? 0)}`)
                    .join('、')}${fromParts}`
                : `正文称${said}，但${t.label}为${formatNumber(table ?? 0)}${fromParts}`,
          cells: compared,
        }),
      );
    }
    return findings;
  },
};
