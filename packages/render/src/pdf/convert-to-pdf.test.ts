import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import {
  allCellPaths,
  getCell,
  getFormat,
  isXxgkError,
  type Report,
  tableLayouts,
} from '@xxgk/model';
import { afterAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../cell-text.js';
import { paragraphs, reportTitle, sectionHeading } from '../document-parts.js';
import { renderXlsx } from '../xlsx/index.js';
import { LIBREOFFICE_INSTALL_HINT } from './converter-missing.js';
import { convertDocxToPdf, convertManyToPdf, convertToPdf } from './convert-to-pdf.js';
import {
  compact,
  hasLibreOffice,
  hasLibreOfficeCalc,
  hasPoppler,
  pdfFonts,
  pdfjsText,
  pdftotext,
  RADICALS,
  removeScratchDirs,
  scratchDir,
  readsBack,
  renderPngs,
} from './testing/pdf-tools.js';
import { sampleDocx } from './testing/sample-docx.js';
import { TESTDATA } from '../testing/testdata.js';

const HUAIAN = join(TESTDATA, 'fixtures/truth/huaian-2024.json');

/** The Huai'an 2024 report (large, non-zero figures and a 万元 decimal) with narrative text. */
function huaian(): Report {
  const truth = JSON.parse(readFileSync(HUAIAN, 'utf8')) as Partial<Report>;
  return {
    ...(truth as Report),
    title: '淮安市人民政府2024年政府信息公开工作年度报告',
    sections: {
      overview:
        '2024年，淮安市人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，全年共答复3050件。\n' +
        '（一）主动公开。围绕“三安全一稳定”做好解读回应。',
      problems: '一是公开内容的解读质量还需提升；二是依申请公开答复的规范性还需加强。',
      other: '本年度收取信息处理费0元。',
    },
    notes: {},
  };
}

function tempDir(): string {
  return scratchDir('xxgk-pdf-test-');
}

function script(dir: string, name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    if (isXxgkError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected the conversion to fail');
}

/**
 * Whether a process still runs. A killed process whose parent died too may stay a zombie until
 * the container's init reaps it; it no longer runs.
 */
function isRunning(pid: number): boolean {
  try {
    const state = /^State:\s+(\S)/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return state !== undefined && state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** The text numbers of a report's cells, as the tables print them. */
function printedNumbers(report: Report): string[] {
  return allCellPaths(report.format)
    .map((p) => getCell(report, p))
    .filter((v): v is number => typeof v === 'number')
    .map(formatNumber);
}

/** Multiset difference: what `expected` has that `actual` lacks, and what `actual` adds. */
function difference(
  actual: readonly string[],
  expected: readonly string[],
): { missing: string[]; extra: string[] } {
  const extra = [...actual];
  const missing: string[] = [];
  for (const item of expected) {
    const i = extra.indexOf(item);
    if (i >= 0) extra.splice(i, 1);
    else missing.push(item);
  }
  return { missing, extra };
}

/** Tokens of extracted text that are plain numbers (labels such as `1.属于国家秘密` are not). */
function numberTokens(text: string): string[] {
  return text.split(/\s+/u).filter((t) => /^-?\d+(?:\.\d+)?$/u.test(t));
}

afterAll(removeScratchDirs);

describe('convertToPdf when LibreOffice is missing or misbehaves', () => {
  it('throws converter.missing with the command that installs LibreOffice when it is not on PATH', async () => {
    const empty = tempDir();
    const error = await failure(
      convertDocxToPdf(new Uint8Array([1]), { env: { PATH: empty }, locations: [] }),
    );
    expect(error.code).toBe('converter.missing');
    expect(error.message).toContain('未找到 LibreOffice');
    expect(error.message).toContain(LIBREOFFICE_INSTALL_HINT);
    expect(LIBREOFFICE_INSTALL_HINT).toBe(
      'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk',
    );
  });

  it('throws converter.missing when XXGK_SOFFICE names a program that does not exist', async () => {
    const error = await failure(
      convertDocxToPdf(new Uint8Array([1]), {
        env: { PATH: '/usr/bin:/bin', XXGK_SOFFICE: '/nonexistent/soffice' },
      }),
    );
    expect(error.code).toBe('converter.missing');
    expect(error.message).toBe(
      '指定的 LibreOffice 程序“/nonexistent/soffice”不存在或不可执行，无法生成 PDF。请检查 XXGK_SOFFICE 的设置，' +
        `或安装 LibreOffice：${LIBREOFFICE_INSTALL_HINT}。`,
    );
  });

  it('throws converter.missing naming fonts-noto-cjk when no font covers Chinese', async () => {
    const bin = tempDir();
    script(bin, 'soffice', 'exit 0');
    script(bin, 'fc-list', 'exit 0');
    const error = await failure(convertDocxToPdf(new Uint8Array([1]), { env: { PATH: bin } }));
    expect(error.code).toBe('converter.missing');
    expect(error.message).toContain('未找到可显示中文的字体');
    expect(error.message).toContain('apt-get install -y fonts-noto-cjk');
  });

  it('reports a conversion that exits 0 without writing a PDF, and removes its temporary files', async () => {
    const bin = tempDir();
    const work = tempDir();
    script(bin, 'soffice', 'echo "Error: source file could not be loaded" >&2\nexit 0');
    const error = await failure(
      convertDocxToPdf(new Uint8Array([1, 2, 3]), { env: { PATH: bin }, tempDir: work }),
    );
    expect(error.code).toBe('internal');
    expect(error.message).toBe(
      'LibreOffice 未能把 DOCX 转换为 PDF（退出码 0，未生成 PDF 文件）：Error: source file could not be loaded。',
    );
    expect(readdirSync(work)).toEqual([]);
  });

  it('names the document of a batch that yielded no PDF', async () => {
    const bin = tempDir();
    // Writes a PDF for the first document only: arguments are … --outdir DIR FILE….
    script(
      bin,
      'soffice',
      'while [ "$1" != "--outdir" ]; do shift; done\nmkdir -p "$2"\nprintf "%%PDF-1.4" > "$2/report-1.pdf"',
    );
    const error = await failure(
      convertManyToPdf([new Uint8Array([1]), new Uint8Array([2])], 'docx', {
        env: { PATH: `${bin}:/usr/bin:/bin` },
      }),
    );
    expect(error.code).toBe('internal');
    expect(error.message).toContain('第 2 个文件');
  });

  it('kills a conversion that runs past the time limit, with the processes it started', async () => {
    const bin = tempDir();
    const pidFile = join(bin, 'child.pid');
    script(bin, 'soffice', `sleep 30 &\necho $! > ${pidFile}\nwait`);
    const started = Date.now();
    const error = await failure(
      convertDocxToPdf(new Uint8Array([1]), {
        env: { PATH: `${bin}:/usr/bin:/bin` },
        timeoutMs: 1500,
      }),
    );
    expect(error.code).toBe('internal');
    expect(error.message).toContain('超时');
    expect(Date.now() - started).toBeLessThan(15_000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await expect.poll(() => isRunning(pid), { timeout: 5000 }).toBe(false);
  });
});

/** One conversion of the sample report, shared by the tests that only read it. */
let huaianPdf: Promise<Uint8Array> | undefined;
const sampleReportPdf = (): Promise<Uint8Array> =>
  (huaianPdf ??= sampleDocx(huaian()).then((docx) => convertDocxToPdf(docx)));

// A LibreOffice start takes 2–8 s on a busy two-core machine; allow for several.
describe.runIf(hasLibreOffice)(
  'convertToPdf with LibreOffice installed',
  { timeout: 120_000 },
  () => {
    it('turns a national-format DOCX into a PDF whose text layer gives back every label and number exactly', async () => {
      const report = huaian();
      const { overview, problems, other } = report.sections;
      const narrative = [overview, problems, other].filter((t): t is string => t !== undefined);
      const pdf = await sampleReportPdf();
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

      const expectedLabels = [
        reportTitle(report),
        ...getFormat(report.format).sections.map(sectionHeading),
        ...Object.values(tableLayouts(report.format)).flatMap((l) =>
          l.rows.flat().flatMap((c) => (c.text === '' ? [] : [c.text])),
        ),
        ...narrative.flatMap((t) => paragraphs(t)),
      ];
      const narrativeNumbers = [reportTitle(report), ...narrative].flatMap(
        (t) => t.match(/\d+(?:\.\d+)?/gu) ?? [],
      );
      const texts = [await pdfjsText(pdf), ...(hasPoppler ? [pdftotext(pdf)] : [])];
      for (const text of texts) {
        expect(text).not.toMatch(RADICALS);
        const missing = expectedLabels.filter((label) => !readsBack(label, text));
        expect(missing).toEqual([]);
        // Every table number once per cell; any other number token comes from the running text
        // (a year or a count next to 年/件, split off where the font changes).
        const { missing: lost, extra } = difference(numberTokens(text), printedNumbers(report));
        expect(lost).toEqual([]);
        expect(difference(extra, narrativeNumbers).missing).toEqual([]);
      }
    });

    it('converts several documents in one LibreOffice run, each to its own PDF, in order', async () => {
      const docs = await Promise.all(
        ['第一份报告', '第二份报告', '第三份报告'].map(async (text) =>
          Packer.toBuffer(
            new Document({
              sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }],
            }),
          ),
        ),
      );
      const pdfs = await convertManyToPdf(
        docs.map((b) => new Uint8Array(b)),
        'docx',
      );
      const texts = await Promise.all(pdfs.map(async (pdf) => compact(await pdfjsText(pdf))));
      expect(texts).toEqual(['第一份报告', '第二份报告', '第三份报告']);
    });

    it.runIf(hasPoppler)('embeds every font it uses', async () => {
      const pdf = await sampleReportPdf();
      const fonts = pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      expect(fonts.some((f) => /NotoSerifCJK/u.test(f.name))).toBe(true);
      expect(fonts.some((f) => /NotoSansCJK/u.test(f.name))).toBe(true);
    });

    it.runIf(hasPoppler)(
      'draws 仿宋_GB2312 and 黑体 with the Simplified Chinese Noto faces, even under a Japanese locale',
      async () => {
        // Characters whose Chinese and Japanese glyphs differ visibly.
        const sample = '骨直关令误述说';
        const pages: [string, string | undefined][] = [
          ['仿宋_GB2312', undefined],
          ['Noto Serif CJK SC', 'zh-CN'],
          ['Noto Serif CJK JP', 'ja-JP'],
          ['黑体', undefined],
          ['Noto Sans CJK SC', 'zh-CN'],
        ];
        const doc = new Document({
          sections: [
            {
              children: pages.map(
                ([font, lang], i) =>
                  new Paragraph({
                    children: [
                      ...(i > 0 ? [new PageBreak()] : []),
                      new TextRun({
                        text: sample,
                        font: { ascii: font, hAnsi: font, eastAsia: font },
                        size: 72,
                        ...(lang ? { language: { eastAsia: lang } } : {}),
                      }),
                    ],
                  }),
              ),
            },
          ],
        });
        const pdf = await convertDocxToPdf(new Uint8Array(await Packer.toBuffer(doc)), {
          env: { ...process.env, LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
        });
        const [fangsong, serifSc, serifJp, heiti, sansSc] = renderPngs(
          pdf,
          'pdf',
          'font-aliases',
          30,
        ).map((f) => readFileSync(f).toString('base64'));
        expect(fangsong).toBe(serifSc);
        expect(fangsong).not.toBe(serifJp);
        expect(heiti).toBe(sansSc);
        expect(heiti).not.toBe(fangsong);
      },
    );

    it.runIf(hasPoppler)(
      'keeps a rendering of the report PDF in artifacts/pdf to look at',
      async () => {
        const pdf = await convertDocxToPdf(await sampleDocx(huaian()));
        const pngs = renderPngs(pdf, 'pdf', 'sample-docx-huaian');
        expect(pngs.length).toBeGreaterThanOrEqual(2);
        for (const png of pngs) expect(existsSync(png)).toBe(true);
      },
    );

    it.runIf(hasLibreOfficeCalc)(
      'converts the XLSX workbook too, each sheet on A4 with its numbers readable',
      async () => {
        const report = huaian();
        const finding = {
          rule: 'applications.balance',
          severity: 'error' as const,
          message: '总计列：第一项加第二项之和（3153）不等于第三项加第四项之和（3154）',
          cells: ['applications.received.total', 'applications.carriedForward.total'],
        };
        const pdf = await convertToPdf(await renderXlsx(report, { findings: [finding] }), 'xlsx');
        const text = await pdfjsText(pdf);
        expect(text).not.toMatch(RADICALS);
        expect(readsBack(finding.message, text)).toBe(true);
        const flat = compact(text);
        for (const heading of [
          '二、主动公开政府信息情况',
          '三、收到和处理政府信息公开申请情况',
          '核查结果',
        ])
          expect(flat).toContain(heading);
        expect(difference(numberTokens(text), printedNumbers(report)).missing).toEqual([]);
        if (hasPoppler) renderPngs(pdf, 'pdf', 'xlsx-huaian');
      },
    );
  },
);
