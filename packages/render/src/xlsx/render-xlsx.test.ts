import fc from 'fast-check';
import {
  cellLabel,
  emptyReport,
  type Finding,
  FORMAT_IDS,
  getCell,
  layoutGrid,
  type LayoutTableId,
  type Report,
  tableLayouts,
} from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../testing/arbitrary-report.js';
import { seedReport } from '../testing/seed-report.js';
import { getOutputFormat } from '../registry.js';
import { renderXlsx, XLSX_SHEET_NAMES } from './index.js';
import { templateTables } from './testing/official-template.js';
import { rangeOf, readWorkbook, sheetOf } from './testing/read-workbook.js';

/** The table sheets draw their grid below one title row. */
const TITLE_ROWS = 1;
const TABLES: readonly LayoutTableId[] = ['proactive', 'applications', 'review'];

const balance: Finding = {
  rule: 'applications.balance',
  severity: 'error',
  message: '总计列：第一项加第二项之和（3153）不等于第三项加第四项之和（3154）',
  cells: ['applications.received.total', 'applications.carriedForward.total'],
};
const blank: Finding = {
  rule: 'cells.blank',
  severity: 'warning',
  message: '二 规章 · 本年制发件数为空白，应填写 0',
  cells: ['proactive.regulations.issued'],
};
const wording: Finding = {
  rule: 'text.heading',
  severity: 'info',
  message: '第五部分标题与格式不一致',
  cells: [],
  line: 42,
  excerpt: '五、存在的问题',
};

