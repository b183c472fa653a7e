import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { emptyReport, getFormat } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../testing/arbitrary-report.js';
import { seedReport } from '../testing/seed-report.js';
import { renderMarkdown } from './render-markdown.js';

// Regenerate after an intended change with XXGK_UPDATE_GOLDEN=1 and review the diff.
const GOLDEN = join(import.meta.dirname, '../fixtures/golden/seed-000.md');

/** Splits a pipe-table line into cells, honouring backslash-escaped pipes. */
const cellsOf = (line: string): string[] =>
  line
    .slice(2, -2)
    .split(/(?<!\\) \| /u)
    .map((c) => c.replace(/\\(.)/gu, '$1'));

const tableLines = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('| '));

describe('renderMarkdown', () => {
  it('reproduces the golden Markdown of seed 000', () => {
    const md = renderMarkdown(seedReport('000_7d23b93096d7af9d.json'));
    if (process.env.XXGK_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('flattens table 三 into rows named by their full labels', () => {
    const report = emptyReport('2021');
    report.applications['withheld.stateSecret'] = {
      naturalPerson: 1,
      commercial: 0,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      otherOrg: 0,
      total: 1,
    };
    const md = renderMarkdown(report);
    expect(md).toContain('| 三（三）1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
    expect(md).toContain(
      '| 项目 | 自然人 | 法人或其他组织·商业企业 | 法人或其他组织·科研机构 | 法人或其他组织·社会公益组织 | 法人或其他组织·法律服务机构 | 法人或其他组织·其他 | 总计 |',
    );
  });

  it('flattens table 四 into one row per block', () => {
    const report = emptyReport('2021');
    report.review.litigationDirect = { upheld: 1, corrected: 0, other: 2, pending: 0, total: 3 };
    const md = renderMarkdown(report);
    expect(md).toContain('| 项目 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |');
    expect(md).toContain('| 行政诉讼（未经复议直接起诉） | 1 | 0 | 2 | 0 | 3 |');
  });

  it('prints each section 二 sub-table under its caption, 2019 format included', () => {
    const md = renderMarkdown(emptyReport('2019'));
    for (const table of getFormat('2019').proactive) expect(md).toContain(`**${table.caption}**`);
    expect(md).toContain('| 信息内容 | 采购项目数量 | 采购总金额 |');
    expect(md).toContain('| 三（六）其他处理 |');
  });

  it('lists the findings with severity, rule and cell labels', () => {
    const md = renderMarkdown(emptyReport('2021'), {
      findings: [
        {
          rule: 'applications.row-total',
          severity: 'error',
          message: '总计（5）不等于六类申请人之和（4）',
          cells: ['applications.granted.total'],
        },
      ],
    });
    expect(md).toContain('## 核查结果\n\n错误 1 条，警告 0 条，提示 0 条。');
    expect(md).toContain(
      '- **错误** 总计（5）不等于六类申请人之和（4）（`applications.row-total`）  \n  单元格：三（一）予以公开 · 总计',
    );
  });

  it('keeps every table row as wide as its header whatever the cell text', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const md = renderMarkdown(report);
        const lines = tableLines(md);
        let width = 0;
        for (const line of lines) {
          if (/^\| :---/u.test(line)) continue;
          const cells = cellsOf(line);
          if (cells[0] === '信息内容' || cells[0] === '项目') width = cells.length;
          expect(cells).toHaveLength(width);
        }
        expect(lines.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('escapes text that would otherwise become Markdown structure', () => {
    const report = emptyReport('2021');
    report.sections.overview = '# 不是标题\n1. 不是列表\n<b>不是标签</b> a|b *c*';
    const md = renderMarkdown(report);
    expect(md).toContain('\\# 不是标题\n\n1\\. 不是列表\n\n\\<b\\>不是标签\\</b\\> a\\|b \\*c\\*');
  });
});
