import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { FEE_FIGURES, PROACTIVE_FIGURES } from '../rules/text-proactive.js';
import { REVIEW_FIGURES, REVIEW_IN_SECTION } from '../rules/text-review.js';
import { APPLICATION_FIGURES } from './application-claims.js';
import { claimSet, findClaimSet } from './claims.js';
import { buildTextView } from './text-view.js';

/** Texts with figures of every kind: the rules' worked examples and a few more phrasings. */
const TEXTS = [
  ...RULES.flatMap((r) => r.examples.flatMap((e) => (e.input.text ? [e.input.text] : []))),
  '前言\n本机关2024年度无上年结转申请，没有需结转下一年度的申请。\n3件申请将结转至2025年度。',
  '全年新收申请5件次，办理政府信息公开申请4，作出答复3宗，其中部分公开1份、不予处理2例。',
  '一、总体情况\n部分\n予以公开2个。\n自然人提出申请7件\n法人或其他组织提出的申请1条',
  '印发规范性文件3件。\n未制定规章。\n办结行政强制案件2起\n公示了行政处罚决定书共5份',
  '本年度制发规范性文件30件，废止7件，现行有效116件。\n工作成效明显，废止3件。',
  '全年收取行政事业性收费12.35万元。\n本年度未收取行政事业性收费。\n经费保障到位。',
  '行政事业性收费金额为3万元，无行政事业性收费收入。\n收取行政事业性收费 0.5 万元，没有征收行政事业性收费。',
  '2024年度收取行政事业性收费共计1.25万元。\n行政事业性收费合计4万元。\n本机关无行政事业性收费。',
  '前言\n共收到8份政府信息公开申请。\n二十五件申请顺延至下年度答复。\n含2023年转至今年办理的3件。',
  '予以公开及部分公开258件，予以公开答复966件，部分公开67，无结转2025年继续办理件。',
  '制发规范性文件4件，清理废止文件0件，现行有效文件20件，现行有效件数14件。',
  '本年度共发生行政复议3件，行政诉讼1件。\n全年被申请行政复议2件，其中维持1件。\n信息公开类行政复议7件，诉讼9件。',
  '我区重视依申请公开工作。本年度共收到70件申请，涉及自然人72件、商业企业3件、科研机构1件。',
  '2019年主动公开规章13件，行政规范性文件60件；制发的规范性文件88件，刊登规章、规范性文件等112件。',
  '属于四类过程性信息1件，本办不掌握相关政府信息2件，重复申请3件，危及“三安全一稳定”1件。',
  '未产生因政府信息公开申请提请的行政复议和行政诉讼案件。\n被申请2件行政复议，未收到因政府信息公开申请引起的行政诉讼。',
];

describe('claim sets searched by their anchors', () => {
  const sets = {
    application: APPLICATION_FIGURES,
    proactive: PROACTIVE_FIGURES,
    fee: FEE_FIGURES,
    review: REVIEW_FIGURES,
    reviewInSection: REVIEW_IN_SECTION,
  };

  it.each(Object.entries(sets))(
    'find every %s figure a search of the whole narrative finds, kind by kind',
    (_, set) => {
      let figures = 0;
      for (const kind of set.kinds) {
        // Alone, so that another kind's anchors cannot hide a wrong one.
        const one = claimSet([kind]);
        expect(one.anchors).not.toBeNull();
        for (const text of TEXTS) {
          const view = buildTextView(text);
          const found = findClaimSet(view, one, 2024);
          expect(found).toEqual(findClaimSet(view, { ...one, anchors: null }, 2024));
          figures += found.length;
        }
      }
      expect(figures).toBeGreaterThan(8);
    },
  );

  /**
   * Random lines of the sets' words (verbs, nouns, figures, measure words, marks) and others:
   * they put several kinds' anchors in one paragraph, so a paragraph is searched with only some
   * of a set's kinds, and a figure follows its words often enough for most kinds to match.
   */
  const words = (list: string) => fc.constantFrom(...list.split(' '));
  const lead = words(
    '收到 新增 受理 登记 未收到 没有 无 办理 办结 答复 办理完毕 处理完毕 办理完成 完成答复 予以答复 作出答复 自然人 公民 法人或其他组织 上年 结转 结转至 下一年度 顺延 2023年 2025年 另有 有 为 其中 予以公开 部分公开 全部公开 同意公开 不予公开 无法提供 不予处理 其他处理 制发 印发 废止 现行有效 作出 公开 实施 收取 未收取 工作 成效 转至今年 予以公开及部分公开 未产生 被申请 发生 行政复议 行政诉讼 诉讼 二十五 两 属于国家秘密 重复申请 本办不掌握相关政府信息 明确 主动公开 商业企业 科研机构',
  );
  const noun = words(
    '政府信息公开 依申请公开 申请 的 共 共计 提出 行政规范性文件 规范性文件 规章 行政许可 行政处罚 行政强制 决定 行政事业性收费 行政复议 行政诉讼 文件 件数 请求 答复 引起的',
  );
  const figure = words('12 3 1,200 二十五 两 1.5');
  const unit = words(
    '件 件次 条 个 份 宗 例 起 万元 件申请为上年结转 件结转至下年度 件顺延至2025年 件行政复议 件政府信息公开申请',
  );
  const mark = words('， 。 ； ');
  const phrase = fc
    .tuple(lead, fc.array(noun, { maxLength: 2 }), fc.option(figure), fc.option(unit), mark)
    .map(([l, n, f, u, m]) => `${l}${n.join('')}${f ?? ''}${u ?? ''}${m}`);
  const text = fc
    .array(
      fc.array(phrase, { minLength: 1, maxLength: 5 }).map((p) => p.join('')),
      { minLength: 1, maxLength: 4 },
    )
    .map((l) => l.join('\n'));

  /**
   * Figures 800 random texts must hold at least, so that the comparison is not vacuous. Set
   * well below what they hold (60 samples of 800 texts each: application 853–1,051, proactive
   * 23–48, fee 4–18): a bar of 6 for fee failed about one run in twenty.
   */
  const LEAST_FIGURES: Record<keyof typeof sets, number> = {
    application: 400,
    proactive: 8,
    fee: 1,
    review: 8,
    reviewInSection: 8,
  };

  it.each(Object.entries(sets))(
    'find in random text the %s figures the whole set finds without anchors',
    (name, set) => {
      let figures = 0;
      fc.assert(
        fc.property(text, (t) => {
          const view = buildTextView(t);
          const found = findClaimSet(view, set, 2024);
          expect(found).toEqual(findClaimSet(view, { ...set, anchors: null }, 2024));
          figures += found.length;
        }),
        { numRuns: 800 },
      );
      expect(figures).toBeGreaterThanOrEqual(LEAST_FIGURES[name as keyof typeof sets]);
    },
  );

  it.each(Object.entries(sets))(
    'find the %s figures the whole set finds without anchors',
    (_, set) => {
      for (const text of TEXTS) {
        const view = buildTextView(text);
        expect(findClaimSet(view, set, 2024)).toEqual(
          findClaimSet(view, { ...set, anchors: null }, 2024),
        );
      }
    },
  );
});
