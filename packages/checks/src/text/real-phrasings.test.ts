import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { buildExampleInput } from '../examples.js';
import { textApplications } from '../rules/text-applications.js';
import { textProactive } from '../rules/text-proactive.js';
import { textReview } from '../rules/text-review.js';
import type { ExampleInput, Rule } from '../types.js';

/** The cells of a rule's warnings on a text, with a 2024 report holding these cells. */
function warnedCells(rule: Rule, input: ExampleInput): string[][] {
  return rule
    .run(buildContext(buildExampleInput(input)))
    .filter((f) => f.severity !== 'info')
    .map((f) => [...f.cells].sort());
}

const RECON = ['review.reconsideration.total'];
const LIT = ['review.litigationAfterReconsideration.total', 'review.litigationDirect.total'];
const SECTION_4 = '四、政府信息公开行政复议、行政诉讼情况';

/**
 * Phrasings of real published reports (red-team round 12, claims12/real.json), paraphrased: each
 * states figures of the tables; agreeing gives nothing, differing gives a warning on the cells.
 */
describe('text-vs-table phrasings of real reports (round 12)', () => {
  it('compares a 复议/诉讼 count under section 四’s heading though its sentence does not name disclosure', () => {
    const cells = { 'review.reconsideration.total': 2, 'review.litigationDirect.total': 1 };
    const text = (r: number, l: number) =>
      `一、总体情况\n全年工作平稳。\n${SECTION_4}\n本年度共发生行政复议${r}件，行政诉讼${l}件。\n五、存在的主要问题及改进情况\n无。`;
    expect(warnedCells(textReview, { cells, text: text(3, 1) })).toEqual([RECON]);
    expect(warnedCells(textReview, { cells, text: text(2, 4) })).toEqual([LIT]);
    expect(warnedCells(textReview, { cells, text: text(2, 1) })).toEqual([]);
  });

  it('leaves the same count uncompared outside section 四 (it may be all of the agency’s cases)', () => {
    const cells = { 'review.reconsideration.total': 2 };
    const text = `一、总体情况\n本年度共发生行政复议3件，行政诉讼1件。\n${SECTION_4}\n详见下表。`;
    expect(warnedCells(textReview, { cells, text })).toEqual([]);
  });

  it('compares the results listed after such a count under section 四', () => {
    const cells = {
      'review.reconsideration.upheld': 2,
      'review.reconsideration.total': 2,
    };
    const text = `${SECTION_4}\n全年被申请行政复议2件，其中维持1件，纠正1件。`;
    expect(warnedCells(textReview, { cells, text })).toEqual([
      ['review.reconsideration.upheld'],
      ['review.reconsideration.corrected'],
    ]);
  });

  it('reads “无行政复议、行政诉讼情况” under section 四 as none, and no change, carry-over or pending figure as a count', () => {
    const cells = {
      'review.reconsideration.total': 1,
      'review.reconsideration.pending': 1,
      'review.litigationDirect.total': 2,
    };
    expect(
      warnedCells(textReview, { cells, text: `${SECTION_4}\n无行政复议、行政诉讼情况。` }),
    ).toEqual([RECON, LIT]);
    const others = `${SECTION_4}\n行政复议案件同比增加3件。上年结转行政复议4件。2023年发生行政复议5件。行政复议尚未审结1件。`;
    expect(warnedCells(textReview, { cells, text: others })).toEqual([]);
  });

  it('reads 未产生…行政复议和行政诉讼 as none', () => {
    const cells = { 'review.litigationDirect.total': 1 };
    const text = '一、总体情况\n2024年未产生因政府信息公开申请提请的行政复议和行政诉讼案件。';
    expect(warnedCells(textReview, { cells, text })).toEqual([RECON, LIT].slice(1));
  });

  it('takes the year of the applications behind a case for no other period (因2023年度…申请引发行政复议1件)', () => {
    const cells = { 'review.reconsideration.total': 2, 'review.litigationDirect.total': 2 };
    const text =
      '一、总体情况\n2024年，我局未收到政府信息公开申请。办理因2023年度政府信息公开申请引发行政复议1件、引发行政诉讼2件。';
    expect(warnedCells(textReview, { cells, text })).toEqual([RECON]);
  });

  it('compares 诉讼N件 after 行政复议N件 in a sentence about disclosure', () => {
    const cells = { 'review.reconsideration.total': 7, 'review.litigationDirect.total': 8 };
    const text = '一、总体情况\n信息公开类行政复议7件，诉讼9件，均获维持。';
    expect(warnedCells(textReview, { cells, text })).toEqual([LIT]);
  });

  it('gives results to the block named right before them (其中行政复议结果维持5件…行政诉讼结果维持3件)', () => {
    const cells = {
      'review.reconsideration.upheld': 5,
      'review.reconsideration.pending': 1,
      'review.reconsideration.total': 6,
      'review.litigationDirect.upheld': 3,
      'review.litigationDirect.total': 3,
    };
    const text = (u: number, l: number) =>
      `一、总体情况\n全年因政府信息公开产生行政复议案件6件和行政诉讼案件3件，其中行政复议结果维持${u}件，尚未审结1件，行政诉讼结果维持${l}件。`;
    expect(warnedCells(textReview, { cells, text: text(5, 3) })).toEqual([]);
    expect(warnedCells(textReview, { cells, text: text(4, 2) })).toEqual([
      ['review.reconsideration.upheld'],
      ['review.litigationAfterReconsideration.upheld', 'review.litigationDirect.upheld'],
    ]);
  });

  it('compares the figures of a sentence under section 三’s heading (共收到8份政府信息公开申请，其中予以公开2件)', () => {
    const cells = {
      'applications.received.total': 8,
      'applications.granted.total': 3,
    };
    const text = (r: number) =>
      `三、收到和处理政府信息公开申请情况\n2024年，区政府办公室共收到${r}份政府信息公开申请，均为自然人申请。其中，予以公开2件。\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）`;
    expect(warnedCells(textApplications, { cells, text: text(9) })).toEqual([
      ['applications.received.total'],
      ['applications.granted.total'],
    ]);
  });

  it('does not read 未收到因政府信息公开申请引起的行政诉讼 as no application received', () => {
    const cells = { 'applications.received.total': 36 };
    const text =
      '一、总体情况\n全年收到因政府信息公开申请引起的行政复议1件，未收到因政府信息公开申请引起的行政诉讼。';
    expect(warnedCells(textApplications, { cells, text })).toEqual([]);
  });

  it('compares 予以公开及部分公开N件 with the two rows together, not with partial disclosures alone', () => {
    const cells = { 'applications.granted.total': 45, 'applications.partiallyGranted.total': 14 };
    const text = (n: number) =>
      `一、总体情况\n其中予以公开或部分公开${n}件、占45.3%。予以公开及部分公开${n}件。`;
    expect(warnedCells(textApplications, { cells, text: text(59) })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text(60) })).toEqual([
      ['applications.granted.total', 'applications.partiallyGranted.total'],
      ['applications.granted.total', 'applications.partiallyGranted.total'],
    ]);
  });

  it('compares carried-over figures said as 上年结转信息公开申请N件, 上年度结转办理件N件 and 2023年转至今年办理的N件', () => {
    const cells = { 'applications.carriedOver.total': 3 };
    for (const said of [
      '包括上年结转信息公开申请4件',
      '上年度结转办理件4件',
      '含2023年转至今年办理的4件',
    ])
      expect(warnedCells(textApplications, { cells, text: `一、总体情况\n全年${said}。` })).toEqual(
        [['applications.carriedOver.total']],
      );
  });

  it('compares outcome counts said as 予以公开答复N件 or without a measure word before a mark (部分公开67，)', () => {
    const cells = { 'applications.granted.total': 966, 'applications.partiallyGranted.total': 67 };
    const text = (g: number, p: number) =>
      `一、总体情况\n其中，予以公开答复${g}件，占66.48%；部分公开${p}，占4.61%。`;
    expect(warnedCells(textApplications, { cells, text: text(966, 67) })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text(969, 70) })).toEqual([
      ['applications.granted.total'],
      ['applications.partiallyGranted.total'],
    ]);
  });

  it('reads 无结转2025年继续办理件 as none carried forward', () => {
    const cells = { 'applications.carriedForward.total': 3 };
    const text = '一、总体情况\n其中按期办结36件，无结转2025年继续办理件。';
    expect(warnedCells(textApplications, { cells, text })).toEqual([
      ['applications.carriedForward.total'],
    ]);
  });

  it('compares a carried-forward figure in Chinese numerals that opens its paragraph (二十五件申请顺延至下年度答复)', () => {
    const cells = {
      'applications.received.total': 45,
      'applications.carriedForward.total': 18,
    };
    const text = (n: string) =>
      `一、总体情况\n2024年共收到45件政府信息公开申请。\n${n}件申请顺延至下年度答复。`;
    expect(warnedCells(textApplications, { cells, text: text('十八') })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text('二十五') })).toEqual([
      ['applications.carriedForward.total'],
    ]);
  });

  it('compares a received figure said as 收到N件依申请公开请求', () => {
    const cells = { 'applications.received.total': 10 };
    const text = '一、总体情况\n2024年，共收到13件依申请公开请求。';
    expect(warnedCells(textApplications, { cells, text })).toEqual([
      ['applications.received.total'],
    ]);
  });

  it('compares 废止文件N件 and 现行有效文件N件 / 现行有效件数N件 in a sentence about 规范性文件', () => {
    const cells = {
      'proactive.normativeDocuments.issued': 4,
      'proactive.normativeDocuments.repealed': 0,
      'proactive.normativeDocuments.inForce': 20,
    };
    const text = (r: number, f: string) =>
      `一、总体情况\n制定发布规范性文件4件，清理废止文件${r}件，${f}。`;
    expect(warnedCells(textProactive, { cells, text: text(0, '现行有效文件20件') })).toEqual([]);
    expect(warnedCells(textProactive, { cells, text: text(3, '现行有效件数23件') })).toEqual([
      ['proactive.normativeDocuments.repealed'],
      ['proactive.normativeDocuments.inForce'],
    ]);
  });
});

