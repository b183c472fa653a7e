import { describe, expect, it } from 'vitest';
import { applicationSchema, caseEventSchema } from './application.js';
import { OUTCOMES, outcomeLabel } from './outcome.js';

const base = {
  id: 'a1',
  agencyId: 'ag',
  number: '〔2025〕第0001号',
  channel: 'inPerson',
  receivedOn: '2025-03-03',
  applicant: { type: 'naturalPerson', name: '张三' },
  content: '2024年某路段改造工程的批复文件',
  events: [{ type: 'replied', date: '2025-03-20', outcome: 'granted' }],
};

describe('application schema', () => {
  it('accepts a well-formed application', () => {
    expect(applicationSchema.safeParse(base).success).toBe(true);
  });

  it('rejects an applicant type that is not a column of table 三', () => {
    const bad = { ...base, applicant: { type: 'total', name: '张三' } };
    expect(applicationSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a reply whose outcome is not a result row of table 三', () => {
    const r = caseEventSchema.safeParse({
      type: 'replied',
      date: '2025-03-20',
      outcome: 'received',
    });
    expect(r.success).toBe(false);
  });

  it('keeps what a 补正 must correct and whom a consultation asks, trimmed, and drops them when blank', () => {
    const asked = caseEventSchema.safeParse({
      type: 'supplementRequested',
      date: '2025-03-05',
      respondBy: '2025-03-19',
      correction: '  请写明所需文件的名称或文号。 ',
    });
    expect(asked.success && asked.data).toMatchObject({
      correction: '请写明所需文件的名称或文号。',
    });
    const consulted = caseEventSchema.safeParse({
      type: 'consultationStarted',
      date: '2025-03-05',
      consultee: ' 某某置业有限公司 ',
    });
    expect(consulted.success && consulted.data).toMatchObject({ consultee: '某某置业有限公司' });
    const blank = caseEventSchema.safeParse({
      type: 'consultationStarted',
      date: '2025-03-05',
      consultee: '  ',
    });
    expect(blank.success && blank.data.type === 'consultationStarted' && blank.data.consultee).toBe(
      undefined,
    );
    expect(
      caseEventSchema.safeParse({ type: 'consultationStarted', date: '2025-03-05' }).success,
    ).toBe(true);
  });

  it('requires the 补正 period on a 补正 request', () => {
    expect(
      caseEventSchema.safeParse({ type: 'supplementRequested', date: '2025-03-05' }).success,
    ).toBe(false);
  });
});

describe('outcomes', () => {
  it('are exactly the 21 result rows of the 2021 table 三, none of them a total', () => {
    expect(OUTCOMES).toHaveLength(21);
    expect(OUTCOMES).toContain('otherHandling.unpaidFee');
    expect(OUTCOMES).not.toContain('totalProcessed');
  });

  it('are labelled as the table prints them', () => {
    expect(outcomeLabel('withheld.stateSecret')).toBe('三（三）1.属于国家秘密');
  });
});
