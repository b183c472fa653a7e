import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, serializeRequest } from './logger.js';

function capture(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const options = loggerOptions('info') as pino.LoggerOptions;
  return { logger: pino(options, stream), lines };
}

describe('the server’s logs', () => {
  it('blank out passwords, tokens, cookies, report content and identity numbers', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        body: { username: 'clerk', password: 'Secret-123456' },
        headers: {
          cookie: 'xxgk_session=abc',
          'x-csrf-token': 'csrf-secret-9',
          authorization: 'Basic x',
        },
        report: { sections: { overview: '正文内容' } },
        text: '原始文件的文字',
        idNumber: '110101199003077777',
        csrfToken: 'csrf-value',
      },
      '测试',
    );
    const out = lines.join('');
    for (const secret of [
      'Secret-123456',
      'xxgk_session=abc',
      'csrf-secret-9',
      'Basic x',
      '正文内容',
      '原始文件的文字',
      '110101199003077777',
      'csrf-value',
    ])
      expect(out).not.toContain(secret);
    expect(out).toContain('clerk');
  });

  it('log a request by method, route pattern and id: no query string, no address, no headers', () => {
    const logged = serializeRequest({
      id: 'r-1',
      method: 'GET',
      url: '/api/reports?q=张三',
      routeOptions: { url: '/api/reports' },
    });
    expect(logged).toEqual({ id: 'r-1', method: 'GET', url: '/api/reports' });
    expect(serializeRequest({ method: 'GET', url: '/x?y=1' }).url).toBe('/x');
  });
});