describe('text-vs-table figures of one row of a group (round 12)', () => {
  it('compares a figure said with its row’s label (属于四类过程性信息N件, 本办不掌握相关政府信息N件, 重复申请N件)', () => {
    const cells = {
      'applications.withheld.processInformation.total': 1,
      'applications.unableToProvide.notHeld.total': 2,
      'applications.notProcessed.repeated.total': 1,
    };
    const text = (a: number, b: number, c: number) =>
      `一、总体情况\n其中，属于四类过程性信息${a}件，本办不掌握相关政府信息${b}件，重复申请${c}件。`;
    expect(warnedCells(textApplications, { cells, text: text(1, 2, 1) })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text(4, 5, 3) })).toEqual([
      ['applications.withheld.processInformation.total'],
      ['applications.unableToProvide.notHeld.total'],
      ['applications.notProcessed.repeated.total'],
    ]);
  });

  it('reads no row figure from a count written before the label (另有2件系重复申请)', () => {
    const cells = { 'applications.notProcessed.repeated.total': 0 };
    const text = '一、总体情况\n申请量较上年减少5件，其中另有2件系重复申请。';
    expect(warnedCells(textApplications, { cells, text })).toEqual([]);
  });
});

describe('text-vs-table phrasings of the 平潭 and 上海 reports (round 12)', () => {
  it('compares 共收到N件申请 in a paragraph about 依申请公开, and not in one about 行政许可', () => {
    const cells = { 'applications.received.total': 70 };
    const about = (n: number) =>
      `一、总体情况\n我区高度重视依申请公开工作的办理。本年度全区共收到${n}件申请，及时依法依规办结。`;
    expect(warnedCells(textApplications, { cells, text: about(70) })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: about(73) })).toEqual([
      ['applications.received.total'],
    ]);
    const other = '一、总体情况\n全年行政审批工作有序推进，共收到73件申请，均已办结。';
    expect(warnedCells(textApplications, { cells, text: other })).toEqual([]);
  });

  it('compares a count of one organisation column (涉及自然人72件、商业企业3件)', () => {
    const cells = {
      'applications.received.naturalPerson': 72,
      'applications.received.commercial': 3,
      'applications.received.total': 75,
    };
    const text = (c: number) =>
      `一、总体情况\n全区收到政府信息公开申请75件，涉及自然人72件、商业企业${c}件。`;
    expect(warnedCells(textApplications, { cells, text: text(3) })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text(6) })).toEqual([
      ['applications.received.commercial'],
    ]);
  });

  it('compares 制发的规范性文件N件', () => {
    const cells = { 'proactive.normativeDocuments.issued': 88 };
    const text = '一、总体情况\n动态更新本年度制发的规范性文件91件。';
    expect(warnedCells(textProactive, { cells, text })).toEqual([
      ['proactive.normativeDocuments.issued'],
    ]);
  });

  it('compares 主动公开规章N件，行政规范性文件N件 with the 2019 format’s 本年新公开数量', () => {
    const cells = {
      'proactive.regulations.published': 13,
      'proactive.normativeDocuments.published': 60,
    };
    const report = { year: 2019 };
    const text = (r: number, n: number) =>
      `一、总体情况\n2019年，在门户网站等平台主动公开规章${r}件，行政规范性文件${n}件，其他文件162件。全年刊登规章、规范性文件等112件。`;
    expect(
      warnedCells(textProactive, { format: '2019', report, cells, text: text(13, 60) }),
    ).toEqual([]);
    expect(
      warnedCells(textProactive, { format: '2019', report, cells, text: text(16, 63) }),
    ).toEqual([['proactive.regulations.published'], ['proactive.normativeDocuments.published']]);
  });
});

