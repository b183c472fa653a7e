import type { Finding, FormatId } from '@xxgk/model';
import { escapeHtml } from '../escape.js';
import { countBySeverity, findingCellLabels, SEVERITY_LABELS, sortFindings } from '../findings.js';

/** The list of findings shown above the report: severity, message, rule, cells, quoted text. */
export function findingsHtml(format: FormatId, findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const summary = `错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条`;
  const items = sortFindings(findings).map((f) => {
    const parts = [
      `<span class="severity severity-${f.severity}">${SEVERITY_LABELS[f.severity]}</span>`,
      `<span class="message">${escapeHtml(f.message)}</span>`,
      `<span class="rule">（${escapeHtml(f.rule)}）</span>`,
    ];
    if (f.cells.length > 0)
      parts.push(
        `<br><span class="cells">单元格：${escapeHtml(findingCellLabels(format, f))}</span>`,
      );
    if (f.line !== undefined || f.excerpt !== undefined) {
      const where = f.line === undefined ? '' : `第 ${f.line} 行`;
      const quote = f.excerpt === undefined ? '' : `「${escapeHtml(f.excerpt)}」`;
      parts.push(`<br><span class="excerpt">${where}${where && quote ? '：' : ''}${quote}</span>`);
    }
    return `<li>${parts.join(' ')}</li>`;
  });
  return [
    '<section class="findings">',
    `<h2>核查结果（${summary}）</h2>`,
    items.length > 0 ? `<ol>\n${items.join('\n')}\n</ol>` : '<p>未发现问题。</p>',
    '</section>',
  ].join('\n');
}