describe('renderXlsx', () => {
  it('is the xlsx output format of the registry, writing the same bytes as a workbook', async () => {
    const format = getOutputFormat('xlsx');
    expect(format).toMatchObject({
      extension: 'xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const bytes = await format?.render(emptyReport('2021'), {});
    expect(bytes).toBeInstanceOf(Uint8Array);
    const workbook = await readWorkbook(bytes as Uint8Array);
    expect(workbook.worksheets).toHaveLength(5);
  });

  it('writes one sheet per national table, then the findings and the narrative', async () => {
    const workbook = await readWorkbook(await renderXlsx(emptyReport('2021')));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '二 主动公开',
      '三 收到和处理申请',
      '四 复议诉讼',
      '核查结果',
      '正文与基本信息',
    ]);
    expect(sheetOf(workbook, '三 收到和处理申请').getCell('A1').value).toBe(
      '三、收到和处理政府信息公开申请情况',
    );
  });

  it('merges the cells of all three tables exactly as the official 2021 template does', async () => {
    const workbook = await readWorkbook(await renderXlsx(emptyReport('2021')));
    const template = templateTables();
    expect(template).toHaveLength(3);
    TABLES.forEach((id, t) => {
      const sheet = sheetOf(workbook, XLSX_SHEET_NAMES[id]);
      const cells = template[t] ?? [];
      const width = Math.max(...cells.map((c) => c.col + c.colSpan));
      const expected = cells
        .filter((c) => c.rowSpan > 1 || c.colSpan > 1)
        .map((c) =>
          rangeOf(
            c.row + 1 + TITLE_ROWS,
            c.col + 1,
            c.row + c.rowSpan + TITLE_ROWS,
            c.col + c.colSpan,
          ),
        );
      expected.push(rangeOf(1, 1, 1, width));
      expect([...sheet.model.merges].sort()).toEqual(expected.sort());
      // Every caption, header and label reads as the template prints it.
      for (const c of cells.filter((x) => x.text !== '')) {
        expect(sheet.getCell(c.row + 1 + TITLE_ROWS, c.col + 1).value).toBe(c.text);
      }
    });
  });

  it.each(FORMAT_IDS)(
    'merges every multi-cell slot of the %s layouts and nothing else',
    async (format) => {
      const workbook = await readWorkbook(await renderXlsx(emptyReport(format)));
      for (const id of TABLES) {
        const layout = tableLayouts(format)[id];
        const expected = [rangeOf(1, 1, 1, layout.columns)];
        layoutGrid(layout).forEach((line, r) =>
          line.forEach((slot, c) => {
            if (!slot?.origin) return;
            const rowSpan = slot.cell.rowSpan ?? 1;
            const colSpan = slot.cell.colSpan ?? 1;
            if (rowSpan > 1 || colSpan > 1)
              expected.push(
                rangeOf(r + 1 + TITLE_ROWS, c + 1, r + rowSpan + TITLE_ROWS, c + colSpan),
              );
          }),
        );
        const sheet = sheetOf(workbook, XLSX_SHEET_NAMES[id]);
        expect([...sheet.model.merges].sort()).toEqual(expected.sort());
      }
    },
  );

  it('spans the 2019 result block over 20 rows and prints its single （六）其他处理 row across two label columns', async () => {
    const sheet = sheetOf(
      await readWorkbook(await renderXlsx(emptyReport('2019'))),
      XLSX_SHEET_NAMES.applications,
    );
    // Title row, three header rows, 一 and 二: the block starts on row 7.
    expect(sheet.getCell('A7').value).toBe('三、本年度办理结果');
    expect(sheet.model.merges).toContain('A7:A26');
    expect(sheet.getCell('B25').value).toBe('（六）其他处理');
    expect(sheet.model.merges).toContain('B25:C25');
    expect(sheet.getCell('B26').value).toBe('（七）总计');
    expect(sheet.getCell('A27').value).toBe('四、结转下年度继续办理');
  });

  it('stores every number as a number and leaves blank and absent cells empty', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), async (report) => {
        const workbook = await readWorkbook(await renderXlsx(report));
        for (const id of TABLES) {
          const sheet = sheetOf(workbook, XLSX_SHEET_NAMES[id]);
          layoutGrid(tableLayouts(report.format)[id]).forEach((line, r) =>
            line.forEach((slot, c) => {
              const path = slot?.origin ? slot.cell.path : undefined;
              if (path === undefined) return;
              const written = sheet.getCell(r + 1 + TITLE_ROWS, c + 1).value;
              const value = getCell(report, path);
              const note = report.notes[path];
              if (typeof value === 'number') expect(written).toBe(value);
              else if (note !== undefined) expect(written).toBe(note);
              else expect(written).toBeNull();
            }),
          );
        }
      }),
      { numRuns: 12 },
    );
  });

  it('writes the seed report’s zeros as the number 0, not as blanks', async () => {
    const report = seedReport('000_7d23b93096d7af9d.json');
    const sheet = sheetOf(
      await readWorkbook(await renderXlsx(report)),
      XLSX_SHEET_NAMES.applications,
    );
    // Row 5 holds 一、本年新收政府信息公开申请数量; D…J are the seven applicant columns.
    expect(sheet.getCell('A5').value).toBe('一、本年新收政府信息公开申请数量');
    expect(['D5', 'E5', 'F5', 'G5', 'H5', 'I5', 'J5'].map((a) => sheet.getCell(a).value)).toEqual([
      0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('keeps decimals of 万元 amounts and large counts exactly', async () => {
    const report = emptyReport('2021');
    report.proactive.fees = { amountWanYuan: 96171.6 };
    report.proactive.punishment = { decisions: 3985758 };
    const sheet = sheetOf(await readWorkbook(await renderXlsx(report)), XLSX_SHEET_NAMES.proactive);
    const values = sheet.getSheetValues().flat();
    expect(values).toContain(96171.6);
    expect(values).toContain(3985758);
  });

  it('freezes the title and header rows and the row-label columns', async () => {
    const workbook = await readWorkbook(await renderXlsx(emptyReport('2021')));
    const frozen = (name: string) => {
      const view = sheetOf(workbook, name).views[0];
      return view?.state === 'frozen' ? [view.xSplit, view.ySplit] : null;
    };
    expect(frozen(XLSX_SHEET_NAMES.proactive)).toEqual([1, 1]);
    expect(frozen(XLSX_SHEET_NAMES.applications)).toEqual([3, 4]);
    expect(frozen(XLSX_SHEET_NAMES.review)).toEqual([0, 4]);
    expect(frozen(XLSX_SHEET_NAMES.findings)).toEqual([0, 3]);
  });

  it('prints every sheet on A4, one page wide, repeating the table headers', async () => {
    const workbook = await readWorkbook(await renderXlsx(emptyReport('2021')));
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToPage).toBe(true);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.fitToHeight).toBe(0);
    }
    expect(sheetOf(workbook, XLSX_SHEET_NAMES.applications).pageSetup.printTitlesRow).toBe('1:4');
    expect(sheetOf(workbook, XLSX_SHEET_NAMES.review).pageSetup.orientation).toBe('landscape');
  });

  it('sets column widths and grows rows whose labels wrap', async () => {
    const sheet = sheetOf(
      await readWorkbook(await renderXlsx(emptyReport('2021'))),
      XLSX_SHEET_NAMES.applications,
    );
    expect([1, 2, 3, 4, 10].map((c) => sheet.getColumn(c).width)).toEqual([8, 10, 36, 9.5, 9.5]);
    const single = sheet.getRow(5).height; // 一、本年新收… fits one line of A:C
    const wrapped = sheet.getRow(25).height; // （六）1.申请人无正当理由逾期不补正… wraps
    expect(sheet.getCell('C25').value).toMatch(/^1\.申请人无正当理由逾期不补正/u);
    expect(wrapped).toBeGreaterThan(single);
  });

  it('marks the cells findings name and explains them in a comment', async () => {
    const report = emptyReport('2021');
    report.applications.received = { ...report.applications.received, total: 3119 };
    const sheet = sheetOf(
      await readWorkbook(await renderXlsx(report, { findings: [blank, balance] })),
      XLSX_SHEET_NAMES.applications,
    );
    const cell = sheet.getCell('J5');
    expect(cell.value).toBe(3119);
    expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(cell.note).toBe(`错误：${balance.message}`);
    expect(sheet.getCell('I5').fill).not.toHaveProperty('fgColor');
  });

  it('keeps the printed text of a number written with extra words as a comment', async () => {
    const report = emptyReport('2021');
    report.proactive.normativeDocuments = { issued: 22, repealed: null, inForce: 5 };
    report.notes['proactive.normativeDocuments.issued'] = '22（其中修订16件）';
    report.notes['proactive.normativeDocuments.repealed'] = '/';
    const sheet = sheetOf(await readWorkbook(await renderXlsx(report)), XLSX_SHEET_NAMES.proactive);
    // Row 5 of the sheet is 行政规范性文件 (title, caption, header, 规章 above it).
    expect(sheet.getCell('A5').value).toBe('行政规范性文件');
    expect(sheet.getCell('B5').value).toBe(22);
    expect(sheet.getCell('B5').note).toBe('原文：22（其中修订16件）');
    expect(sheet.getCell('C5').value).toBe('/');
    expect(sheet.getCell('D5').value).toBe(5);
  });
});

