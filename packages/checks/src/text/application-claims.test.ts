import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { buildExampleInput } from '../examples.js';
import { textApplications } from '../rules/text-applications.js';
import type { ExampleInput } from '../types.js';

/** The messages of text.applications' warnings on a text, with a 2024 report holding these cells. */
function warnings(input: ExampleInput): string[] {
  return textApplications
    .run(buildContext(buildExampleInput(input)))
    .filter((f) => f.severity !== 'info')
    .map((f) => f.message);
}

describe('slogans are not counts (red-team round 12, 平潭 2021)', () => {
  it('does not read the “三个一” 工作机制 after 登记受理…申请 as three applications received', () => {
    const cells = { 'applications.received.total': 70 };
    const text =
      '一、总体情况\n（二）依申请公开\n坚持第一时间登记受理、第一时间转送承办单位和第一时间回复申请的“三个一”工作机制，提升答复的针对性。';
    expect(warnings({ cells, text })).toEqual([]);
  });

  it('does not read a numeral followed by 个 and another numeral, or one right after an opening quote, as a count', () => {
    const cells = { 'applications.received.total': 70 };
    for (const slogan of ['落实三个一工作机制', '落实“两个确保”要求', '落实「四个全面」要求']) {
      const text = `一、总体情况\n受理政府信息公开申请时${slogan}，提升答复质量。`;
      expect(warnings({ cells, text })).toEqual([]);
    }
  });

  it('still compares a received count in Chinese numerals after the same words (收到…申请三件)', () => {
    const cells = { 'applications.received.total': 70 };
    const text = '一、总体情况\n本年度共登记受理政府信息公开申请三件，均按时答复。';
    expect(warnings({ cells, text })).toHaveLength(1);
    expect(warnings({ cells, text: text.replace('三件', '七十件') })).toEqual([]);
  });
});

describe('the message of a handled count names the figures it was compared with (red-team round 12, 平潭 2024)', () => {
  it('names 新收 218 and （七）总计 218 for 办理…申请219件, not their sum 436', () => {
    const cells = {
      'applications.received.total': 218,
      'applications.carriedOver.total': 0,
      'applications.totalProcessed.total': 218,
      'applications.carriedForward.total': 0,
    };
    const text = '一、总体情况\n全年办理政府信息公开申请219件，均已按时答复。';
    const [message, ...rest] = warnings({ cells, text });
    expect(rest).toEqual([]);
    expect(message).toContain('219');
    expect(message).toContain('218');
    expect(message).not.toContain('436');
  });

  it('does not accept a handled count equal to 新收 plus （七）总计 (that sum is no figure of the table)', () => {
    const cells = {
      'applications.received.total': 218,
      'applications.carriedOver.total': 0,
      'applications.totalProcessed.total': 218,
    };
    const text = '一、总体情况\n全年办理政府信息公开申请436件，均已按时答复。';
    expect(warnings({ cells, text })).toHaveLength(1);
  });

  it('names the carry-over when it differs from nothing (新收 60 + 上年结转 5 = 65, （七）总计 63)', () => {
    const cells = {
      'applications.received.total': 60,
      'applications.carriedOver.total': 5,
      'applications.totalProcessed.total': 63,
      'applications.carriedForward.total': 2,
    };
    const text = (n: number) => `一、总体情况\n全年办理政府信息公开申请${n}件。`;
    for (const ok of [60, 65, 63]) expect(warnings({ cells, text: text(ok) })).toEqual([]);
    const [message] = warnings({ cells, text: text(64) });
    expect(message).toContain('60');
    expect(message).toContain('65');
    expect(message).toContain('63');
    expect(message).not.toContain('123');
  });
});

describe('a blank 总计 read from its printed applicant cells (red-team round 12, 上海 2019)', () => {
  const granted = (research: number | null) => ({
    'applications.granted.naturalPerson': 258,
    'applications.granted.commercial': 12,
    'applications.granted.research': research,
    'applications.granted.socialWelfare': 0,
    'applications.granted.legalService': 1,
    'applications.granted.otherOrg': 1,
    'applications.granted.total': null,
    'applications.partiallyGranted.total': 3,
  });
  const text = (n: number) => `一、总体情况\n全年予以公开及部分公开${n}件。`;

  it('compares 予以公开及部分公开N件 with the sum of the row’s six applicant cells when its 总计 is blank', () => {
    expect(warnings({ cells: granted(0), text: text(275) })).toEqual([]);
    const [message, ...rest] = warnings({ cells: granted(0), text: text(258) });
    expect(rest).toEqual([]);
    expect(message).toContain('275');
    expect(message).toContain('空白');
  });

  it('stays silent when one of the row’s applicant cells is blank too', () => {
    expect(warnings({ cells: granted(null), text: text(258) })).toEqual([]);
  });
});
