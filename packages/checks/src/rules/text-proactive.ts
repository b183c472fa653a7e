import { cellPath, getCell, type Finding } from '@xxgk/model';
import {
  claimSet,
  findClaimSet,
  otherPeriod,
  type Claim,
  type ClaimContext,
} from '../text/claims.js';
import { textFinding } from '../text/finding.js';
import { COUNT_SOURCE, formatNumber, parseCount } from '../text/numbers.js';
import { narrativeParagraphs } from '../text/text-view.js';
import { tableProse } from '../text/table-prose.js';
import type { CheckContext, Rule } from '../types.js';
import { allMatches } from '../text/all-matches.js';

const TOTAL = new RegExp(
  String.raw`(?:主动公开|公开发布|发布|公开|更新)(?:各类|各项)?(?:政府|政务)?(?:信息|文件)?(?:共|共计|累计|合计)?\s*${COUNT_SOURCE}\s*(条|篇|件)`,
  'gu',
);
const ITEM = new RegExp(String.raw`${COUNT_SOURCE}\s*(?:条|篇|件|项|个)`, 'gu');
const EXHAUSTIVE = /其余|其他|其它|剩余|另有/u;
/** What leads from a total into its breakdown (`。其中，`), tried right where the total ends. */
const LEAD = /\s*[，,。；;:：]?\s*其中[，,:：]?/uy;
const CHANGE_WORD = /(?:增加|减少|增长|下降|提高|提升|同比|较上年|比上年)[^、，,]{0,4}$/u;

/** A count of something done to existing documents is not the year's output. */
const NOT_OUTPUT = /现行有效|累计|清理|废止|修订|修改|备案|审查|审核|解读|上报/u;

const thisYear = (c: ClaimContext, year: number | null) =>
  !NOT_OUTPUT.test(c.clause) && !otherPeriod(c.before, year);
/**
 * Published this year (主动公开规章13件，行政规范性文件60件): after 主动公开 in its sentence, with
 * no other act on documents (刊登, 清理, 制发…) between, and no other year before it.
 */
const thisPublished = (c: ClaimContext, year: number | null) => {
  // 主动公开 opens the match (主动公开规章13件) or comes before it (…，行政规范性文件60件).
  const own = c.clause.startsWith('主动公开', c.before.length);
  const at = c.lead.lastIndexOf('主动公开');
  if (!own && at < 0) return false;
  return (
    (own || !/刊登|清理|废止|有效|制发|印发|制定|出台|解读|累计/u.test(c.lead.slice(at))) &&
    !otherPeriod(c.lead, year)
  );
};

/**
 * A figure repealed or in force (废止7件, 现行有效116件) is the 行政规范性文件 row's when it names
 * them, or when its sentence is about them and not also about 规章 (清理规章和规范性文件…废止3件
 * counts both); not a plan, and with no other year anywhere before it in its sentence (截至2025年3月，
 * 现行有效…).
 */
const aboutNormative = (c: ClaimContext, year: number | null) =>
  namesNormative(c.groups.doc, c.sentence) &&
  !/拟|计划|建议/u.test(c.before) &&
  !otherPeriod(c.lead, year);

/** A repealed or in-force figure names 规范性文件, or its sentence is about them alone. */
function namesNormative(doc: string | undefined, sentence: string): boolean {
  return doc !== undefined || (/规范性文件/u.test(sentence) && !/规章/u.test(sentence));
}

/**
 * True when the last document named before a figure is 规章, not joined with 规范性文件 (规章和规范性
 * 文件 counts both): 主动公开市政府规章13件（含新制定5件，修改4件，废止4件）.
 */
function afterRegulations(lead: string): boolean {
  const reg = lead.lastIndexOf('规章');
  return (
    reg >= 0 && reg > lead.lastIndexOf('规范性文件') && !/^规章[和、及与]/u.test(lead.slice(reg))
  );
}

