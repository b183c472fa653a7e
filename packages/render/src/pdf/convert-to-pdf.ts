import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XxgkError } from '@xxgk/model';
import { assertChineseFonts } from './chinese-fonts.js';
import { LIBREOFFICE_INSTALL_HINT, libreOfficeMissing } from './converter-missing.js';
import { findSoffice, type SofficeLookup } from './find-soffice.js';
import { prepareProfile } from './lo-profile.js';
import { xxgkFontconfigFile } from './fontconfig.js';
import { runProcess } from './run-process.js';

/** How LibreOffice is found and run. */
export interface ConvertOptions extends SofficeLookup {
  /** Time limit for one conversion in milliseconds (default 120 s; a batch gets one per four documents). */
  timeoutMs?: number;
  /** Folder for the temporary files (default: the system temp folder). */
  tempDir?: string;
}

/** Document kinds LibreOffice converts for us. */
export type ConvertibleKind = 'docx' | 'xlsx';

const DEFAULT_TIMEOUT_MS = 120_000;
const KIND_NAMES: Readonly<Record<ConvertibleKind, string>> = { docx: 'DOCX', xlsx: 'XLSX' };

/**
 * Converts a DOCX or XLSX document to PDF with LibreOffice in headless mode. LibreOffice embeds
 * the fonts, so Chinese renders anywhere, and its text layer maps every glyph back to the
 * character it came from (Chromium's print-to-PDF maps some ideographs to radical code points).
 * Each call runs in its own temporary folder with a private LibreOffice profile, so calls may
 * run in parallel; the folder is removed afterwards. The government font names are mapped to
 * Noto CJK SC through the fontconfig file xxgk ships.
 * @throws XxgkError `converter.missing` when LibreOffice or a Chinese font is not installed.
 */
export async function convertToPdf(
  input: Uint8Array,
  kind: ConvertibleKind,
  options: ConvertOptions = {},
): Promise<Uint8Array> {
  const [pdf] = await convertManyToPdf([input], kind, options);
  if (pdf === undefined) throw new XxgkError('internal', 'LibreOffice 未返回 PDF。');
  return pdf;
}

/**
 * Converts several documents of one kind to PDF in a single LibreOffice run, in order: starting
 * LibreOffice costs seconds, converting one more report a fraction of that, so a batch (or a
 * test converting many reports) pays the start once. See {@link convertToPdf}.
 * @throws XxgkError `converter.missing` when LibreOffice or a Chinese font is not installed;
 *   `internal` when any document yields no PDF (naming which) or the run times out.
 */
export async function convertManyToPdf(
  inputs: readonly Uint8Array[],
  kind: ConvertibleKind,
  options: ConvertOptions = {},
): Promise<Uint8Array[]> {
  const soffice = findSoffice(options);
  if (soffice === null)
    throw libreOfficeMissing(options.soffice ?? (options.env ?? process.env).XXGK_SOFFICE);
  if (inputs.length === 0) return [];
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    FONTCONFIG_FILE: xxgkFontconfigFile(),
  };
  await assertChineseFonts(env);

  const work = await mkdtemp(join(options.tempDir ?? tmpdir(), 'xxgk-lo-'));
  try {
    const names = inputs.map((_, i) => (inputs.length === 1 ? 'report' : `report-${i + 1}`));
    const sources = names.map((name) => join(work, `${name}.${kind}`));
    const outDir = join(work, 'out');
    await Promise.all(sources.map((source, i) => writeFile(source, inputs[i] ?? new Uint8Array())));
    const profile = await prepareProfile(join(work, 'profile'));
    // A batch may take longer: one time limit for every four documents.
    const timeoutMs = (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) * Math.max(1, inputs.length / 4);
    const result = await runProcess(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nologo',
        '--nodefault',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...sources,
      ],
      { env, cwd: work, timeoutMs },
    ).catch((error: unknown) => {
      throw new XxgkError(
        'converter.missing',
        `无法启动 LibreOffice（${soffice}）：${error instanceof Error ? error.message : String(error)}。` +
          `请检查安装：${LIBREOFFICE_INSTALL_HINT}。`,
        { cause: error },
      );
    });
    if (result.timedOut)
      throw new XxgkError(
        'internal',
        `LibreOffice 把 ${KIND_NAMES[kind]} 转换为 PDF 超时（超过 ${Math.round(timeoutMs / 1000)} 秒），已终止。`,
      );
    const out: Uint8Array[] = [];
    for (const [i, name] of names.entries()) {
      // LibreOffice exits 0 even when it could not load or convert a file: trust only the
      // output files.
      const pdf = await readFile(join(outDir, `${name}.pdf`)).catch(() => null);
      if (pdf === null || !isPdf(pdf))
        throw new XxgkError(
          'internal',
          `LibreOffice 未能把 ${KIND_NAMES[kind]} 转换为 PDF（${inputs.length > 1 ? `第 ${i + 1} 个文件，` : ''}` +
            `退出码 ${String(result.code)}，未生成 PDF 文件）` +
            `${describeOutput(result.stderr || result.stdout)}` +
            (kind === 'xlsx' ? '。转换 XLSX 还需要 libreoffice-calc-nogui。' : '。'),
        );
      out.push(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Converts a DOCX document to PDF; see {@link convertToPdf}. */
export function convertDocxToPdf(
  docx: Uint8Array,
  options: ConvertOptions = {},
): Promise<Uint8Array> {
  return convertToPdf(docx, 'docx', options);
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** LibreOffice's own words, shortened, for the error message (it writes them in English). */
function describeOutput(output: string): string {
  const lines = output
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.includes('javaldx'));
  if (lines.length === 0) return '';
  const text = lines.slice(0, 3).join(' ');
  return `：${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}
