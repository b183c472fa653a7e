import { describe, expect, it } from 'vitest';
import { describeLocations, summaryText } from './findings-sheet.js';

describe('describeLocations', () => {
  it('groups addresses by sheet, one sheet per line, in the order they come', () => {
    expect(
      describeLocations([
        { sheet: '三 收到和处理申请', address: 'J5' },
        { sheet: '四 复议诉讼', address: 'E4' },
        { sheet: '三 收到和处理申请', address: 'J29' },
      ]),
    ).toBe('三 收到和处理申请：J5、J29\n四 复议诉讼：E4');
    expect(describeLocations([])).toBe('');
  });
});

describe('summaryText', () => {
  it('counts findings by severity', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({
      rule: 'r',
      severity,
      message: 'm',
      cells: [],
    });
    expect(summaryText([f('error'), f('error'), f('info')])).toBe(
      '共 3 条：错误 2 条，警告 0 条，提示 1 条。',
    );
  });
});
