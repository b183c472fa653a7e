import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CaseEventView } from '../api/casework.js';
import { EventLine } from './event-line.js';

const base = { recordedBy: '王填报', recordedAt: '2025-10-20T02:00:00.000Z' };

describe('a line of the case timeline', () => {
  it('offers the notice its step sent, for that very record of the case', () => {
    const e: CaseEventView = {
      ...base,
      seq: 4,
      type: 'consultationStarted',
      label: '开始征求意见',
      date: '2025-10-20',
      noticeKind: 'consultation',
      consultee: '某某置业有限公司',
    };
    const html = renderToStaticMarkup(<EventLine caseId="17" e={e} />);
    expect(html).toContain('征求意见对象：某某置业有限公司');
    expect(html).toContain('下载征求意见函');
    expect(html).toContain('href="/api/casework/applications/17/notices/consultation?seq=4"');
  });

  it('shows a reply’s reasons and offers no notice of its own (the page header has the 告知书)', () => {
    const e: CaseEventView = {
      ...base,
      seq: 5,
      type: 'replied',
      label: '答复',
      date: '2025-10-30',
      outcome: 'partiallyGranted',
      outcomeLabel: '三（二）部分公开',
      details: '第3页含第三方个人信息。\n第5页为内部讨论记录。',
    };
    const html = renderToStaticMarkup(<EventLine caseId="17" e={e} />);
    expect(html).toContain('理由或说明：第3页含第三方个人信息。\n第5页为内部讨论记录。');
    expect(html).not.toContain('/notices/');
    expect(html).not.toContain('下载');
  });
});