/** A repealed or in-force figure of 规范性文件 (aboutNormative), or of 规章 (afterRegulations). */
const aboutDocuments = (c: ClaimContext, year: number | null) =>
  aboutNormative(c, year) ||
  (c.groups.doc === undefined &&
    afterRegulations(c.lead) &&
    !/拟|计划|建议/u.test(c.before) &&
    !otherPeriod(c.lead, year));

/**
 * Anchors (see `ClaimKind.anchors`) of a decision count (行政许可, 行政处罚, 行政强制: the words, as
 * 强 alone is in every 加强) and of the fees collected (行政事业性收费: 收费, as 费 alone is in
 * every 经费 and 信息处理费).
 */
const DECISIONS = ['许可', '处罚', '强制'];
const FEES = ['收费'];

/**
 * Documents issued and decisions made or published, as the narrative states them; one pass over
 * the paragraphs that name 规范性文件 / 规章 (规) or a decision (许可, 处罚, 强制): the published
 * kind opens with 公开, which V8 would otherwise try at nearly every paragraph.
 */
export const PROACTIVE_FIGURES = claimSet<
  | 'normative'
  | 'normPublished'
  | 'normRepealed'
  | 'normInForce'
  | 'regulations'
  | 'regPublished'
  | 'decisions'
  | 'published'
