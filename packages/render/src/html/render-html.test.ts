import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { allCellPaths, emptyReport, FORMAT_IDS, type Finding } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { cellText } from '../cell-text.js';
import { arbitraryReport } from '../testing/arbitrary-report.js';
import { seedReport } from '../testing/seed-report.js';
import { renderHtml } from './render-html.js';

// Regenerate after an intended change with XXGK_UPDATE_GOLDEN=1 and review the diff.
const GOLDEN = join(import.meta.dirname, '../fixtures/golden/seed-000.html');

interface Cell {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');

/** The tables of a page as HTML lays them out: rows of cells, and the grid spans expand to. */
function tables(html: string): { rows: Cell[][]; grid: (Cell | undefined)[][] }[] {
  return [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/gu)].map(([, body = '']) => {
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map(([, tr = '']) =>
      [...tr.matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/gu)].map(
        ([, tag = '', attrs = '', text = '']) => ({
          tag,
          attrs: Object.fromEntries(
            [...attrs.matchAll(/([\w-]+)="([^"]*)"/gu)].map(([, k = '', v = '']) => [
              k,
              unescape(v),
            ]),
          ),
          text: unescape(text),
        }),
      ),
    );
    const grid: (Cell | undefined)[][] = rows.map(() => []);
    rows.forEach((cells, r) => {
      let c = 0;
      for (const cell of cells) {
        while (grid[r]?.[c]) c += 1;
        const rs = Number(cell.attrs.rowspan ?? 1);
        const cs = Number(cell.attrs.colspan ?? 1);
        for (let dr = 0; dr < rs; dr += 1)
          for (let dc = 0; dc < cs; dc += 1) {
            const line = grid[r + dr];
            if (line) line[c + dc] = cell;
          }
        c += cs;
      }
    });
    return { rows, grid };
  });
}

const dataPaths = (html: string): string[] =>
  [...html.matchAll(/data-path="([^"]*)"/gu)].map(([, p = '']) => p);

