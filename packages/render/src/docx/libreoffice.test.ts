import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCellPaths, emptyReport, getCell, type Report } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { cellText } from '../cell-text.js';
import { convertDocxToPdf } from '../pdf/convert-to-pdf.js';
import {
  compact,
  hasLibreOffice,
  hasPoppler,
  pdftotext,
  RADICALS,
  renderPngs,
} from '../pdf/testing/pdf-tools.js';
import { renderDocx } from './render-docx.js';
import { TESTDATA } from '../testing/testdata.js';

/**
 * LibreOffice (Writer) and poppler-utils are both installed: the conversion and the page
 * renderings can run. scripts/ensure-system-deps.sh installs both, as the CI machine has them.
 */
const canConvertAndRender = hasLibreOffice && hasPoppler;

const HUAIAN = join(TESTDATA, 'fixtures/truth/huaian-2024.json');

/** The Huai'an 2024 figures (large, non-zero, one decimal) with narrative text and a date. */
function huaian(): Report {
  const truth = JSON.parse(readFileSync(HUAIAN, 'utf8')) as Report;
  return {
    ...emptyReport('2021'),
    ...truth,
    title: '淮安市人民政府2024年政府信息公开工作年度报告',
    publishedOn: '2025-01-20',
    sections: {
      overview:
        '2024年，淮安市人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n（一）主动公开\n全年主动公开政府信息12345条。',
      problems: '一是公开内容的解读质量还需提升；二是依申请公开答复的规范性还需加强。',
      other: '本年度收取信息处理费0元。',
    },
    notes: {},
  };
}

describe.runIf(canConvertAndRender)('our DOCX opened by LibreOffice', () => {
  it.each(['2021', '2019'] as const)(
    'converts the %s format to a PDF whose text has every heading, label and value',
    async (format) => {
      const report =
        format === '2021'
          ? huaian()
          : { ...emptyReport('2019'), agency: '某某县人民政府', year: 2020 };
      const pdf = await convertDocxToPdf(await renderDocx(report));
      const text = pdftotext(pdf);
      expect(text).not.toMatch(RADICALS);
      const flat = compact(text);
      for (const heading of [
        '一、总体情况',
        '三、收到和处理政府信息公开申请情况',
        '六、其他需要报告的事项',
      ])
        expect(flat).toContain(heading);
      for (const label of [
        '第二十条第（一）项',
        '申请人情况',
        '法人或其他组织',
        '四、结转下年度继续办理',
        '复议后起诉',
      ])
        expect(flat).toContain(label);
      for (const path of allCellPaths(format)) {
        const value = getCell(report, path);
        if (typeof value === 'number' && value >= 1000)
          expect(flat).toContain(cellText(report, path));
      }
      // Kept for a person to look at: artifacts/docx/report-<format>-<page>.png
      const pages = renderPngs(pdf, 'docx', `report-${format}`);
      expect(pages.length).toBeGreaterThanOrEqual(2);
    },
    120_000,
  );
});