>([
  {
    // The figure before its noun: 全年共制发3件行政规范性文件.
    key: 'normative',
    anchors: '规',
    source: String.raw`(?:制发|出台|印发|制定|制作|发布|公布)(?:了)?(?:共|共计)?{N}\s*(?:件|个|份|部)(?:行政)?规范性文件`,
    accept: thisYear,
  },
  {
    // The 2019 format's 本年新公开数量: 本年新公开规范性文件4件 (2021 has no such cell).
    key: 'normPublished',
    anchors: '规',
    source: String.raw`新公开(?:了)?(?:行政)?规范性文件(?:共)?{N}\s*(?:件|个|份|部)`,
    accept: thisYear,
  },
  {
    key: 'normRepealed',
    // 规: its sentence names 规范性文件 (aboutNormative); 废/效 would add every paragraph with 成效.
    anchors: '规',
    // 废止文件0件 in a sentence about 规范性文件 (清理废止文件0件).
    source: String.raw`废止(?:了)?(?:行政)?(?:(?<doc>规范性文件)|文件)?(?:共|共计)?{N}\s*(?:件|个|份|部)`,
    accept: aboutDocuments,
  },
  {
    key: 'normInForce',
    // 规: its sentence names 规范性文件 (aboutNormative); 废/效 would add every paragraph with 成效.
    anchors: '规',
    // 现行有效文件20件, 现行有效件数14件 in a sentence about 规范性文件.
    source: String.raw`现行有效(?:的)?(?:行政)?(?:(?<doc>规范性文件)|文件|件数)?(?:共|共计|合计)?(?:为)?{N}\s*(?:件|个|份|部)`,
    accept: aboutDocuments,
  },
  {
    key: 'normative',
    anchors: '规',
    // 制发的规范性文件88件 too.
    source: String.raw`(?:制发|出台|印发|制定|制作|发布|公布)(?:并(?:公开)?(?:发布|公布|印发))?(?:了)?(?:的)?(?:行政)?规范性文件(?:共)?{N}\s*(?:件|个|份|部)`,
    accept: thisYear,
  },
  {
    key: 'normative',
    anchors: '规',
    source: String.raw`(?:未|没有|无)(?:新)?(?:制发|出台|印发|制定|发布)(?:任何)?(?:行政)?规范性文件`,
    accept: thisYear,
  },
  {
    // 主动公开规章13件，行政规范性文件60件: the 2019 format's 本年新公开数量 (2021 has no such cell,
    // and its 制发 need not be what was published).
    key: 'regPublished',
    anchors: '规',
    source: String.raw`主动公开(?:了)?[^，,。；;：:\d\n]{0,12}?规章(?:共)?{N}\s*(?:件|个|部)`,
    accept: thisPublished,
  },
  {
    // …，行政规范性文件60件 after 主动公开 in its sentence: each alternative opens with its words and
    // looks back for the mark only there (a lookbehind first was tried at every index: +4 µs).
    key: 'normPublished',
    anchors: '规',
    source: String.raw`(?:主动公开(?:了)?[^，,。；;：:\d\n]{0,12}?(?:行政)?规范性文件|行政规范性文件(?<=[，,、]行政规范性文件)|规范性文件(?<=[，,、]规范性文件))(?:共)?{N}\s*(?:件|个|份|部)`,
    accept: thisPublished,
  },
  {
    key: 'regulations',
    anchors: '规',
    source: String.raw`(?:制定|出台|发布|制发|公布)(?:了)?规章(?:共)?{N}\s*(?:件|个|部)`,
    accept: thisYear,
  },
  {
    key: 'decisions',
    anchors: DECISIONS,
    // 决定 may be left unsaid: 全年共办理行政许可4310件, 实施行政处罚261件, 实施行政强制措施24件.
    source: String.raw`(?:作出|做出|办理|办结|实施|下达)(?:了)?行政(?<kind>许可|处罚|强制)(?:措施)?(?:处理)?(?:决定|事项|案件)?(?:共|共计)?{N}\s*(?:件|个|起|宗|份)`,
    // Decisions published are read by the next kind, with their own wording.
    accept: (c, year) => thisYear(c, year) && !/公开|公示|发布|上网/u.test(c.before),
  },
  {
    // 公开行政许可决定780件: table 二 is the proactive-disclosure table, its 处理决定数量 the
    // decisions disclosed under Art. 20(五)(六); only 决定 is read (信息/事项 may count records).
    key: 'published',
    anchors: DECISIONS,
    source: String.raw`(?:公开|公示|发布)(?:了)?(?:(?:作出|做出)的?)?行政(?<kind>许可|处罚|强制)(?:处理)?决定(?:书|信息)?(?:共|共计)?{N}\s*(?:件|个|起|宗|份|条)`,
    accept: thisYear,
  },
  {
    // With no verb: 行政许可处理决定4310件均已公示. Not decisions overturned on review
    // (经行政复议撤销行政处罚决定2件).
    key: 'decisions',
    anchors: DECISIONS,
    source: String.raw`行政(?<kind>许可|处罚|强制)(?:处理)?决定(?:书)?(?:共|共计|合计)?(?:为)?{N}\s*(?:件|个|起|宗|份)`,
    accept: (c, year) =>
      thisYear(c, year) && !/复议|诉讼|撤销|变更|纠正|确认|违法|被/u.test(c.clause),
  },
  {
    // A list after its verb: 全年办理行政许可2721件，行政处罚215件 (the verb earlier in the sentence,
    // about decisions, and nothing about review between).
    key: 'decisions',
    anchors: DECISIONS,
    source: String.raw`行政(?<kind>许可|处罚|强制)(?:案件)?(?:共)?{N}\s*(?:件|个|起|宗|份)`,
    accept: (c, year) =>
      thisYear(c, year) &&
      /(?:作出|做出|办理|办结|实施)(?:了)?行政(?:许可|处罚|强制)[^。；;]*$/u.test(c.lead) &&
      !/复议|诉讼|撤销|公开|公示/u.test(c.lead),
  },
]);

/**
 * The 行政事业性收费 collected, as the narrative states it: a set of its own, anchored on 收费, so
 * that the paragraphs naming another fee (经费, 信息处理费) are not searched for it.
 */
