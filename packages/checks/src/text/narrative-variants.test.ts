import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { buildExampleInput } from '../examples.js';
import { textApplications } from '../rules/text-applications.js';
import { textProactive } from '../rules/text-proactive.js';
import { textReview } from '../rules/text-review.js';
import type { ExampleInput, Rule } from '../types.js';

/** The cells of a rule's warnings on a text, with a report holding these cells. */
function warnedCells(rule: Rule, input: ExampleInput): string[][] {
  return rule
    .run(buildContext(buildExampleInput(input)))
    .filter((f) => f.severity !== 'info')
    .map((f) => [...f.cells].sort());
}

/**
 * Narrative phrasings from red-team round 8 (cases8/): each states one figure of the tables. The
 * figure agreeing gives nothing; the figure differing gives a warning on its cell.
 */
describe('text-vs-table phrasings of real narratives', () => {
  it('compares figures printed with spaces around them, as text taken from a PDF has them', () => {
    const cells = {
      'applications.received.total': 12,
      'applications.withheld.stateSecret.total': 4,
      'review.reconsideration.total': 2,
      'proactive.normativeDocuments.issued': 3,
    };
    const text = (n: number) =>
      `一、总体情况\n全年共收到政府信息公开申请 ${n} 件，其中不予公开 ${n} 件。因政府信息公开被申请行政复议 ${n} 件。全年制发行政规范性文件 ${n} 件。`;
    expect(warnedCells(textApplications, { cells, text: text(9) })).toEqual([
      ['applications.received.total'],
      expect.arrayContaining(['applications.withheld.stateSecret.total']),
    ]);
    expect(warnedCells(textReview, { cells, text: text(9) })).toEqual([
      ['review.reconsideration.total'],
    ]);
    expect(warnedCells(textProactive, { cells, text: text(9) })).toEqual([
      ['proactive.normativeDocuments.issued'],
    ]);
    const clean = `一、总体情况\n全年共收到政府信息公开申请 12 件，其中不予公开 4 件。因政府信息公开被申请行政复议 2 件。全年制发行政规范性文件 3 件。`;
    for (const rule of [textApplications, textReview, textProactive])
      expect(warnedCells(rule, { cells, text: clean })).toEqual([]);
  });

  it('compares a figure written before its noun (共收到12件政府信息公开申请)', () => {
    const cells = {
      'applications.received.total': 12,
      'applications.carriedOver.total': 3,
      'applications.carriedForward.total': 2,
      'review.reconsideration.total': 2,
      'review.litigationDirect.total': 1,
    };
    const text = (r: number, c: number, f: number, rc: number, lt: number) =>
      `一、总体情况\n2024年，我局共收到${r}件政府信息公开申请，另有${c}件为上年结转申请，结转下年度继续办理的政府信息公开申请${f}件。全年共收到${rc}件政府信息公开行政复议申请，被提起${lt}件因政府信息公开引起的行政诉讼。`;
    expect(warnedCells(textApplications, { cells, text: text(16, 4, 5, 2, 1) })).toEqual([
      ['applications.received.total'],
      ['applications.carriedOver.total'],
      ['applications.carriedForward.total'],
    ]);
    expect(warnedCells(textReview, { cells, text: text(12, 3, 2, 5, 4) })).toEqual([
      ['review.reconsideration.total'],
      ['review.litigationAfterReconsideration.total', 'review.litigationDirect.total'],
    ]);
    for (const rule of [textApplications, textReview])
      expect(warnedCells(rule, { cells, text: text(12, 3, 2, 2, 1) })).toEqual([]);
    // A channel's part of the total, and last year's total, are not this year's total.
    const parts =
      '一、总体情况\n全年共收到12件政府信息公开申请。其中，通过网上平台收到8件政府信息公开申请，信函收到4件。2023年共收到45件政府信息公开申请。';
    expect(warnedCells(textApplications, { cells, text: parts })).toEqual([]);
  });

  it('does not take the count of one way of replying (邮寄答复5件) for the applications answered', () => {
    const cells = { 'applications.totalProcessed.total': 19 };
    const text =
      '一、总体情况\n对上述申请，通过电子邮件答复12件、邮寄答复5件、当面答复2件。对收到的申请，延期答复3件。全年共答复政府信息公开申请19件。';
    expect(warnedCells(textApplications, { cells, text })).toEqual([]);
    expect(
      warnedCells(textApplications, { cells, text: '全年共答复政府信息公开申请20件。' }),
    ).toEqual([['applications.totalProcessed.total']]);
  });

  it('compares the normative documents repealed and in force, and those issued with the figure first', () => {
    const cells = {
      'proactive.normativeDocuments.issued': 30,
      'proactive.normativeDocuments.repealed': 7,
      'proactive.normativeDocuments.inForce': 116,
    };
    const text = (i: number, r: number, f: number) =>
      `一、总体情况\n本年度制发行政规范性文件${i}件，废止${r}件，现行有效${f}件。全年共制发${i}件行政规范性文件，废止行政规范性文件${r}件。截至2024年底，我局现行有效行政规范性文件${f}件。`;
    expect(warnedCells(textProactive, { cells, text: text(30, 7, 116) })).toEqual([]);
    expect(warnedCells(textProactive, { cells, text: text(31, 8, 117) })).toEqual([
      ['proactive.normativeDocuments.issued'],
      ['proactive.normativeDocuments.repealed'],
      ['proactive.normativeDocuments.inForce'],
      ['proactive.normativeDocuments.issued'],
      ['proactive.normativeDocuments.repealed'],
      ['proactive.normativeDocuments.inForce'],
    ]);
    // 规章 and 规范性文件 counted together, another year, a city's clean-up: not this row's.
    const other =
      '一、总体情况\n清理规章和规范性文件56件，废止3件，现行有效48件。2023年废止行政规范性文件5件。截至2025年3月，现行有效规范性文件120件。';
    expect(warnedCells(textProactive, { cells, text: other })).toEqual([]);
  });

  it('compares licensing, penalty and coercion counts stated without 决定 (办理行政许可, 实施行政处罚, 实施行政强制措施)', () => {
    const cells = {
      'proactive.licensing.decisions': 4310,
      'proactive.punishment.decisions': 261,
      'proactive.coercion.decisions': 24,
    };
    const text = (l: number, p: number, c: number) =>
      `一、总体情况\n全年共办理行政许可${l}件。行政许可处理决定${l}件均已公示。全年实施行政处罚${p}件。全年实施行政强制措施${c}件。`;
    expect(warnedCells(textProactive, { cells, text: text(4310, 261, 24) })).toEqual([]);
    expect(warnedCells(textProactive, { cells, text: text(4317, 268, 31) })).toEqual([
      ['proactive.licensing.decisions'],
      ['proactive.licensing.decisions'],
      ['proactive.punishment.decisions'],
      ['proactive.coercion.decisions'],
    ]);
    // Decisions overturned on review are not the year's decisions.
    const review = '一、总体情况\n经行政复议撤销行政处罚决定2件。';
    expect(warnedCells(textProactive, { cells, text: review })).toEqual([]);
  });
  it('compares the 行政事业性收费 amount the narrative states in 万元 with table 二', () => {
    const cells = { 'proactive.fees.amountWanYuan': 12.35 };
    const text = (x: string) =>
      `一、总体情况\n全年收取行政事业性收费${x}万元。本年度行政事业性收费金额为${x}万元。`;
    expect(warnedCells(textProactive, { cells, text: text('12.35') })).toEqual([]);
    expect(warnedCells(textProactive, { cells, text: text('15.85') })).toEqual([
      ['proactive.fees.amountWanYuan'],
      ['proactive.fees.amountWanYuan'],
    ]);
    // Fees waived, the 信息处理费 and another year's are other amounts.
    const other =
      '一、总体情况\n全年减免行政事业性收费3.2万元。收取信息处理费0.01万元。2023年收取行政事业性收费20万元。';
    expect(warnedCells(textProactive, { cells, text: other })).toEqual([]);
  });

  it('compares a count answered stated as 答复办理 (答复办理1020件)', () => {
    const cells = {
      'applications.received.total': 1018,
      'applications.totalProcessed.total': 1018,
    };
    const text = (a: number) =>
      `一、总体情况\n2024年，我局共收到政府信息公开申请1018件，答复办理${a}件。`;
    expect(warnedCells(textApplications, { cells, text: text(1018) })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text(1020) })).toEqual([
      ['applications.totalProcessed.total'],
    ]);
  });
  it('compares a decision count listed after its verb (全年办理行政许可2721件，行政处罚215件)', () => {
    const cells = {
      'proactive.licensing.decisions': 2721,
      'proactive.punishment.decisions': 215,
    };
    const text = (p: number) => `一、总体情况\n全年办理行政许可2721件，行政处罚${p}件。`;
    expect(warnedCells(textProactive, { cells, text: text(215) })).toEqual([]);
    expect(warnedCells(textProactive, { cells, text: text(220) })).toEqual([
      ['proactive.punishment.decisions'],
    ]);
    // Without a verb before it in the sentence, a bare 行政处罚N件 is not read.
    const bare = '一、总体情况\n涉及行政处罚220件的信息均已公开。';
    expect(warnedCells(textProactive, { cells, text: bare })).toEqual([]);
  });

  it('reads a count answered after a semicolon that ends the sentence naming the applications', () => {
    const cells = {
      'applications.received.total': 1113,
      'applications.carriedOver.total': 18,
      'applications.totalProcessed.total': 1113,
    };
    const text = (p: number) =>
      `一、总体情况\n（二）依申请公开。2024年共收到政府信息公开申请1113件，上年结转18件；已办结${p}件，均在法定期限内答复。`;
    expect(warnedCells(textApplications, { cells, text: text(1113) })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text(1120) })).toEqual([
      ['applications.totalProcessed.total'],
    ]);
    // A full stop ends what the figure may be about.
    const other = '一、总体情况\n2024年共收到政府信息公开申请1113件。全年办结群众诉求1120件。';
    expect(warnedCells(textApplications, { cells, text: other })).toEqual([]);
  });

  it('compares the 2019 format wording of normative documents made and published (新制作, 新公开)', () => {
    const cells = {
      'proactive.normativeDocuments.made': 5,
      'proactive.normativeDocuments.published': 4,
    };
    const text = (m: number, p: number) =>
      `一、总体情况\n2020年新制作规范性文件${m}件，本年新公开规范性文件${p}件。`;
    expect(warnedCells(textProactive, { format: '2019', cells, text: text(5, 4) })).toEqual([]);
    expect(warnedCells(textProactive, { format: '2019', cells, text: text(12, 11) })).toEqual([
      ['proactive.normativeDocuments.made'],
      ['proactive.normativeDocuments.published'],
    ]);
  });

  it('warns when the narrative says no 行政事业性收费 was collected but table 二 has an amount', () => {
    const said = '一、总体情况\n本年度未收取行政事业性收费。';
    expect(
      warnedCells(textProactive, { cells: { 'proactive.fees.amountWanYuan': 12.35 }, text: said }),
    ).toEqual([['proactive.fees.amountWanYuan']]);
    expect(
      warnedCells(textProactive, { cells: { 'proactive.fees.amountWanYuan': 0 }, text: said }),
    ).toEqual([]);
    // The information-processing fee is another fee.
    const other = '一、总体情况\n本年度未收取信息处理费。依申请公开未收取任何行政事业性收费。';
    expect(
      warnedCells(textProactive, { cells: { 'proactive.fees.amountWanYuan': 12.35 }, text: other }),
    ).toEqual([]);
  });

  it('reads a carried figure in Chinese numerals written before its noun (另有二十五件…结转至下年度)', () => {
    const cells = {
      'applications.received.total': 1113,
      'applications.carriedOver.total': 2,
      'applications.carriedForward.total': 18,
    };
    const text = (o: string, f: string) =>
      `一、总体情况\n2024年共收到政府信息公开申请1113件，另有${o}件为上年结转申请。另有${f}件因未到答复期限结转至下年度。`;
    expect(warnedCells(textApplications, { cells, text: text('两', '十八') })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text('三', '二十五') })).toEqual([
      ['applications.carriedOver.total'],
      ['applications.carriedForward.total'],
    ]);
  });

  it('reads a carried-forward figure in Chinese numerals opening its clause', () => {
    const cells = {
      'applications.received.total': 1113,
      'applications.carriedForward.total': 18,
    };
    const text = (f: string) =>
      `一、总体情况\n2024年共收到政府信息公开申请1113件，${f}件结转至2025年办理。另有5件已办结；${f}件申请顺延至下年度答复。`;
    expect(warnedCells(textApplications, { cells, text: text('十八') })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text('二十五') })).toEqual([
      ['applications.carriedForward.total'],
      ['applications.carriedForward.total'],
    ]);
  });

  it('reads a figure that a page width cut over two lines, as text taken from a PDF has it', () => {
    const cells = {
      'applications.received.total': 1113,
      'applications.carriedForward.total': 18,
      'review.reconsideration.total': 22,
    };
    const text = (r: string, f: string, rc: string) =>
      `一、总体情况\n2024年，我局共收到政府信息公开申\n请${r}件，均在法定期限内予以答复，${f.slice(0, 1)}\n${f.slice(1)}件结转至2025年办理。因政府信息公开被申请行\n政复议${rc}件。`;
    expect(warnedCells(textApplications, { cells, text: text('1113', '18', '22') })).toEqual([]);
    expect(warnedCells(textReview, { cells, text: text('1113', '18', '22') })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text('1120', '25', '29') })).toEqual([
      ['applications.received.total'],
      ['applications.carriedForward.total'],
    ]);
    expect(warnedCells(textReview, { cells, text: text('1120', '25', '29') })).toEqual([
      ['review.reconsideration.total'],
    ]);
    // Lines ending a statement are not joined: 申请 + 12件 across 。 is no figure.
    const apart = '一、总体情况\n我局认真办理每一件政府信息公开申请。\n12件建议提案均已办结。';
    expect(warnedCells(textApplications, { cells, text: apart })).toEqual([]);
  });

  it('compares the 复议 results listed after a count across a line a page width cut', () => {
    const cells = {
      'review.reconsideration.upheld': 1,
      'review.reconsideration.corrected': 21,
      'review.reconsideration.total': 22,
    };
    const text = (u: number) =>
      `一、总体情况\n因政府信息公开被申请行政复议22件，其中结果维\n持${u}件，结果纠正21件。`;
    expect(warnedCells(textReview, { cells, text: text(1) })).toEqual([]);
    expect(warnedCells(textReview, { cells, text: text(8) })).toEqual([
      ['review.reconsideration.upheld'],
    ]);
  });
});
