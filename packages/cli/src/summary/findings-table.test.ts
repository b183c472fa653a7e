import type { Finding } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { findingsTable } from './findings-table.js';
import { displayWidth, padEnd } from './text-width.js';

describe('the findings table', () => {
  it('counts CJK characters as two terminal columns', () => {
    expect(displayWidth('错误 ab')).toBe(7);
    expect(displayWidth('（三）')).toBe(6);
    expect(padEnd('警告', 6)).toBe('警告  ');
  });

  it('lists the most severe first with the cell labels from the model', () => {
    const findings: Finding[] = [
      {
        rule: 'writing.phone',
        severity: 'warning',
        message: '电话号码位数不对',
        cells: [],
        line: 40,
        excerpt: '1234567',
      },
      {
        rule: 'applications.balance',
        severity: 'error',
        message: '总计列：第一项加第二项之和（3）不等于第三项加第四项之和（4）',
        cells: ['applications.received.total', 'applications.carriedForward.total'],
      },
    ];
    const lines = findingsTable('2021', findings);
    expect(lines[0]).toBe('  核查结果：错误 1 条，警告 1 条，提示 0 条');
    expect(lines[1]).toBe('    级别  规则                  说明');
    expect(lines[2]).toBe(
      '    错误  applications.balance  总计列：第一项加第二项之和（3）不等于第三项加第四项之和（4）',
    );
    expect(lines[3]).toBe(
      '                                单元格：一、本年新收政府信息公开申请数量 · 总计；四、结转下年度继续办理 · 总计',
    );
    expect(lines[4]).toMatch(/^ {4}警告 {2}writing\.phone {9}电话号码位数不对$/u);
    expect(lines[5]?.trim()).toBe('原文：第 40 行 「1234567」');
  });

  it('says so when there is nothing to report', () => {
    expect(findingsTable('2019', [])).toEqual(['  核查结果：错误 0 条，警告 0 条，提示 0 条']);
  });
});
