import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';

const html = (rows: string): Uint8Array =>
  new TextEncoder().encode(
    `<html><body><p>二、主动公开政府信息情况</p><table border="1">${rows}</table><p>三、收到和处理政府信息公开申请情况</p></body></html>`,
  );

describe('table 二 laid out on a wider grid (one table holding tables 二 and 三)', () => {
  it('reads each value once when its cell spans two columns', async () => {
    const rows = [
      '<tr><td colspan="10">第二十条第（一）项</td></tr>',
      '<tr><td colspan="4">信息内容</td><td colspan="2">本年制发件数</td><td colspan="2">本年废止件数</td><td colspan="2">现行有效件数</td></tr>',
      '<tr><td colspan="4">规章</td><td colspan="2">2</td><td colspan="2">1</td><td colspan="2">17</td></tr>',
      '<tr><td colspan="4">行政规范性文件</td><td colspan="2">30</td><td colspan="2">7</td><td colspan="2">202</td></tr>',
      '<tr><td colspan="10">第二十条第（五）项</td></tr>',
      '<tr><td colspan="4">信息内容</td><td colspan="6">本年处理决定数量</td></tr>',
      '<tr><td colspan="4">行政许可</td><td colspan="6">2721</td></tr>',
    ].join('');
    const { report } = await parseDocument(html(rows), { fileName: 'r.html' });
    expect(report.proactive).toEqual({
      regulations: { issued: 2, repealed: 1, inForce: 17 },
      normativeDocuments: { issued: 30, repealed: 7, inForce: 202 },
      licensing: { decisions: 2721 },
    });
  });

  it('still reads a value merged down over two rows in both rows', async () => {
    const rows = [
      '<tr><td colspan="4">第二十条第（一）项</td></tr>',
      '<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>',
      '<tr><td>规章</td><td rowspan="2">0</td><td>1</td><td>17</td></tr>',
      '<tr><td>行政规范性文件</td><td>7</td><td>202</td></tr>',
    ].join('');
    const { report } = await parseDocument(html(rows), { fileName: 'r.html' });
    expect(report.proactive).toEqual({
      regulations: { issued: 0, repealed: 1, inForce: 17 },
      normativeDocuments: { issued: 0, repealed: 7, inForce: 202 },
    });
  });
});
