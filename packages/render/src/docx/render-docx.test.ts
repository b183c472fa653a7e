import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyReport, setCell, type Finding, type Report } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { getOutputFormat } from '../registry.js';
import { mm } from './gbt9704.js';
import { renderDocx } from './index.js';
import { titleLines } from './render-docx.js';
import { docxParts, writtenTables, type WrittenCell } from './testing/docx-xml.js';
import { TESTDATA } from '../testing/testdata.js';

const TEMPLATE = join(TESTDATA, 'fixtures/official-blank-template-2021.docx');

const squeeze = (text: string): string => text.replace(/[\s\u3000]/gu, '');

function sample(): Report {
  const report = emptyReport('2021');
  report.agency = '某某市某某局';
  report.year = 2024;
  report.publishedOn = '2025-01-20';
  report.sections.overview =
    '本年度，我局认真贯彻落实《条例》。\n（一）主动公开\n全年主动公开信息120条。';
  setCell(report, 'applications.received.total', 3119);
  setCell(report, 'proactive.fees.amountWanYuan', 12.5);
  return report;
}

async function documentXml(report: Report, findings?: Finding[]): Promise<string> {
  const parts = docxParts(await renderDocx(report, findings ? { findings } : {}));
  return parts['word/document.xml'] ?? '';
}