describe('the findings sheet', () => {
  it('lists findings most severe first with rule, message and the cells’ Chinese labels', async () => {
    const report = emptyReport('2021');
    const workbook = await readWorkbook(
      await renderXlsx(report, { findings: [wording, blank, balance] }),
    );
    const sheet = sheetOf(workbook, XLSX_SHEET_NAMES.findings);
    expect(sheet.getCell('A2').value).toBe('共 3 条：错误 1 条，警告 1 条，提示 1 条。');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '序号',
      '严重程度',
      '规则',
      '说明',
      '涉及单元格',
      '位置',
      '行号',
      '原文摘录',
    ]);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, 6);
    expect(row(4)).toEqual([
      1,
      '错误',
      'applications.balance',
      balance.message,
      balance.cells.map((p) => cellLabel('2021', p)).join('\n'),
    ]);
    expect(cellLabel('2021', 'applications.received.total')).toBe(
      '一、本年新收政府信息公开申请数量 · 总计',
    );
    expect(row(5).slice(0, 3)).toEqual([2, '警告', 'cells.blank']);
    expect(row(6).slice(0, 3)).toEqual([3, '提示', 'text.heading']);
    expect(sheet.getCell('G6').value).toBe(42);
    expect(sheet.getCell('H6').value).toBe('五、存在的问题');
  });

  it('links each finding to the first cell it names', async () => {
    const workbook = await readWorkbook(
      await renderXlsx(emptyReport('2021'), { findings: [balance] }),
    );
    const location = sheetOf(workbook, XLSX_SHEET_NAMES.findings).getCell('F4').value;
    expect(location).toEqual({
      text: '三 收到和处理申请：J5、J29',
      hyperlink: "#'三 收到和处理申请'!J5",
    });
    const target = sheetOf(workbook, XLSX_SHEET_NAMES.applications);
    expect(target.getCell('A29').value).toBe('四、结转下年度继续办理');
  });

  it('says so when the check found nothing, and when no check was supplied', async () => {
    const summary = async (findings?: Finding[]) =>
      sheetOf(
        await readWorkbook(await renderXlsx(emptyReport('2021'), findings ? { findings } : {})),
        XLSX_SHEET_NAMES.findings,
      ).getCell('A2').value;
    expect(await summary([])).toBe('核查未发现问题。');
    expect(await summary()).toMatch(/^本文件未附核查结果/u);
  });
});

describe('the narrative sheet', () => {
  const report: Report = {
    ...emptyReport('2021'),
    title: '淮安市人民政府2024年政府信息公开工作年度报告',
    agency: '淮安市人民政府',
    year: 2024,
    publishedOn: '2025-01-20',
    period: {
      text: '本报告数据统计期限为2024年1月1日至12月31日',
      start: '2024-01-01',
      end: '2024-12-31',
      year: 2024,
    },
    sections: {
      overview: '第一段，全年共办理申请3050件。\n\n第二段。',
      problems: '问题一。',
    },
    notes: { 'review.litigationDirect.pending': '/' },
  };

  it('lists the metadata, the six sections in order with one paragraph per row, and raw cell text', async () => {
    const sheet = sheetOf(await readWorkbook(await renderXlsx(report)), XLSX_SHEET_NAMES.narrative);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const text = rows.map((r) => (r[0] === r[1] ? [r[0]] : r));
    expect(text).toEqual([
      ['淮安市人民政府2024年政府信息公开工作年度报告'],
      ['标题', '淮安市人民政府2024年政府信息公开工作年度报告'],
      ['发布机关', '淮安市人民政府'],
      ['报告年度', 2024],
      ['统计期限', '本报告数据统计期限为2024年1月1日至12月31日'],
      ['发布日期', '2025-01-20'],
      ['报告格式', '中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）'],
      ['一、总体情况'],
      ['第一段，全年共办理申请3050件。'],
      ['第二段。'],
      ['二、主动公开政府信息情况'],
      ['（表格见工作表“二 主动公开”）'],
      ['三、收到和处理政府信息公开申请情况'],
      ['（表格见工作表“三 收到和处理申请”）'],
      ['四、政府信息公开行政复议、行政诉讼情况'],
      ['（表格见工作表“四 复议诉讼”）'],
      ['五、存在的主要问题及改进情况'],
      ['问题一。'],
      ['六、其他需要报告的事项'],
      ['表格单元格原文'],
      ['四 行政诉讼（未经复议直接起诉） · 尚未审结', '/'],
    ]);
  });
});
