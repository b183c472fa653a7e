import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventForm } from './event-form.js';

const noop = () => Promise.resolve();

describe('the next-event form', () => {
  it('offers only the events the server allows next, ignoring types it does not know', () => {
    const html = renderToStaticMarkup(
      <EventForm allowed={['supplementReceived', 'withdrawn', 'somethingNew']} onRecord={noop} />,
    );
    expect(html).toContain('收到补正');
    expect(html).toContain('申请人撤回');
    expect(html).not.toContain('批准延长答复期限');
    expect(html).not.toContain('作出答复');
    expect(html).not.toContain('somethingNew');
  });

  it('says the case is closed when nothing may be recorded', () => {
    const html = renderToStaticMarkup(<EventForm allowed={[]} onRecord={noop} />);
    expect(html).toContain('此案件已办结');
    expect(html).not.toContain('<form');
  });
});