describe('text-vs-table sentences under a table heading cut by the page width (round 12)', () => {
  it('reads a none-statement under section 四 whose lines a page width cut', () => {
    const cells = { 'review.reconsideration.total': 3 };
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '2024年，我单位对形成的政府信息实现',
      '了依法、有序公开，未出现申请行政复议',
      '、提起行政诉讼的情况。',
    ].join('\n');
    expect(warnedCells(textReview, { cells, text })).toEqual([RECON]);
  });
});

describe('text-vs-table counts under section 四 that are not the agency’s own cases (round 12)', () => {
  it('leaves a count of cases the agency decided as the reviewing body uncompared, even under section 四', () => {
    const cells = { 'review.reconsideration.total': 0 };
    const text = `${SECTION_4}\n本年度我局作为复议机关办理行政复议案件12件，审结10件。受理行政复议申请5件。`;
    expect(warnedCells(textReview, { cells, text })).toEqual([]);
    const own = `${SECTION_4}\n本年度我局作为复议机关办理行政复议案件12件。本局被申请行政复议2件。`;
    expect(warnedCells(textReview, { cells, text: own })).toEqual([RECON]);
  });
});

describe('text-vs-table applications handled, said to include last year’s (round 12)', () => {
  it('compares 办理…申请69件，含2023年转至今年办理的3件 with new plus carried over only', () => {
    const cells = {
      'applications.received.total': 66,
      'applications.carriedOver.total': 3,
      'applications.totalProcessed.total': 68,
      'applications.carriedForward.total': 1,
    };
    const text = (n: number) =>
      `一、总体情况\n全年共办理政府信息公开申请${n}件，含2023年转至今年办理的3件，办结68件。`;
    expect(warnedCells(textApplications, { cells, text: text(69) })).toEqual([]);
    // 66: the new applications alone, which the text says the figure is not.
    expect(warnedCells(textApplications, { cells, text: text(66) })).toEqual([
      ['applications.carriedOver.total', 'applications.received.total'],
    ]);
  });
});

