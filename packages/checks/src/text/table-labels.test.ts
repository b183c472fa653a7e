import { describe, expect, it } from 'vitest';
import { isTableLabel } from './table-labels.js';

describe('the national tables’ printed labels', () => {
  it('are known whole, also spaced out, and running text is not', () => {
    expect(isTableLabel('（三）不予公开')).toBe(true);
    expect(isTableLabel('申 请 人 情 况')).toBe(true);
    expect(isTableLabel('本年度共收到政府信息公开申请12件。')).toBe(false);
  });

  it('include the labels written with 其它 for 其他 (3.其它, 法人或其它组织, （六）其它处理)', () => {
    expect(isTableLabel('3.其它')).toBe(true);
    expect(isTableLabel('法人或其它组织')).toBe(true);
    expect(isTableLabel('（六）其它处理')).toBe(true);
  });
});