export const FEE_FIGURES = claimSet<'fees'>([
  {
    // 全年收取行政事业性收费12.35万元 / 行政事业性收费金额为12.35万元 (table 二's unit; a decimal,
    // so not {N}: its group is `amount`).
    key: 'fees',
    anchors: FEES,
    source: String.raw`行政事业性收费(?:金额|收入|总额)?(?:共|共计|合计|总计)?(?:为|达)?\s*(?<amount>\d+(?:\.\d+)?)\s*万元`,
    accept: (c, year) => !NOT_COLLECTED.test(c.clause) && !otherPeriod(c.before, year),
  },
  {
    // None collected: 本年度未收取行政事业性收费 (not a fee on disclosure requests: 依申请公开未收取…).
    key: 'fees',
    anchors: FEES,
    source: String.raw`(?:未|没有)(?:收取|征收)(?:任何)?行政事业性收费|无行政事业性收费(?:收入)?(?=[，,。；;\n]|$)`,
    accept: (c, year) =>
      !/信息公开|信息处理|依申请|申请人/u.test(c.sentence) && !otherPeriod(c.before, year),
  },
]);

/** Marks that end a sentence (as claims.ts cuts them). */
const SENTENCE_END = /[。；;！？!?\n]/u;

/** The sentence of the paragraph that holds a claim. */
function sentenceOf(claim: Claim): { sentence: string } {
  const text = claim.p.folded;
  let from = claim.start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = claim.end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
  return { sentence: text.slice(from, to + 1) };
}

/** Amounts not collected, or another fee: not table 二's 行政事业性收费. */
const NOT_COLLECTED = /减免|免收|免征|减收|减征|退还|退费|涉及/u;

const DECISION_ROWS: Readonly<Record<string, string>> = {
  许可: 'licensing',
  处罚: 'punishment',
  强制: 'coercion',
};

/** Splits text between parentheses away so nested breakdowns are not summed twice. */
function withoutParentheses(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  return text.replace(/[(（][^()（）]*[)）]/gu, (m) => ' '.repeat(m.length));
}

function breakdownFindings(ctx: CheckContext): Finding[] {
  if (!ctx.text) return [];
  const view = ctx.text;
  const findings: Finding[] = [];
  for (const p of narrativeParagraphs(view)) {
    if (!p.folded.includes('其中')) continue;
    const text = withoutParentheses(p.folded);
    for (const m of allMatches(TOTAL, text)) {
      const at = (m.index ?? 0) + m[0].length;
      // The breakdown follows at once: `…46条。其中，…` or `…65条，其中…`. Looked at first: most
      // totals have none, and the other tests need not run for them.
      LEAD.lastIndex = at;
      const lead = LEAD.exec(text);
      if (!lead) continue;
      const total = parseCount(m[1] ?? '');
      if (
        total === null ||
        otherPeriod(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index), ctx.report.year, false)
      )
        continue;
      const rest = text.slice(at);
      const endRel = rest.slice(lead[0].length).search(/[。；;]/u);
      const list = rest.slice(lead[0].length, endRel < 0 ? undefined : lead[0].length + endRel);
      const items: number[] = [];
      for (const it of allMatches(ITEM, list)) {
        if (CHANGE_WORD.test(list.slice(0, it.index))) continue;
        const v = parseCount(it[1] ?? '');
        if (v !== null) items.push(v);
      }
      if (items.length < 2) continue;
      const sum = items.reduce((a, b) => a + b, 0);
      const exhaustive = EXHAUSTIVE.test(list);
      if (exhaustive ? sum === total : sum <= total) continue;
      const start = m.index ?? 0;
      const end = at + lead[0].length + list.length;
      findings.push(
        textFinding(
          view,
          p,
          { start, end },
          {
            rule: 'text.proactive',
            severity: exhaustive ? 'warning' : 'info',
            message: exhaustive
              ? `正文称公开${formatNumber(total)}${m[2] ?? '条'}，但其中列出的各项之和为${items.map(formatNumber).join('+')}=${formatNumber(sum)}`
              : `正文称公开${formatNumber(total)}${m[2] ?? '条'}，但“其中”列出的各项之和（${formatNumber(sum)}）已超过总数；如各项有重叠请说明`,
          },
        ),
      );
    }
  }
  return findings;
}

