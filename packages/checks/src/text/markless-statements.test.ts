import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { buildExampleInput } from '../examples.js';
import { textApplications } from '../rules/text-applications.js';
import { textReview } from '../rules/text-review.js';
import type { ExampleInput, Rule } from '../types.js';
import { tableProse } from './table-prose.js';
import { buildTextView } from './text-view.js';

/** The cells of a rule's warnings on a text, with a 2024 report holding these cells. */
function warnedCells(rule: Rule, input: ExampleInput): string[][] {
  return rule
    .run(buildContext(buildExampleInput(input)))
    .filter((f) => f.severity !== 'info')
    .map((f) => [...f.cells].sort());
}

const folded = (v: { narrative: readonly { folded: string }[] } | null) =>
  v ? v.narrative.map((p) => p.folded) : [];

const RECON = ['review.reconsideration.total'];
const SECTION_3 = '三、收到和处理政府信息公开申请情况';
const SECTION_4 = '四、政府信息公开行政复议、行政诉讼情况';
const SECTION_5 = '五、存在的主要问题及改进情况\n一是解读不足；二是更新不及时。';
/** Table 四's first cells, one per line, as a cell-per-line text prints them. */
const TABLE_4_HEAD =
  '行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉';
/** Table 四's last cells: the 复议后起诉 block's labels and figures. */
const TABLE_4_TAIL = '复议后起诉\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n0\n0\n0\n0\n0';

