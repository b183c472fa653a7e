import { describe, expect, it } from 'vitest';
import { readReportJson } from './json-report.js';

/** The message readReportJson throws for this text. */
function messageFor(text: string): string {
  try {
    readReportJson(text, 'r.json');
  } catch (error) {
    return error instanceof Error ? error.message : '';
  }
  return '';
}

describe('the message for a report JSON with a syntax error', () => {
  it('is in Chinese, without the engine’s English text', () => {
    const message = messageFor('{"format":"2021"');
    expect(message).toContain('文件“r.json”不是有效的 JSON（第 1 行第 17 个字符：内容在中途结束');
    expect(message.replace(/JSON|r\.json/gu, '')).not.toMatch(/[A-Za-z]{3,}/u);
  });

  it('says a file cut off in the middle is incomplete and where it ends', () => {
    expect(messageFor('{\n"format": "20')).toContain('第 2 行第 14 个字符：内容在中途结束');
  });

  it('says JSON Lines of several files must be saved one line per file', () => {
    expect(messageFor('{"format":"2021"}\n{"format":"2021"}')).toContain(
      '第 2 行第 1 个字符：一个完整的 JSON 对象之后还有其他内容',
    );
  });

  it('points at the line and column of other syntax errors', () => {
    expect(messageFor('{\n  format: 1}')).toContain('第 2 行第 3 个字符：语法错误');
  });
});