describe('text-vs-table applications answered on time, all of them (round 12)', () => {
  it('compares 其中按期办结N件 when the sentence gives a 100% rate, and not otherwise', () => {
    const cells = { 'applications.received.total': 36, 'applications.totalProcessed.total': 36 };
    const text = (n: number, rate: string) =>
      `一、总体情况\n2024年共受理36件政府信息公开申请，同比上升16.13%，其中按期办结${n}件，按期办结率${rate}。`;
    expect(warnedCells(textApplications, { cells, text: text(36, '达100%') })).toEqual([]);
    expect(warnedCells(textApplications, { cells, text: text(39, '达100%') })).toEqual([
      ['applications.totalProcessed.total'],
    ]);
    expect(warnedCells(textApplications, { cells, text: text(30, '为83.3%') })).toEqual([]);
  });
});

describe('text-vs-table 规章 repealed (round 12)', () => {
  it('compares 废止N件 listed after a count of 规章 (规章13件（含新制定5件，修改4件，废止4件）) with 规章’s row', () => {
    const cells = {
      'proactive.regulations.repealed': 4,
      'proactive.normativeDocuments.repealed': 1,
    };
    const text = (n: number) =>
      `一、总体情况\n2024年，主动公开市政府规章13件（含新制定5件，修改4件，废止${n}件），主动公开行政规范性文件42件。`;
    expect(warnedCells(textProactive, { cells, text: text(4) })).toEqual([]);
    expect(warnedCells(textProactive, { cells, text: text(7) })).toEqual([
      ['proactive.regulations.repealed'],
    ]);
    // Both kinds cleaned up together: no row's figure.
    const both = '一、总体情况\n清理规章和规范性文件56件，废止3件。';
    expect(warnedCells(textProactive, { cells, text: both })).toEqual([]);
  });
});