describe('text-vs-table statements without a final mark under a table heading (round 12b)', () => {
  it('compares a none-statement on a line of its own right under section 四’s heading', () => {
    const text = (cells: string) =>
      `${SECTION_4}\n本年度无行政复议、行政诉讼情况\n${cells}\n${TABLE_4_TAIL}\n${SECTION_5}`;
    const input = (n: number) => ({
      cells: { 'review.reconsideration.total': n },
      text: text(TABLE_4_HEAD),
    });
    expect(warnedCells(textReview, input(2))).toEqual([RECON]);
    expect(warnedCells(textReview, input(0))).toEqual([]);
  });

  it('compares a none-statement on a line of its own after table 四, before the next heading', () => {
    const cells = { 'review.reconsideration.total': 2 };
    for (const line of [
      '未发生政府信息公开行政复议、行政诉讼案件',
      '本年度行政复议、行政诉讼均为零',
    ]) {
      const text = `${SECTION_4}\n${TABLE_4_HEAD}\n${TABLE_4_TAIL}\n${line}\n${SECTION_5}`;
      expect(warnedCells(textReview, { cells, text })).toEqual([RECON]);
    }
  });

  it('reads a bare 无 first under section 四’s heading as neither 行政复议 nor 行政诉讼', () => {
    const input = (n: number, line: string) => ({
      cells: { 'review.reconsideration.total': n },
      text: `${SECTION_4}\n${line}\n${TABLE_4_HEAD}\n${TABLE_4_TAIL}\n${SECTION_5}`,
    });
    expect(warnedCells(textReview, input(2, '无'))).toEqual([RECON]);
    expect(warnedCells(textReview, input(0, '无'))).toEqual([]);
    // The heading cut by the page width: its rest is no statement before the 无.
    const cut = `四、政府信息公开行政复议、行政诉\n讼情况\n无\n${TABLE_4_HEAD}\n${TABLE_4_TAIL}\n${SECTION_5}`;
    expect(
      warnedCells(textReview, { cells: { 'review.reconsideration.total': 2 }, text: cut }),
    ).toEqual([RECON]);
    // A 无 among the cells is a cell, not a statement.
    const cell = `${SECTION_4}\n${TABLE_4_HEAD}\n${TABLE_4_TAIL}\n无\n${SECTION_5}`;
    expect(
      warnedCells(textReview, { cells: { 'review.reconsideration.total': 2 }, text: cell }),
    ).toEqual([]);
  });

  it('compares a count measured in 起 without a final mark under section 四', () => {
    const cells = { 'review.reconsideration.total': 2 };
    const text = (n: number) =>
      `${SECTION_4}\n本年度发生政府信息公开行政复议${n}起\n${TABLE_4_HEAD}\n${TABLE_4_TAIL}\n${SECTION_5}`;
    expect(warnedCells(textReview, { cells, text: text(5) })).toEqual([RECON]);
    expect(warnedCells(textReview, { cells, text: text(2) })).toEqual([]);
  });

  it('compares 本年度未收到政府信息公开申请 on a line of its own under section 三', () => {
    const text = `${SECTION_3}\n本年度未收到政府信息公开申请\n申请人情况\n自然人\n${SECTION_4}\n${TABLE_4_HEAD}\n${SECTION_5}`;
    const warned = (n: number) =>
      warnedCells(textApplications, { cells: { 'applications.received.total': n }, text });
    expect(warned(3)).toEqual([['applications.received.total']]);
    expect(warned(0)).toEqual([]);
  });

  it('reads a markless statement a page width cut over two lines joined, not its first part alone', () => {
    const view = buildTextView(
      `${SECTION_4}\n本年度本机关未发生因政府信息公开引起的行政复议\n和行政诉讼案件\n${TABLE_4_HEAD}\n${TABLE_4_TAIL}\n${SECTION_5}`,
    );
    expect(folded(tableProse(view).review)).toEqual([
      '本年度本机关未发生因政府信息公开引起的行政复议',
      '和行政诉讼案件',
    ]);
  });

  it('joins a markless statement with no row of cells after it', () => {
    const view = buildTextView(
      `${SECTION_4}\n本年度未发生政府信息公开行政复议、行政诉讼\n行政复议    行政诉讼\n结果维持  结果纠正\n${SECTION_5}`,
    );
    expect(folded(tableProse(view).review)).toEqual(['本年度未发生政府信息公开行政复议、行政诉讼']);
  });

  it('does not read 无行政复议、行政诉讼被纠错情况 as no 行政复议 (the none is of corrections)', () => {
    const cells = { 'review.reconsideration.total': 2 };
    for (const line of [
      '无行政复议、行政诉讼被纠错情况',
      '未发生行政复议和行政诉讼案件被纠错的情况。',
    ])
      expect(
        warnedCells(textReview, {
          cells,
          text: `${SECTION_4}\n${line}\n${TABLE_4_HEAD}\n${TABLE_4_TAIL}\n${SECTION_5}`,
        }),
      ).toEqual([]);
    // Cases themselves said to be none are still read.
    expect(
      warnedCells(textReview, {
        cells,
        text: `${SECTION_4}\n未发生行政复议、行政诉讼案件\n${TABLE_4_HEAD}\n${SECTION_5}`,
      }),
    ).toEqual([RECON]);
  });

  it('takes no table label, header row, title or unit line holding 无/未 for a statement, in any layout', () => {
    const labels3 = [
      '（四）无法提供',
      '2.没有现成信息需要另行制作',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      // A label wrapped over two lines.
      '1.申请人无正当理由逾期不补正、行政机',
      '关不再处理其政府信息公开申请',
    ];
    const labels4 = ['未经复议直接起诉', '尚未审结', '复议后起诉', '结果维持'];
    const layouts = [
      // One cell per line, the labels at the edges of the sections.
      [SECTION_3, ...labels3, '0', '0', ...labels3, SECTION_4, ...labels4, '0', ...labels4],
      // Word's tab export.
      [
        SECTION_3,
        ...labels3.map((l) => `\t${l}`),
        '\t0',
        SECTION_4,
        ...labels4.map((l) => `\t${l}`),
      ],
      // Pipe rows, header rows without figures.
      [
        SECTION_3,
        `| ${labels3.join(' | ')} |`,
        '| 0 | 0 | 0 | 0 |',
        `| ${labels3.join(' | ')} |`,
        SECTION_4,
        `| ${labels4.join(' | ')} |`,
        '| 0 | 0 | 0 | 0 |',
        `| ${labels4.join(' | ')} |`,
      ],
      // Cells separated by runs of spaces.
      [
        SECTION_4,
        '行政复议    行政诉讼',
        '结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉',
        '0  0  0  0  0  0',
      ],
      // A table title and a unit line.
      [
        SECTION_4,
        '表四：政府信息公开行政复议、行政诉讼情况（未发生的填0）',
        '单位：件（无则填0）',
        '0',
      ],
    ];
    for (const lines of layouts) {
      const prose = tableProse(buildTextView([...lines, SECTION_5].join('\n')));
      expect(prose).toEqual({ review: null, other: null, reviewNone: null });
    }
  });
});