describe('the DOCX writer', () => {
  it('writes the three tables with exactly the official template’s cells, spans and merges', async () => {
    const template = writtenTables(
      docxParts(new Uint8Array(readFileSync(TEMPLATE)))['word/document.xml'] ?? '',
    );
    const ours = writtenTables(await documentXml(emptyReport('2021')));
    expect(ours).toHaveLength(3);
    const shape = (tables: WrittenCell[][][]) =>
      tables.map((rows) => rows.map((cells) => cells.map((c) => `${c.span}:${c.vMerge ?? '-'}`)));
    expect(shape(ours)).toEqual(shape(template));
    // Every label the template prints, ours prints in the same cell (data cells are blank).
    template.forEach((rows, t) =>
      rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (squeeze(cell.text) !== '')
            expect(squeeze(ours[t]?.[r]?.[c]?.text ?? '')).toBe(squeeze(cell.text));
        }),
      ),
    );
  });

  it('writes the 2019 trial format’s tables from the format data', async () => {
    const [proactive, applications] = writtenTables(await documentXml(emptyReport('2019')));
    expect(proactive?.map((r) => r[0]?.text)).toContain('第二十条第（九）项');
    expect(proactive?.flat().map((c) => c.text)).toContain('采购总金额');
    const block = applications?.find((r) => r[0]?.text === '三、本年度办理结果');
    expect(block?.[0]?.vMerge).toBe('restart');
    const continued = applications?.filter((r) => r[0]?.vMerge === 'continue' && r[0]?.span === 1);
    expect(continued).toHaveLength(19);
    expect(applications?.flat().map((c) => c.text)).toContain('（六）其他处理');
    expect(applications).toHaveLength(26);
  });

  it('prints values in their cells, decimals as written and blanks empty', async () => {
    const [proactive, applications] = writtenTables(await documentXml(sample()));
    const received = applications?.find((r) => r[0]?.text === '一、本年新收政府信息公开申请数量');
    expect(received?.map((c) => c.text)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '',
      '',
      '',
      '',
      '',
      '',
      '3119',
    ]);
    const fees = proactive?.find((r) => r[0]?.text === '行政事业性收费');
    expect(fees?.map((c) => c.text)).toEqual(['行政事业性收费', '12.5']);
  });

  it('sets up A4 with the GB/T 9704 type area and page numbers in the footer', async () => {
    const parts = docxParts(await renderDocx(sample()));
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    const margins = /<w:pgMar [^>]*\/>/u.exec(xml)?.[0] ?? '';
    expect(margins).toContain(`w:top="${mm(37)}"`);
    expect(margins).toContain(`w:bottom="${mm(35)}"`);
    expect(margins).toContain(`w:left="${mm(28)}"`);
    expect(margins).toContain(`w:right="${mm(26)}"`);
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/u.test(name));
    expect(footers).toHaveLength(2);
    for (const [, footer] of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/u);
      expect(footer).toContain('— ');
      expect(footer).toContain('w:eastAsia="宋体"');
    }
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    expect(parts['word/styles.xml']).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/u);
  });

  it('sets the title in 2号 小标宋, headings in 黑体, the body in 3号 仿宋 and tables in 五号 宋体', async () => {
    const xml = await documentXml(sample());
    const runOf = (text: string): string => {
      const at = xml.indexOf(`>${text}</w:t>`);
      return xml.slice(xml.lastIndexOf('<w:r>', at), at);
    };
    expect(runOf('某某市某某局2024年')).toMatch(
      /w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/u,
    );
    expect(runOf('一、总体情况')).toMatch(/w:eastAsia="黑体"[\s\S]*<w:sz w:val="32"\/>/u);
    expect(runOf('本年度，我局认真贯彻落实《条例》。')).toMatch(
      /w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/u,
    );
    expect(runOf('（一）主动公开')).toContain('w:eastAsia="楷体_GB2312"');
    expect(runOf('规章')).toMatch(/w:eastAsia="宋体"[\s\S]*<w:sz w:val="21"\/>/u);
    expect(runOf('2025年1月20日')).toContain('仿宋_GB2312');
  });

  it('shades the cells findings name and lists the findings at the end', async () => {
    const finding: Finding = {
      rule: 'applications.balance',
      severity: 'error',
      message: '总计列：第一项加第二项之和（3119）不等于第三项加第四项之和（3118）',
      cells: ['applications.received.total'],
    };
    const xml = await documentXml(sample(), [finding]);
    const cell = xml.slice(
      xml.lastIndexOf('<w:tc>', xml.indexOf('>3119</w:t>')),
      xml.indexOf('>3119</w:t>'),
    );
    expect(cell).toContain('w:fill="F4CCCC"');
    expect(xml).toContain('附：核查发现');
    expect(xml).toContain(
      '【错误】总计列：第一项加第二项之和（3119）不等于第三项加第四项之和（3118）（一、本年新收政府信息公开申请数量 · 总计）',
    );
    expect(await documentXml(sample())).not.toContain('F4CCCC');
  });

  it('is registered as the docx output format', async () => {
    const format = getOutputFormat('docx');
    expect(format?.extension).toBe('docx');
    const bytes = await format?.render(sample(), {});
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from((bytes as Uint8Array).subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});

describe('the DOCX writer’s title', () => {
  it('breaks a long standard title before 政府信息公开工作年度报告, as GB/T 9704 asks', async () => {
    expect(titleLines('淮安市人民政府2024年政府信息公开工作年度报告')).toEqual([
      '淮安市人民政府2024年',
      '政府信息公开工作年度报告',
    ]);
    expect(titleLines('某局2024年政府信息公开工作年度报告')).toEqual([
      '某局2024年政府信息公开工作年度报告',
    ]);
    expect(titleLines('某某市某某区人民政府关于2024年度政府信息公开工作情况的报告')).toHaveLength(
      1,
    );
    const xml = await documentXml(sample());
    expect(xml).toMatch(
      />某某市某某局2024年<\/w:t><\/w:r><w:r>[\s\S]*?<w:br\/><w:t[^>]*>政府信息公开工作年度报告</u,
    );
  });
});

describe('the DOCX writer on hostile text', () => {
  it('drops characters XML forbids so Word can still open the file', async () => {
    const report = sample();
    report.agency = '某\u0001局\uFFFF\uD800';
    report.sections.problems = '问题\u0007一\n\u000b问题二';
    const xml = await documentXml(report);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u);
    expect(xml).toContain('>某局</w:t>');
    expect(xml).toContain('>问题一</w:t>');
    expect(xml).toContain('>问题二</w:t>');
  });
});
