import type { Finding, FormatId } from '@xxgk/model';
import { escapeMarkdownInline } from '../escape.js';
import { countBySeverity, findingCellLabels, SEVERITY_LABELS, sortFindings } from '../findings.js';

/** The findings as a Markdown section: counts, then one list item per finding. */
export function findingsMarkdown(format: FormatId, findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const lines = [
    '## 核查结果',
    '',
    `错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条。`,
  ];
  if (findings.length > 0) lines.push('');
  for (const f of sortFindings(findings)) {
    let item = `- **${SEVERITY_LABELS[f.severity]}** ${escapeMarkdownInline(f.message)}（\`${f.rule}\`）`;
    if (f.cells.length > 0)
      item += `  \n  单元格：${escapeMarkdownInline(findingCellLabels(format, f))}`;
    if (f.line !== undefined) item += `  \n  第 ${f.line} 行`;
    if (f.excerpt !== undefined)
      item += `${f.line !== undefined ? '：' : '  \n  '}「${escapeMarkdownInline(f.excerpt)}」`;
    lines.push(item);
  }
  return lines.join('\n');
}
