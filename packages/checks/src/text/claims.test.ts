import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { APPLICATION_FIGURES } from './application-claims.js';
import { findClaimSet } from './claims.js';
import { buildTextView } from './text-view.js';

/** Texts with figures of every kind: the rules' worked examples and a few more phrasings. */
const TEXTS = [
  ...RULES.flatMap((r) => r.examples.flatMap((e) => (e.input.text ? [e.input.text] : []))),
  '前言\n本机关2024年度无上年结转申请，没有需结转下一年度的申请。\n3件申请将结转至2025年度。',
  '全年新收申请5件次，办理政府信息公开申请4，作出答复3宗，其中部分公开1份、不予处理2例。',
  '一、总体情况\n部分\n予以公开2个。\n自然人提出申请7件\n法人或其他组织提出的申请1条',
];

describe('claim sets searched by their anchors', () => {
  it('find the application figures a search of the whole narrative finds', () => {
    const everywhere = { ...APPLICATION_FIGURES, anchors: null };
    let figures = 0;
    for (const text of TEXTS) {
      const view = buildTextView(text);
      const found = findClaimSet(view, APPLICATION_FIGURES, 2024);
      expect(found).toEqual(findClaimSet(view, everywhere, 2024));
      figures += found.length;
    }
    expect(figures).toBeGreaterThan(30);
  });
});