function tableFindings(ctx: CheckContext): Finding[] {
  if (!ctx.text) return [];
  const view = ctx.text;
  const year = ctx.report.year;
  const issuedField = ctx.format.id === '2019' ? 'made' : 'issued';
  const claims: { path: string; claim: Claim; what: string }[] = [];
  // The sentences under the headings of sections 二 and 三 state table figures too.
  const prose = tableProse(view).other;
  for (const { key, claim } of [
    ...findClaimSet(view, PROACTIVE_FIGURES, year),
    ...findClaimSet(view, FEE_FIGURES, year),
    ...(prose ? findClaimSet(prose, PROACTIVE_FIGURES, year) : []),
    ...(prose ? findClaimSet(prose, FEE_FIGURES, year) : []),
  ]) {
    if (key === 'normative')
      claims.push({
        path: cellPath('proactive', 'normativeDocuments', issuedField),
        claim,
        what: '制发规范性文件',
      });
    else if (key === 'regPublished')
      claims.push({
        path: cellPath('proactive', 'regulations', 'published'),
        claim,
        what: '主动公开规章',
      });
    else if (key === 'normPublished')
      claims.push({
        path: cellPath('proactive', 'normativeDocuments', 'published'),
        claim,
        what: '新公开规范性文件',
      });
    else if (key === 'normRepealed' || key === 'normInForce') {
      // 规范性文件's when it names them or its sentence is about them alone; else 规章's.
      const { sentence } = sentenceOf(claim);
      const row = namesNormative(claim.groups.doc, sentence) ? 'normativeDocuments' : 'regulations';
      const doc = row === 'regulations' ? '规章' : '规范性文件';
      claims.push({
        path: cellPath('proactive', row, key === 'normRepealed' ? 'repealed' : 'inForce'),
        claim,
        what: key === 'normRepealed' ? `废止${doc}` : `现行有效${doc}`,
      });
    } else if (key === 'fees') {
      if (ctx.format.id !== '2019')
        claims.push({
          path: cellPath('proactive', 'fees', 'amountWanYuan'),
          claim: {
            ...claim,
            value: claim.groups.amount === undefined ? 0 : Number(claim.groups.amount),
          },
          what: '行政事业性收费',
        });
    } else if (key === 'regulations')
      claims.push({
        path: cellPath('proactive', 'regulations', issuedField),
        claim,
        what: '制定规章',
      });
    else {
      const row = DECISION_ROWS[claim.groups.kind ?? ''];
      if (row)
        claims.push({
          path: cellPath('proactive', row, 'decisions'),
          claim,
          what: `${key === 'published' ? '公开' : '作出'}行政${claim.groups.kind ?? ''}决定`,
        });
    }
  }
  const findings: Finding[] = [];
  for (const { path, claim, what } of claims) {
    const table = getCell(ctx.report, path);
    // An amount in 万元 agrees when it rounds to the table's (12.3456 for 12.35).
    if (typeof table !== 'number' || Math.abs(table - claim.value) < 0.005 + 1e-9) continue;
    const stated = claim.p.raw.slice(claim.start, claim.end);
    findings.push(
      textFinding(view, claim.p, claim, {
        rule: 'text.proactive',
        severity: 'warning',
        message: `正文称“${stated}”（${what}${formatNumber(claim.value)}${path.endsWith('amountWanYuan') ? '万元' : '件'}），但表二相应单元格为${formatNumber(table)}`,
        cells: [path],
      }),
    );
  }
  return findings;
}

/**
 * Proactive-disclosure figures in the narrative: a total and its breakdown (共主动公开46条，其中…
 * 其余15条) must add up; and documents issued (制发规范性文件X件 / 未制定规范性文件), repealed or in
 * force (废止X件, 现行有效X件), decisions made or disclosed (作出行政处罚决定X件, 公开行政许可决定X件)
 * and the 行政事业性收费 collected (收取行政事业性收费X万元) must agree with table 二.
 * @see 条例第二十条、第五十条第（一）项
 */
