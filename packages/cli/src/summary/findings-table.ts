import { cellLabel, type Finding, type FormatId } from '@xxgk/model';
import { countBySeverity, SEVERITY_LABELS, sortFindings } from '@xxgk/render/core';
import { displayWidth, padEnd } from './text-width.js';

/** `错误 1 条，警告 2 条，提示 0 条`. */
export function findingCounts(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  return `错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条`;
}

/**
 * The findings as an aligned table for a terminal: severity, rule and message on one line,
 * then the Chinese labels of the cells involved (from the model's `cellLabel`) and the quoted
 * text, indented under the message.
 */
export function findingsTable(format: FormatId, findings: readonly Finding[]): string[] {
  const lines = [`  核查结果：${findingCounts(findings)}`];
  if (findings.length === 0) return lines;
  const sorted = sortFindings(findings);
  const ruleWidth = Math.max(displayWidth('规则'), ...sorted.map((f) => displayWidth(f.rule)));
  const indent = `    ${padEnd('', 4 + 2 + ruleWidth + 2)}`;
  lines.push(`    ${padEnd('级别', 4)}  ${padEnd('规则', ruleWidth)}  说明`);
  for (const f of sorted) {
    lines.push(
      `    ${padEnd(SEVERITY_LABELS[f.severity], 4)}  ${padEnd(f.rule, ruleWidth)}  ${f.message}`,
    );
    if (f.cells.length > 0)
      lines.push(`${indent}单元格：${f.cells.map((p) => cellLabel(format, p)).join('；')}`);
    if (f.line !== undefined || f.excerpt !== undefined) {
      const where = f.line === undefined ? '' : `第 ${f.line} 行`;
      const quote = f.excerpt === undefined ? '' : `「${f.excerpt}」`;
      lines.push(`${indent}原文：${where}${where && quote ? ' ' : ''}${quote}`);
    }
  }
  return lines;
}