describe('renderHtml', () => {
  it('reproduces the golden page of seed 000', () => {
    const html = renderHtml(seedReport('000_7d23b93096d7af9d.json'));
    if (process.env.XXGK_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, html);
    expect(html).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it.each(FORMAT_IDS)('gives every data cell of the %s format a data-path, once', (format) => {
    expect(dataPaths(renderHtml(emptyReport(format)))).toEqual(allCellPaths(format));
  });

  it('lays out table 三 on a ten-column grid with the template spans', () => {
    const [, applications] = tables(renderHtml(emptyReport('2021')));
    expect(applications?.grid.every((line) => line.length === 10 && line.every(Boolean))).toBe(
      true,
    );
    const spans = applications?.rows
      .flat()
      .filter((c) => c.attrs.rowspan || c.attrs.colspan)
      .map((c) => `${c.text}:${c.attrs.rowspan ?? 1}x${c.attrs.colspan ?? 1}`);
    expect(spans).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）:3x3',
      '申请人情况:1x7',
      '自然人:2x1',
      '法人或其他组织:1x5',
      '总计:2x1',
      '一、本年新收政府信息公开申请数量:1x3',
      '二、上年结转政府信息公开申请数量:1x3',
      '三、本年度办理结果:22x1',
      '（一）予以公开:1x2',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）:1x2',
      '（三）不予公开:8x1',
      '（四）无法提供:3x1',
      '（五）不予处理:5x1',
      '（六）其他处理:3x1',
      '（七）总计:1x2',
      '四、结转下年度继续办理:1x3',
    ]);
  });

  it('prints the 2019 table 三 with a 20-row result block and a single （六） row', () => {
    const [, applications] = tables(renderHtml(emptyReport('2019')));
    const cells = applications?.rows.flat() ?? [];
    expect(cells.find((c) => c.text === '三、本年度办理结果')?.attrs.rowspan).toBe('20');
    expect(cells.find((c) => c.text === '（六）其他处理')?.attrs).toMatchObject({ colspan: '2' });
    expect(applications?.grid.every((line) => line.length === 10 && line.every(Boolean))).toBe(
      true,
    );
  });

  it('puts each table 三 number under its applicant column and beside its row label', () => {
    const [, applications] = tables(renderHtml(emptyReport('2021')));
    const grid = applications?.grid ?? [];
    const row = grid.find(
      (line) => line[9]?.attrs['data-path'] === 'applications.withheld.queryMatters.total',
    );
    expect(row?.slice(0, 3).map((c) => c?.text)).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '8.属于行政查询事项',
    ]);
    const headerOf = (col: number) => grid[2]?.[col]?.text;
    expect([3, 4, 8, 9].map(headerOf)).toEqual(['自然人', '商业企业', '其他', '总计']);
  });

  it('puts each table 四 number under its block and result headers', () => {
    const [, , review] = tables(renderHtml(emptyReport('2021')));
    const grid = review?.grid ?? [];
    expect(grid.every((line) => line.length === 15 && line.every(Boolean))).toBe(true);
    const data = grid[3] ?? [];
    const col = data.findIndex((c) => c?.attrs['data-path'] === 'review.litigationDirect.pending');
    expect([grid[0]?.[col]?.text, grid[1]?.[col]?.text, grid[2]?.[col]?.text]).toEqual([
      '行政诉讼',
      '未经复议直接起诉',
      '尚未审结',
    ]);
    const first = data.findIndex((c) => c?.attrs['data-path'] === 'review.reconsideration.upheld');
    expect([grid[0]?.[first]?.text, grid[1]?.[first]?.text, grid[2]?.[first]?.text]).toEqual([
      '行政复议',
      '结果维持',
      '结果维持',
    ]);
  });

  it('leaves blank cells empty and tells an absent cell from a blank one', () => {
    const report = emptyReport('2021');
    report.applications.received = { naturalPerson: 3, total: null };
    const html = renderHtml(report);
    expect(html).toContain(
      '<td class="num" data-path="applications.received.naturalPerson">3</td>',
    );
    expect(html).toContain('<td class="num" data-path="applications.received.total"></td>');
    expect(html).toContain(
      '<td class="num absent" data-path="applications.received.commercial"></td>',
    );
  });

  it('prints a non-numeric cell as the document printed it', () => {
    const report = emptyReport('2021');
    report.proactive.normativeDocuments = { issued: 22, repealed: null, inForce: 5 };
    report.notes['proactive.normativeDocuments.issued'] = '22（其中修订16件）';
    report.notes['proactive.normativeDocuments.repealed'] = '/';
    report.proactive.fees = { amountWanYuan: 1.25 };
    const html = renderHtml(report);
    expect(html).toContain(
      'data-path="proactive.normativeDocuments.issued">22（其中修订16件）</td>',
    );
    expect(html).toContain('data-path="proactive.normativeDocuments.repealed">/</td>');
    expect(html).toContain('data-path="proactive.fees.amountWanYuan" colspan="3">1.25</td>');
  });

  it('marks the cells a finding names with its severity and message', () => {
    const findings: Finding[] = [
      {
        rule: 'applications.balance',
        severity: 'warning',
        message: '提示性问题',
        cells: ['applications.received.total'],
      },
      {
        rule: 'applications.balance',
        severity: 'error',
        message: '总计列：第一项加第二项之和（3）不等于第三项加第四项之和（4）',
        cells: ['applications.received.total', 'applications.carriedForward.total'],
      },
    ];
    const [, applications] = tables(renderHtml(emptyReport('2021'), { findings }));
    const cells = applications?.rows.flat() ?? [];
    const received = cells.find((c) => c.attrs['data-path'] === 'applications.received.total');
    expect(received?.attrs.class).toBe('num finding finding-error');
    expect(received?.attrs.title).toBe(
      '错误：总计列：第一项加第二项之和（3）不等于第三项加第四项之和（4）\n警告：提示性问题',
    );
    const forward = cells.find((c) => c.attrs['data-path'] === 'applications.carriedForward.total');
    expect(forward?.attrs.class).toBe('num finding finding-error');
    const untouched = cells.find((c) => c.attrs['data-path'] === 'applications.granted.total');
    expect(untouched?.attrs.class).toBe('num');
  });

  it('lists the findings with their cell labels above the report', () => {
    const html = renderHtml(emptyReport('2021'), {
      findings: [
        {
          rule: 'writing.doubled-punctuation',
          severity: 'info',
          message: '标点重复',
          cells: [],
          line: 12,
          excerpt: '。。',
        },
        {
          rule: 'review.balance',
          severity: 'error',
          message: '行政复议总计不等于各项之和',
          cells: ['review.reconsideration.total'],
        },
      ],
    });
    expect(html).toContain('<h2>核查结果（错误 1 条，警告 0 条，提示 1 条）</h2>');
    expect(html.indexOf('行政复议总计不等于各项之和')).toBeLessThan(html.indexOf('标点重复'));
    expect(html).toContain('单元格：四 行政复议 · 总计');
    expect(html).toContain('第 12 行：「。。」');
    expect(html.indexOf('class="findings"')).toBeLessThan(html.indexOf('一、总体情况'));
  });

  it('prints the six sections in order with narrative paragraphs', () => {
    const report = emptyReport('2021');
    report.sections.overview = '第一段。\n\n  第二段。  ';
    report.sections.other = '本年度未收取信息处理费。';
    const html = renderHtml(report);
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/gu)].map(([, h]) => h);
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(html).toContain('<h2>一、总体情况</h2>\n<p>第一段。</p>\n<p>第二段。</p>');
    expect(html).toContain('<p>本年度未收取信息处理费。</p>');
  });

  it('states the title, or builds the standard one from agency and year', () => {
    const report = emptyReport('2021');
    report.agency = '某某局';
    report.year = 2024;
    expect(renderHtml(report)).toContain('<h1>某某局2024年政府信息公开工作年度报告</h1>');
    report.title = '某某局关于2024年政府信息公开工作的年度报告';
    expect(renderHtml(report)).toContain(
      '<title>某某局关于2024年政府信息公开工作的年度报告</title>',
    );
  });

  it('gives the label columns of table 三 room and the number columns equal shares', () => {
    const html = renderHtml(emptyReport('2021'));
    const colgroups = [...html.matchAll(/<colgroup>(.*?)<\/colgroup>/gu)].map(([, g = '']) =>
      [...g.matchAll(/width:([\d.]+)%/gu)].map(([, w]) => Number(w)),
    );
    expect(colgroups.map((widths) => widths.length)).toEqual([4, 10, 15]);
    for (const widths of colgroups) {
      const total = widths.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(100);
      expect(total).toBeGreaterThan(99.8);
    }
    expect(colgroups[1]?.slice(0, 3)).toEqual([8, 10, 30]);
  });

  it('prints on A4 with the official document margins and scrolls wide tables on phones', () => {
    const html = renderHtml(emptyReport('2021'));
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/\.table-wrap \{[^}]*overflow-x: auto/u);
  });

  it('escapes every text it prints, so no input can inject markup', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const html = renderHtml(report);
        const body = html.slice(html.indexOf('<body>'));
        // Every tag in the body is one the renderer writes itself.
        const tags = new Set([...body.matchAll(/<\/?([a-z0-9]+)/gu)].map(([, t]) => t));
        for (const tag of tags)
          expect([
            'body',
            'main',
            'h1',
            'h2',
            'p',
            'section',
            'div',
            'table',
            'colgroup',
            'col',
            'thead',
            'tbody',
            'tr',
            'th',
            'td',
            'footer',
            'html',
          ]).toContain(tag);
        const [h1 = ''] = /<h1>[^<]*<\/h1>/u.exec(body) ?? [];
        if (report.title?.trim()) expect(unescape(h1.slice(4, -5))).toBe(report.title.trim());
      }),
      { numRuns: 60 },
    );
  });

  it('shows each cell of a random report as the report holds it, at its path', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const html = renderHtml(report);
        const cells = tables(html).flatMap((t) => t.rows.flat());
        const byPath = new Map(
          cells.filter((c) => c.attrs['data-path']).map((c) => [c.attrs['data-path'], c]),
        );
        expect([...byPath.keys()]).toEqual(allCellPaths(report.format));
        for (const [path, cell] of byPath) expect(cell.text).toBe(cellText(report, path ?? ''));
      }),
      { numRuns: 60 },
    );
  });
});