export const textProactive: Rule = {
  id: 'text.proactive',
  severity: 'warning',
  title: '正文主动公开数字',
  description:
    '正文所述主动公开信息总数与“其中”各分项应相符（列出“其余/其他”时各项之和应等于总数，否则不应超过总数）；所述制发、废止、现行有效的行政规范性文件件数，作出或公开的行政许可/处罚/强制决定件数，收取的行政事业性收费金额（万元）应与表二一致。',
  see: ['条例第二十条', '条例第五十条第（一）项'],
  examples: [
    {
      name: 'a breakdown whose items with 其余 add up to the total passes',
      input: {
        text: '共主动公开政府信息46条。其中,信息公开指南1条、财政预决算信息2条、检查结果5条,政务公告16条,部门动态7条,其余15条。',
      },
      expect: [],
    },
    {
      name: 'an exhaustive breakdown that does not add up is a warning with the sum',
      input: {
        text: '一、总体情况\n主动公开信息65条，其中门户网站公开59条，政务新媒体公开5条，其他渠道公开2条。',
      },
      expect: [{ severity: 'warning', line: 2, message: ['65', '59+5+2=66'] }],
    },
    {
      name: 'a partial breakdown smaller than the total passes',
      input: { text: '累计主动公开政府信息160条，其中管理和服务公开12条，执行和结果公开3条。' },
      expect: [],
    },
    {
      name: 'issuing a normative document the table does not count is a warning on the cell',
      input: {
        text: '出台并公开发布规范性文件2件，严格履行意见征集程序。',
        cells: { 'proactive.normativeDocuments.issued': 1 },
      },
      expect: [
        {
          severity: 'warning',
          cells: ['proactive.normativeDocuments.issued'],
          message: ['规范性文件2件', '1'],
        },
      ],
    },
    {
      name: 'saying no normative document was issued agrees with a zero',
      input: {
        text: '本年度未制定行政规范性文件。',
        cells: { 'proactive.normativeDocuments.inForce': 2 },
      },
      expect: [],
    },
    {
      name: 'a penalty-decision count that differs from table 二 is a warning',
      input: {
        text: '全年作出行政处罚决定15件。',
        cells: { 'proactive.punishment.decisions': 12 },
      },
      expect: [
        { severity: 'warning', cells: ['proactive.punishment.decisions'], message: ['15', '12'] },
      ],
    },
    {
      name: 'a count of licensing decisions published that differs from table 二 is a warning',
      input: {
        text: '全年公开行政许可决定780件。',
        cells: { 'proactive.licensing.decisions': 680 },
      },
      expect: [
        {
          severity: 'warning',
          cells: ['proactive.licensing.decisions'],
          message: ['公开行政许可决定780件', '680'],
        },
      ],
    },
    {
      name: 'a count of penalty decisions published that differs from table 二 is a warning',
      input: {
        text: '全年公开作出行政处罚决定15件。',
        cells: { 'proactive.punishment.decisions': 20 },
      },
      expect: [
        { severity: 'warning', cells: ['proactive.punishment.decisions'], message: ['15', '20'] },
      ],
    },
    {
      name: 'published decision counts that agree with table 二 pass',
      input: {
        text: '全年公开行政许可决定680件，公示行政处罚决定16件。',
        cells: { 'proactive.licensing.decisions': 680, 'proactive.punishment.decisions': 16 },
      },
      expect: [],
    },
    {
      name: 'decisions published in another year or in total are not compared',
      input: {
        text: '2023年公开行政许可决定500件，累计公开行政处罚决定90件。',
        cells: { 'proactive.licensing.decisions': 680, 'proactive.punishment.decisions': 16 },
      },
      expect: [],
    },
  ],
  run(ctx) {
    return [...breakdownFindings(ctx), ...tableFindings(ctx)];
  },
};
