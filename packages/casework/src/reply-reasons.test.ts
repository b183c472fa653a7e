import { describe, expect, it } from 'vitest';
import { caseEventSchema } from './application.js';
import { OUTCOMES } from './outcome.js';
import {
  normalizeReplyDetails,
  outcomesRequiringReasons,
  reasonsRequirement,
  REPLY_DETAILS_MAX_LENGTH,
  replyDetailsProblem,
} from './reply-reasons.js';

describe('reasons on a reply', () => {
  it('are required for 部分公开, every 不予公开 row and 其他处理·其他, and for nothing else', () => {
    expect(outcomesRequiringReasons(OUTCOMES)).toEqual([
      'partiallyGranted',
      'withheld.stateSecret',
      'withheld.prohibitedByLaw',
      'withheld.endangersSafety',
      'withheld.thirdPartyRights',
      'withheld.internalAffairs',
      'withheld.processInformation',
      'withheld.enforcementFiles',
      'withheld.queryMatters',
      'otherHandling.other',
    ]);
    expect(reasonsRequirement('granted')).toBeNull();
    expect(reasonsRequirement('otherHandling.unpaidFee')).toBeNull();
    expect(reasonsRequirement('partiallyGranted')?.label).toBe('不予公开部分的理由');
    expect(reasonsRequirement('withheld.stateSecret')?.label).toBe('不予公开的理由');
    expect(reasonsRequirement('otherHandling.other')?.label).toBe('办理情况');
  });

  it('missing on a refusal are refused with the article that asks for them', () => {
    expect(replyDetailsProblem('partiallyGranted', undefined)).toBe(
      '答复结果为“部分公开”时，须写明不予公开部分的理由（条例第三十六条第（三）项、第三十七条），理由将印在告知书上。',
    );
    expect(replyDetailsProblem('withheld.thirdPartyRights', ' \u3000\n ')).toBe(
      '答复结果为“不予公开·保护第三方合法权益”时，须说明不予公开的理由（条例第三十六条第（三）项），理由将印在告知书上。',
    );
    expect(replyDetailsProblem('otherHandling.other', null)).toContain('办理情况');
    expect(replyDetailsProblem('granted', undefined)).toBeNull();
    expect(replyDetailsProblem('partiallyGranted', '第3至5页含第三方个人信息。')).toBeNull();
  });

  it('are refused when longer than the notice can carry, whatever the outcome', () => {
    const long = '理'.repeat(REPLY_DETAILS_MAX_LENGTH + 1);
    expect(replyDetailsProblem('granted', long)).toContain(`最多 ${REPLY_DETAILS_MAX_LENGTH} 字`);
    expect(replyDetailsProblem('granted', '理'.repeat(REPLY_DETAILS_MAX_LENGTH))).toBeNull();
  });

  it('are stored trimmed, line by line, with Windows line ends and blank runs tidied', () => {
    expect(
      normalizeReplyDetails('\u3000 一、第一项理由。 \r\n\r\n\r\n\r\n二、第二项理由。\r\n'),
    ).toBe('一、第一项理由。\n\n二、第二项理由。');
    expect(normalizeReplyDetails('  \n\u3000')).toBeUndefined();
    expect(normalizeReplyDetails(null)).toBeUndefined();
  });
});

describe('the reply event schema', () => {
  it('accepts a 部分公开 reply with reasons and stores them tidied', () => {
    const r = caseEventSchema.safeParse({
      type: 'replied',
      date: '2025-04-01',
      outcome: 'partiallyGranted',
      details: '  第3至5页含有第三方个人信息，第三方不同意公开。  ',
    });
    expect(r.success && r.data).toEqual({
      type: 'replied',
      date: '2025-04-01',
      outcome: 'partiallyGranted',
      details: '第3至5页含有第三方个人信息，第三方不同意公开。',
    });
  });

  it('refuses a 不予公开 reply without reasons, naming the field', () => {
    const r = caseEventSchema.safeParse({
      type: 'replied',
      date: '2025-04-01',
      outcome: 'withheld.stateSecret',
      details: '   ',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['details']);
    expect(r.error?.issues[0]?.message).toContain('须说明不予公开的理由');
  });

  it('accepts a 予以公开 reply without any details', () => {
    const r = caseEventSchema.safeParse({
      type: 'replied',
      date: '2025-04-01',
      outcome: 'granted',
    });
    expect(r.success && r.data).toEqual({
      type: 'replied',
      date: '2025-04-01',
      outcome: 'granted',
    });
  });
});
